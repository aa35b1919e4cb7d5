export * from './errors/index.js';
export * from './languages.js';
export type * from './spec/index.js';
export { messageSchema, type Attachment, type Marketplace, type Message } from './schemas/message.js';
export { conversationSchema, orderContextSchema, type Conversation, type OrderContext } from './schemas/conversation.js';
export { UNKNOWN_INTENT, decisionActions, riskLevels, type DecisionAction, type IntentDefinition, type RiskLevel } from './schemas/taxonomy.js';
export type { Evidence, Prediction, ScoredIntent } from './schemas/prediction.js';
export type { Entity, EntityType } from './schemas/entity.js';
export type { Priority, Sentiment, SentimentLabel, Urgency, UrgencyLevel, UrgencyReason } from './schemas/sentiment.js';
export type { Decision, DecisionReason, DecisionReasonCode } from './schemas/decision.js';
export type { DecisionPolicy, DecisionPolicyOptions, IntentRule, PriorityFormula } from './schemas/decision-policy.js';
export { keigoLevels, orderStatuses, templateTones, type KeigoLevel, type ReplySuggestion, type SuggestionSource, type Template, type TemplateConditions, type TemplateInput, type TemplateTone, type TemplateVariableSpec } from './schemas/template.js';
export { BUILTIN_INTENTS } from './taxonomy/builtin-intents.js';
export { BUILTIN_TAXONOMY, createTaxonomy, extendTaxonomy, type ExtendTaxonomyOptions, type Taxonomy, type TaxonomyOptions } from './taxonomy/taxonomy.js';
export * from './text/index.js';
export { normalizeText, type NormalizedText, type NormalizeOptions, type TextFlags } from './stages/normalize.js';
export { detectLanguage, type DetectLanguageOptions, type LanguageDetection, type LanguageSource } from './stages/detect-language.js';
export { extractEntities, isLuhnValid, type ExtractEntitiesOptions } from './stages/extract-entities.js';
export { maskPii, redactEntities, redactText, unmaskPii, type MaskedText } from './stages/mask-pii.js';
export { DEFAULT_PII_TYPES, parsePiiPolicy, type PiiPolicy, type PiiPolicyOptions } from './entities/pii-policy.js';
export { compileRules, type CompiledRules, type RuleDefinition, type RuleMatch } from './stages/rules.js';
export { fusePredictions, type Contribution, type FusedPrediction, type FusionOptions, type WeightedOutput } from './stages/fuse.js';
export { analyzeSentiment } from './stages/analyze-sentiment.js';
export { createSentimentAnalyzer, type SentimentAnalyzer, type SentimentAnalyzerOptions } from './sentiment/create-sentiment-analyzer.js';
export { extendLexicon } from './sentiment/extend-lexicon.js';
export { SENTIMENT_LEXICONS } from './sentiment/sentiment-lexicons.js';
export type { PolarityTerms, SentimentLexicon } from './sentiment/sentiment-lexicon.js';
export { assessUrgency } from './stages/assess-urgency.js';
export { createUrgencyAssessor, URGENCY_POINTS, type UrgencyAssessor, type UrgencyInput } from './sentiment/create-urgency-assessor.js';
export type { LexiconOptions } from './sentiment/lexicon-options.js';
export { computePriority, DEFAULT_PRIORITY_FORMULA, scorePriority, type PriorityPoints } from './stages/compute-priority.js';
export { decide, type DecisionInput } from './stages/decide.js';
export { NEVER_AUTO_REPLY_INTENTS, parsePolicy, parsePolicyJson, safeParsePolicy, type PolicyParseResult } from './stages/parse-policy.js';
export { createManualMode, type ManualModeSwitch } from './stages/manual-mode.js';
export { createReplySuggester, type ReplySuggester, type ReplySuggesterOptions } from './stages/suggest-replies.js';
export { createTemplateLibrary, type RejectedTemplate, type SuggestInput, type TemplateLibrary, type TemplateLibraryOptions, type TemplateRanking } from './replies/template-library.js';
export { mergeTemplates, parseTemplates, type ParseTemplatesOptions } from './replies/parse-templates.js';
export { parseTemplateText, type ParsedTemplateText, type TemplateNode, type TemplateTextError } from './replies/template-text.js';
export { renderText, type RenderOutcome, type RenderTextOptions } from './replies/render-text.js';
export { formatVariable, type FormatVariableOptions } from './replies/format-variable.js';
export { KNOWN_VARIABLES, type KnownVariable } from './replies/known-variables.js';
export { collectVariables, type VariableSources } from './replies/collect-variables.js';
export { localeChain, normalizeLocale } from './replies/locale-chain.js';
export { matchLocale, type LocaleMatch } from './replies/locale-match.js';
export { regionOfSite, resolveBuyerLocale, type BuyerLocaleInput } from './replies/resolve-buyer-locale.js';
export { inferChineseScript } from './replies/infer-chinese-script.js';
export { APOLOGY_ANGER_THRESHOLD, APOLOGY_INTENTS, desiredTone, toneFit, type ToneWish } from './replies/desired-tone.js';
export { holdForLintErrors } from './replies/hold-for-lint-errors.js';
export { withSpeaker, type Speaker } from './replies/thai-speaker.js';
export { BUILTIN_TEMPLATES } from './templates/builtin-templates.js';
export { defineTemplates, type DefineTemplatesOptions, type IntentTemplates, type TemplateVariant } from './templates/define-templates.js';
export { createReplyLinter, lintReply, type CustomLintRule, type EffectiveRule, type LintReport, type ReplyLinter, type ReplyLinterOptions } from './compliance/create-reply-linter.js';
export type { LintFinding, LintSeverity } from './compliance/lint-finding.js';
export type { FoldedText } from './compliance/fold-with-offsets.js';
export type { LintContext, LintRuleMatch, ReplyLintRule, RuleInput } from './compliance/reply-lint-rule.js';
export { AMAZON_LENGTH_LIMITS, GENERIC_PROFILE, MARKETPLACE_PROFILES, type ProfileRule } from './compliance/marketplace-profiles.js';
export { compilePhrases, type PhraseList } from './compliance/phrase-matcher.js';
export { createKnowledgeBase, parseFaqEntries, type KnowledgeBase, type KnowledgeBaseAnswer, type KnowledgeBaseMatch, type KnowledgeBaseOptions, type KnowledgeBaseSearchOptions } from './knowledge-base/create-knowledge-base.js';
export type { FaqEntry, FaqEntryInput } from './knowledge-base/faq-entry.js';
export { mapOrdered } from './pipeline/map-ordered.js';
export { classifierWeight, type FusionWeights } from './pipeline/classifier-weight.js';
export type { BatchOutcome, ClassificationResult, Explanation, StageTimings } from './pipeline/classification-result.js';
export type { PipelineEvents } from './pipeline/pipeline-events.js';
export {
  createPipeline,
  type ClassifiableMessage,
  type ClassifyBatchOptions,
  type ClassifyCallContext,
  type Pipeline,
  type PipelineOptions,
  type PipelineStages,
  type WeightedClassifier,
} from './pipeline/create-pipeline.js';
export {
  crossValidate,
  evaluate,
  scorePredictions,
  type CoveragePoint,
  type CrossValidateOptions,
  type CrossValidationReport,
  type EvaluateOptions,
  type EvaluationReport,
  type IntentScores,
  type LabelledExample,
} from './evaluation/evaluate.js';
export {
  classificationResultSchema,
  decisionSchema,
  entitySchema,
  evidenceSchema,
  languageDetectionSchema,
  lintFindingSchema,
  predictionSchema,
  prioritySchema,
  replySuggestionSchema,
  scoredIntentSchema,
  sentimentSchema,
  urgencySchema,
} from './schemas/result-schemas.js';
export { createMemoryStore, type MemoryStoreOptions } from './store/create-memory-store.js';
export { createFileStore, type FileStoreOptions } from './store/create-file-store.js';
export {
  createInbox,
  type Inbox,
  type InboxInput,
  type InboxOptions,
  type InboxRetryOptions,
  type InboxSourceMode,
  type InboxSourceOptions,
  type InboxStopOptions,
  type PollReport,
  type ReceiveReport,
} from './inbox/create-inbox.js';
export type {
  InboxErrorContext,
  InboxEvents,
  InboxFailure,
  InboxJournalEntry,
  InboxMessageContext,
  InboxOrigin,
  InboxRecord,
  InboxStage,
} from './inbox/inbox-events.js';
