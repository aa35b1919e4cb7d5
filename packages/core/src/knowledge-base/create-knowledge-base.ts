import { ConfigError, type ConfigIssue } from '../errors/config-error.js';
import type { Entity } from '../schemas/entity.js';
import { normalizeLocale } from '../replies/locale-chain.js';
import { parseTemplateText, type ParsedTemplateText } from '../replies/template-text.js';
import { faqEntrySchema, type FaqEntry, type FaqEntryInput } from './faq-entry.js';
import { textFeatures } from './text-features.js';

/** One answer of an entry, parsed for rendering. */
export interface KnowledgeBaseAnswer {
  /** The answer's locale, normalized (`pt-BR`, `zh-Hant`). */
  readonly locale: string;
  readonly text: ParsedTemplateText;
}

/** An entry that matched a question, with how well and why. */
export interface KnowledgeBaseMatch {
  readonly entry: FaqEntry;
  /** The entry's answers by locale, parsed. */
  readonly answers: readonly KnowledgeBaseAnswer[];
  /** The ranking score in [0, 1]: similarity, with the product boost. */
  readonly score: number;
  /** Cosine similarity of the question to the closest variant, in [0, 1]. */
  readonly similarity: number;
  /** The question variant that matched best. */
  readonly matchedQuestion: string;
  /** `similarity:0.72`, `product:B07XJ8C8F5`, `product:other`. */
  readonly reasons: readonly string[];
}

/** Options of {@link KnowledgeBase.search}. */
export interface KnowledgeBaseSearchOptions {
  /** Products the conversation is about (from the listing or order). */
  readonly productIds?: readonly string[] | undefined;
  /** The message's entities: any whose value is a known product id counts as named. */
  readonly entities?: readonly Entity[] | undefined;
  /** @default 3 */
  readonly limit?: number | undefined;
  /** Matches below this score are left out. @default the knowledge base's `minScore` */
  readonly minScore?: number | undefined;
}

/** FAQ entries, indexed for multilingual similarity search. */
export interface KnowledgeBase {
  readonly size: number;
  /** The entries that best answer a buyer's question, best first. */
  search(question: string, options?: KnowledgeBaseSearchOptions): KnowledgeBaseMatch[];
}

/** Options of {@link createKnowledgeBase}. */
export interface KnowledgeBaseOptions {
  /** Matches scoring below this are not returned. @default 0.3 */
  readonly minScore?: number;
  /** Added to the score of an entry for a product the buyer names. @default 0.15 */
  readonly productBoost?: number;
  /** Multiplies the score of an entry for other products when the buyer names one. @default 0.6 */
  readonly otherProductFactor?: number;
  /** Where the entries come from, for error messages. */
  readonly source?: string;
}

interface IndexedVariant {
  readonly question: string;
  readonly vector: Map<string, number>;
}

interface IndexedEntry {
  readonly entry: FaqEntry;
  readonly answers: readonly KnowledgeBaseAnswer[];
  readonly variants: readonly IndexedVariant[];
  readonly products: ReadonlySet<string>;
}

/** The longest part of a question that is matched, in UTF-16 units. */
const MAX_QUESTION_LENGTH = 2000;
const round = (value: number): number => Math.round(value * 1000) / 1000;
const productKey = (id: string): string => id.trim().toUpperCase();

function normalizeVector(vector: Map<string, number>): Map<string, number> {
  let norm = 0;
  for (const value of vector.values()) norm += value * value;
  norm = Math.sqrt(norm);
  if (norm > 0) for (const [key, value] of vector) vector.set(key, value / norm);
  return vector;
}

/**
 * Validates FAQ entries. @throws ConfigError naming each invalid entry by id and field, at paths like
 * `entries.2.answers.es-MX`
 * @example parseFaqEntries([{ id: 'xl', questions: ['Does it come in XL?'], answers: { en: 'Yes.' } }], 'faq.yaml')
 */
export function parseFaqEntries(inputs: readonly FaqEntryInput[], source?: string): FaqEntry[] {
  if (!Array.isArray(inputs)) throw new ConfigError(`[core] Knowledge-base entries${source ? ` in ${source}` : ''} must be a list.`, [{ path: 'entries', message: 'expected a list of entries' }]);
  const issues: ConfigIssue[] = [];
  const entries: FaqEntry[] = [];
  const seen = new Map<string, number>();
  inputs.forEach((input: unknown, index) => {
    const id = typeof input === 'object' && input !== null && typeof (input as { id?: unknown }).id === 'string' ? (input as { id: string }).id : `#${index}`;
    const parsed = faqEntrySchema.safeParse(input);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) issues.push({ path: ['entries', index, ...issue.path].map(String).join('.'), message: `entry \`${id}\`: ${issue.message}` });
      return;
    }
    for (const [locale, answer] of Object.entries(parsed.data.answers)) {
      const text = parseTemplateText(answer);
      if (!text.ok) issues.push({ path: `entries.${index}.answers.${locale}`, message: `entry \`${id}\`: ${text.error.message} (at character ${text.error.offset})` });
    }
    const previous = seen.get(parsed.data.id);
    if (previous !== undefined) issues.push({ path: `entries.${index}.id`, message: `entry \`${id}\`: duplicate id, also at entries.${previous}` });
    seen.set(parsed.data.id, index);
    entries.push(parsed.data);
  });
  if (issues.length > 0) {
    throw new ConfigError(`[core] Invalid knowledge-base entr${issues.length > 1 ? 'ies' : 'y'}${source ? ` in ${source}` : ''}: ${issues.map((issue) => `\`${issue.path}\`: ${issue.message}`).join('; ')}.`, issues);
  }
  return entries;
}

/**
 * Creates a knowledge base from FAQ entries, for `product_question` replies. A buyer's question is matched against
 * every question variant by TF-IDF cosine similarity over folded words, their character trigrams (inflections,
 * typos) and character bigrams for Chinese, Japanese and Thai (no spaces): write variants in each language you
 * serve. An entry for a product the buyer names (a product id in the message, its entities, or the conversation's
 * `productIds`) is boosted; entries for other products are pushed down.
 * @throws ConfigError naming each invalid entry and field
 * @example
 * const kb = createKnowledgeBase([{ id: 'waterproof', questions: ['Is it waterproof?', '¿Es impermeable?', '防水ですか？'],
 *   answers: { en: 'Yes: IPX7, up to 1 m for 30 minutes.', es: 'Sí: IPX7, hasta 1 m durante 30 minutos.', ja: 'はい、IPX7相当の防水仕様でございます。' } }]);
 * kb.search('es impermeable el reloj?')[0]?.entry.id; // 'waterproof'
 */
export function createKnowledgeBase(inputs: readonly FaqEntryInput[], options: KnowledgeBaseOptions = {}): KnowledgeBase {
  const minScore = options.minScore ?? 0.3;
  const productBoost = options.productBoost ?? 0.15;
  const otherProductFactor = options.otherProductFactor ?? 0.6;
  for (const [name, value] of [['minScore', minScore], ['productBoost', productBoost], ['otherProductFactor', otherProductFactor]] as const) {
    if (!(typeof value === 'number' && value >= 0 && value <= 1)) throw new ConfigError(`[core] Knowledge-base option \`${name}\` must be a number from 0 to 1.`, [{ path: name, message: 'must be a number from 0 to 1' }]);
  }
  const entries = parseFaqEntries(inputs, options.source).filter((entry) => entry.enabled);

  // Inverse document frequency over every question variant.
  const documents = entries.flatMap((entry) => entry.questions.map((question) => textFeatures(question)));
  const frequency = new Map<string, number>();
  for (const features of documents) for (const key of features.keys()) frequency.set(key, (frequency.get(key) ?? 0) + 1);
  const idf = (key: string): number => Math.log((documents.length + 1) / ((frequency.get(key) ?? 0) + 1)) + 1;
  const vectorOf = (features: Map<string, number>): Map<string, number> => {
    const vector = new Map<string, number>();
    for (const [key, weight] of features) vector.set(key, weight * idf(key));
    return normalizeVector(vector);
  };

  let cursor = 0;
  const indexed: IndexedEntry[] = entries.map((entry) => ({
    entry,
    answers: Object.entries(entry.answers).flatMap(([locale, answer]) => {
      const text = parseTemplateText(answer);
      return text.ok ? [{ locale: normalizeLocale(locale) ?? locale, text: text.parsed }] : [];
    }),
    variants: entry.questions.map((question) => ({ question, vector: vectorOf(documents[cursor++] ?? new Map<string, number>()) })),
    products: new Set((entry.productIds ?? []).map(productKey)),
  }));
  const knownProducts = new Set(indexed.flatMap((item) => [...item.products]));

  return {
    size: indexed.length,
    search(question, searchOptions = {}) {
      if (typeof question !== 'string' || indexed.length === 0) return [];
      // A question is matched on its start: buyers ask in a sentence or two, and the work stays bounded.
      const query = vectorOf(textFeatures(question.slice(0, MAX_QUESTION_LENGTH)));
      if (query.size === 0) return [];
      const named = new Set<string>((searchOptions.productIds ?? []).map(productKey));
      for (const entity of searchOptions.entities ?? []) if (knownProducts.has(productKey(entity.value))) named.add(productKey(entity.value));
      for (const word of question.slice(0, MAX_QUESTION_LENGTH).split(/[^\p{L}\p{N}_-]+/u)) if (word && knownProducts.has(productKey(word))) named.add(productKey(word));

      const matches: KnowledgeBaseMatch[] = [];
      for (const item of indexed) {
        let best = 0;
        let matchedQuestion = item.variants[0]?.question ?? '';
        for (const variant of item.variants) {
          let dot = 0;
          const [small, large] = query.size <= variant.vector.size ? [query, variant.vector] : [variant.vector, query];
          for (const [key, value] of small) dot += value * (large.get(key) ?? 0);
          if (dot > best) {
            best = dot;
            matchedQuestion = variant.question;
          }
        }
        const reasons = [`similarity:${round(best)}`];
        let score = best;
        if (named.size > 0 && item.products.size > 0) {
          const hit = [...item.products].find((id) => named.has(id));
          if (hit !== undefined) {
            score = Math.min(1, score + productBoost);
            reasons.push(`product:${hit}`);
          } else {
            score *= otherProductFactor;
            reasons.push('product:other');
          }
        }
        if (score >= (searchOptions.minScore ?? minScore)) matches.push({ entry: item.entry, answers: item.answers, score: round(score), similarity: round(best), matchedQuestion, reasons });
      }
      matches.sort((a, b) => b.score - a.score || a.entry.id.localeCompare(b.entry.id));
      return matches.slice(0, Math.max(0, searchOptions.limit ?? 3));
    },
  };
}
