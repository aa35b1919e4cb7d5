import type { Sentiment } from '../schemas/sentiment.js';
import type { KeigoLevel, TemplateTone } from '../schemas/template.js';

/** Languages whose buyers expect a formal register unless they are upset (then an apology comes first). */
const FORMAL_BY_DEFAULT: ReadonlySet<string> = new Set(['de', 'fr', 'ja']);

/**
 * Intents that report something gone wrong: the buyer gets an apology first even when they write calmly (a parcel
 * lost, an item broken, the wrong item, money wanted back).
 * @example APOLOGY_INTENTS.has('product_defect') // true
 */
export const APOLOGY_INTENTS: ReadonlySet<string> = new Set(['delivery_problem', 'product_defect', 'wrong_or_missing_item', 'refund_request']);

/**
 * The anger signal from which a buyer gets the apologetic variant whatever the polarity.
 * @example desiredTone({ label: 'neutral', score: 0, anger: APOLOGY_ANGER_THRESHOLD, signals: [] }, 'en').tone // 'apologetic'
 */
export const APOLOGY_ANGER_THRESHOLD = 0.4;

/** The register a reply should take, and why. */
export interface ToneWish {
  readonly tone: TemplateTone;
  /** For Japanese: the keigo level that fits. */
  readonly keigo: KeigoLevel;
  /** Machine-readable: `preference`, `anger`, `sentiment:negative`, `sentiment:positive`, `intent:product_defect`, `language:de`, `default`. */
  readonly because: string;
}

/**
 * Which tone fits the buyer: the caller's preference if given; apologetic for a negative or angry message, or for
 * a problem report ({@link APOLOGY_INTENTS}), however it is worded; friendly for a happy one; otherwise the language's usual register
 * (formal for German, French and Japanese, friendly elsewhere). Japanese replies take full keigo (`sonkeigo`)
 * except in the friendly register.
 * @example desiredTone({ label: 'negative', score: -0.7, anger: 0.6, signals: [] }, 'es').tone // 'apologetic'
 */
export function desiredTone(sentiment: Sentiment, language: string, preference?: { tone?: TemplateTone | undefined; keigo?: KeigoLevel | undefined }, intent?: string): ToneWish {
  const keigoFor = (tone: TemplateTone): KeigoLevel => preference?.keigo ?? (tone === 'friendly' ? 'teineigo' : 'sonkeigo');
  if (preference?.tone) return { tone: preference.tone, keigo: keigoFor(preference.tone), because: 'preference' };
  if (sentiment.anger >= APOLOGY_ANGER_THRESHOLD) return { tone: 'apologetic', keigo: keigoFor('apologetic'), because: 'anger' };
  if (sentiment.label === 'negative') return { tone: 'apologetic', keigo: keigoFor('apologetic'), because: 'sentiment:negative' };
  // A problem report gets an apology even when worded cheerfully (or sarcastically).
  if (intent !== undefined && APOLOGY_INTENTS.has(intent)) return { tone: 'apologetic', keigo: keigoFor('apologetic'), because: `intent:${intent}` };
  if (sentiment.label === 'positive') return { tone: 'friendly', keigo: keigoFor('friendly'), because: 'sentiment:positive' };
  if (FORMAL_BY_DEFAULT.has(language)) return { tone: 'formal', keigo: keigoFor('formal'), because: `language:${language}` };
  return { tone: 'friendly', keigo: keigoFor('friendly'), because: 'default' };
}

/** How well a template's tone serves the wished one, in [0, 1]. */
const FIT: Readonly<Record<TemplateTone, Readonly<Record<TemplateTone, number>>>> = {
  apologetic: { apologetic: 1, formal: 0.5, friendly: 0.3 },
  friendly: { friendly: 1, formal: 0.6, apologetic: 0.2 },
  formal: { formal: 1, friendly: 0.6, apologetic: 0.3 },
};

/**
 * How well `tone` serves `wanted`, in [0, 1].
 * @example toneFit('apologetic', 'formal') // 0.5
 */
export function toneFit(wanted: TemplateTone, tone: TemplateTone): number {
  return FIT[wanted][tone];
}
