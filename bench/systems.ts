import { createRequire } from 'node:module';
import { createPipeline, createNgramClassifier, createTaxonomy, loadBuiltinNgramClassifier, normalizeText, type Classifier, type Pipeline } from 'lianxing';
import type { Row } from './datasets.js';

const require = createRequire(import.meta.url);

/** A system under test: trained on rows, then asked one message at a time. */
export interface System {
  readonly name: string;
  train(rows: readonly Row[]): Promise<void>;
  predict(row: Row): Promise<{ label: string; confidence: number }>;
  size(): number;
}

const NLPJS_LANGUAGES: Readonly<Record<string, string>> = { en: 'en', es: 'es', pt: 'pt', fr: 'fr', de: 'de', ja: 'ja', zh: 'zh', id: 'id', th: 'th' };

interface NlpResult { intent: string; score: number }
interface NlpManagerLike {
  addDocument(language: string, text: string, intent: string): void;
  train(): Promise<void>;
  process(language: string, text: string): Promise<NlpResult>;
  export(minified: boolean): string;
}

/** NLP.js (node-nlp) NlpManager: its neural intent classifier, through `process()` as users call it. */
export function nlpjs(): System {
  const { NlpManager } = require('node-nlp') as { NlpManager: new (settings: object) => NlpManagerLike };
  let manager: NlpManagerLike | undefined;
  let fallbackLanguage = 'en';
  return {
    name: 'NLP.js',
    async train(rows) {
      const languages = [...new Set(rows.map((row) => NLPJS_LANGUAGES[row.lang] ?? 'en'))];
      fallbackLanguage = languages[0] ?? 'en';
      manager = new NlpManager({ languages, forceNER: false, autoSave: false, nlu: { log: false } });
      for (const row of rows) manager.addDocument(NLPJS_LANGUAGES[row.lang] ?? fallbackLanguage, row.text, row.label);
      await manager.train();
    },
    async predict(row) {
      const result = await manager!.process(NLPJS_LANGUAGES[row.lang] ?? fallbackLanguage, row.text);
      return { label: result.intent === 'None' ? 'unknown' : result.intent, confidence: result.score };
    },
    size: () => manager!.export(true).length,
  };
}

interface BayesLike {
  addDocument(text: string, label: string): void;
  train(): void;
  getClassifications(text: string): { label: string; value: number }[];
}

/** natural's BayesClassifier (naive Bayes over stemmed words). */
export function naturalBayes(): System {
  const natural = require('natural') as { BayesClassifier: new () => BayesLike };
  let classifier: BayesLike | undefined;
  return {
    name: 'natural Bayes',
    async train(rows) {
      classifier = new natural.BayesClassifier();
      for (const row of rows) classifier.addDocument(row.text, row.label);
      classifier.train();
    },
    async predict(row) {
      const ranked = classifier!.getClassifications(row.text);
      const total = ranked.reduce((sum, entry) => sum + entry.value, 0);
      const best = ranked[0];
      return { label: best?.label ?? 'unknown', confidence: best && total > 0 ? best.value / total : 0 };
    },
    size: () => JSON.stringify(classifier).length,
  };
}

/** Lianxing's n-gram classifier alone, trained on the set (labels become a custom taxonomy). */
export function lianxingNgram(): System {
  let classifier: ReturnType<typeof createNgramClassifier> | undefined;
  let taxonomy: ReturnType<typeof createTaxonomy> | undefined;
  let labelOf = new Map<string, string>();
  return {
    name: 'Lianxing n-gram',
    async train(rows) {
      const labels = [...new Set(rows.map((row) => row.label))].sort();
      const id = (label: string): string => label.toLowerCase().replace(/[^a-z0-9]+/g, '_').replace(/^_+|_+$/g, '').replace(/^(\d)/, 'i_$1') || 'blank';
      const ids = new Map(labels.map((label) => [id(label), label]));
      taxonomy = createTaxonomy({ id: 'bench', intents: [...ids.keys()].map((intent) => ({ id: intent, description: ids.get(intent)!, risk: 'low', defaultAction: 'suggest' })) });
      classifier = createNgramClassifier();
      await classifier.train(rows.map((row) => ({ text: row.text, intent: id(row.label) })));
      labelOf = ids;
    },
    async predict(row) {
      const output = classifier!.classify({ text: normalizeText(row.text).text, language: 'und' }, { taxonomy: taxonomy! }) as Awaited<ReturnType<Classifier['classify']>>;
      const best = output.predictions[0];
      return { label: best ? (labelOf.get(best.intent) ?? 'unknown') : 'unknown', confidence: best?.score ?? 0 };
    },
    size: () => JSON.stringify(classifier!.toJSON()).length,
  };
}

/** Lianxing's whole default pipeline (`createPipeline()` from the facade), built-in model and all: no training. */
export function lianxingPipeline(): System {
  let pipeline: Pipeline | undefined;
  return {
    name: 'Lianxing pipeline (built-in)',
    async train() {
      pipeline = createPipeline();
    },
    async predict(row) {
      const result = await pipeline!.classify({ text: row.text, language: row.lang });
      return { label: result.intent, confidence: result.confidence };
    },
    size: () => JSON.stringify(loadBuiltinNgramClassifier().toJSON()).length,
  };
}

export const SYSTEMS: Readonly<Record<string, () => System>> = { nlpjs, natural: naturalBayes, ngram: lianxingNgram, pipeline: lianxingPipeline };
