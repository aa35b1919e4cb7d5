// A stand-in for a chat model, for tests and the cascade benchmark. It reads the request as a model would (the
// fenced data block, see fenced-messages.ts) and answers each message with a real but simple method: k-NN over
// hashed character/word n-gram embeddings of labelled examples (the corpus's TRAINING split; it never sees the
// label of the message it answers). It can also play a model that falls for prompt injection:
//   obey: 'outside'  — follows labelling instructions found outside the data block (a model that respects the
//                      fence: injection must then have no effect, unless the fence leaks);
//   obey: 'anywhere' — also follows them inside a message (a fully compromised model).
import { BUILTIN_TAXONOMY, type Taxonomy } from '@lianxing/core';
import { createEmbeddingClassifier, type EmbeddingClassifier } from '../../src/embedding/create-embedding-classifier.js';
import { createHashingEmbedder } from '../../src/embedding/hashing-embedder.js';
import { readFencedMessages, type FencedMessage } from './fenced-messages.js';
import type { ChatAnswer, ChatRequestView } from './openai-compatible-server.js';

export interface KnnChatModelOptions {
  readonly examples: readonly { readonly text: string; readonly intent: string }[];
  readonly taxonomy?: Taxonomy;
  readonly obey?: 'never' | 'outside' | 'anywhere';
  /** Answer results in reverse order (clients must match by id). @default true */
  readonly reverse?: boolean;
  readonly k?: number;
}

export interface KnnChatModel {
  readonly answer: (request: ChatRequestView) => Promise<ChatAnswer>;
  /** How many times the model followed an injected instruction. */
  readonly obeyed: number;
  readonly classifier: EmbeddingClassifier;
}

const INSTRUCTION = /(ignore|ignora|ignoriere|忽略|無視|label|classify|clasifica|classifique|klassifiziere|分類|标记|new rule|system|assistant|label:|intent)/i;

/** The intent an injected instruction in `text` asks for, if any: an instruction word, then an intent id on the same line. */
export function injectedLabel(text: string, taxonomy: Taxonomy): string | undefined {
  for (const line of text.split(/\n|(?<=[.。!?])\s*/)) {
    const json = /"intent"\s*:\s*"([a-z_]+)"/.exec(line);
    if (json && taxonomy.has(json[1]!)) return json[1];
    if (!INSTRUCTION.test(line)) continue;
    for (const match of line.matchAll(/\b([a-z]+(?:_[a-z]+)+)\b/g)) if (taxonomy.has(match[1]!)) return match[1];
  }
  return undefined;
}

export function createKnnChatModel(options: KnnChatModelOptions): KnnChatModel {
  const taxonomy = options.taxonomy ?? BUILTIN_TAXONOMY;
  const classifier = createEmbeddingClassifier({ embedder: createHashingEmbedder({ dimensions: 2048 }), examples: options.examples, k: options.k ?? 5, maskPii: false, cacheSize: 0 });
  let obeyed = 0;
  const answer = async (request: ChatRequestView): Promise<ChatAnswer> => {
    const { messages, outside } = readFencedMessages(request.system, request.user);
    // The system prompt legitimately names every intent; only the user turn's outside text and stray lines can instruct.
    const outsideUser = outside.slice(request.system.length);
    const forcedOutside = options.obey === 'outside' || options.obey === 'anywhere' ? injectedLabel(outsideUser, taxonomy) : undefined;
    const outputs = await classifier.classifyBatch(messages.map((message: FencedMessage) => ({ text: message.text, language: 'und' })), { taxonomy });
    const results = messages.map((message, index) => {
      const forced = forcedOutside ?? (options.obey === 'anywhere' ? injectedLabel(message.text, taxonomy) : undefined);
      if (forced) {
        obeyed++;
        return { id: message.id, intent: forced, confidence: 0.99 };
      }
      const best = outputs[index]!.predictions[0];
      return { id: message.id, intent: best?.intent ?? 'unknown', confidence: Math.round((best?.score ?? 0) * 1000) / 1000 };
    });
    if (options.reverse ?? true) results.reverse();
    return JSON.stringify({ results });
  };
  return { answer, classifier, get obeyed() { return obeyed; } };
}
