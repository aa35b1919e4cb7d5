export { createRemoteLlmClassifier, type RemoteLlmClassifier, type RemoteLlmClassifierOptions } from './remote-llm/create-remote-llm-classifier.js';
export type { RemoteLlmEvents, RemoteLlmUsage, RequestEndInfo, TokenUsage } from './remote-llm/remote-llm-events.js';
export { BUILTIN_PROMPT_EXAMPLES } from './remote-llm/builtin-prompt-examples.js';
export type { ConnectionOptions } from './openai-compatible/connection-options.js';
