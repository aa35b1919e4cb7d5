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
export type { ReplySuggestion, Template, TemplateInput } from './schemas/template.js';
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
export { createTemplateLibrary, localeChain, parseTemplates, type SuggestInput, type TemplateLibrary } from './stages/suggest-replies.js';
export { STARTER_TEMPLATES } from './templates/starter-templates.js';
export { mapOrdered } from './pipeline/map-ordered.js';
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
