export * from './errors/index.js';
export * from './languages.js';
export type * from './spec/index.js';
export { messageSchema, type Attachment, type Marketplace, type Message } from './schemas/message.js';
export { conversationSchema, orderContextSchema, type Conversation, type OrderContext } from './schemas/conversation.js';
export { UNKNOWN_INTENT, decisionActions, riskLevels, type DecisionAction, type IntentDefinition, type RiskLevel } from './schemas/taxonomy.js';
export type { Evidence, Prediction, ScoredIntent } from './schemas/prediction.js';
export type { Entity, EntityType } from './schemas/entity.js';
export type { Priority, Sentiment, SentimentLabel, Urgency, UrgencyLevel } from './schemas/sentiment.js';
export type { Decision } from './schemas/decision.js';
export type { ReplySuggestion, Template, TemplateInput } from './schemas/template.js';
export { BUILTIN_INTENTS } from './taxonomy/builtin-intents.js';
export { BUILTIN_TAXONOMY, createTaxonomy, extendTaxonomy, type ExtendTaxonomyOptions, type Taxonomy, type TaxonomyOptions } from './taxonomy/taxonomy.js';
export * from './text/index.js';
export { normalizeText, type NormalizedText, type NormalizeOptions, type TextFlags } from './stages/normalize.js';
export { detectLanguage, type DetectLanguageOptions, type LanguageDetection, type LanguageSource } from './stages/detect-language.js';
export { extractEntities, isLuhnValid, type ExtractEntitiesOptions } from './stages/extract-entities.js';
export { maskPii, unmaskPii, type MaskedText } from './stages/mask-pii.js';
export { compileRules, type CompiledRules, type RuleDefinition, type RuleMatch } from './stages/rules.js';
export { fusePredictions, type Contribution, type FusedPrediction, type FusionOptions, type WeightedOutput } from './stages/fuse.js';
export { analyzeSentiment } from './stages/analyze-sentiment.js';
export { SENTIMENT_LEXICONS, type SentimentLexicon } from './stages/sentiment-lexicon.js';
export { assessUrgency, computePriority, type UrgencyInput } from './stages/assess-urgency.js';
export { decide, parsePolicy, type DecisionInput, type DecisionPolicy, type DecisionPolicyOptions } from './stages/decide.js';
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
