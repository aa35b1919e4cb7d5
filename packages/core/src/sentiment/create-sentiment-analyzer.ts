import { z } from 'zod';
import { ConfigError } from '../errors/config-error.js';
import type { LanguageCode, SupportedLanguage } from '../languages.js';
import type { Sentiment, SentimentLabel } from '../schemas/sentiment.js';
import { lexiconOptionsShape, registryFor, type LexiconOptions } from './lexicon-options.js';
import type { LexiconRegistry } from './lexicon-registry.js';
import { normalizeNfkc } from './normalize-nfkc.js';
import { readSurfaceSignals } from './read-surface-signals.js';
import { scoreMatches, type ScoreWindows } from './score-matches.js';

/** Options of {@link createSentimentAnalyzer}: your lexicon entries (see {@link LexiconOptions}) and the cut-offs. */
export interface SentimentAnalyzerOptions extends LexiconOptions {
  /**
   * Raw-score cut-offs. The raw score sums term weights (weak 1, moderate 2, strong 3, after negation and
   * intensifiers) and emoji; a message is negative at or below `-negative`, positive at or above `positive`.
   * @default { negative: 1, positive: 1.5 }
   */
  readonly thresholds?: { readonly negative?: number; readonly positive?: number };
}

/**
 * A sentiment function, as the pipeline's `analyzeSentiment` stage expects.
 * @example const pipeline = createPipeline({ stages: { analyzeSentiment: createSentimentAnalyzer({ thresholds: { negative: 1.5 } }) } });
 */
export type SentimentAnalyzer = (text: string, language: LanguageCode) => Sentiment;

const optionsSchema = z.strictObject({
  ...lexiconOptionsShape,
  thresholds: z.strictObject({ negative: z.number().positive().max(20).optional(), positive: z.number().positive().max(20).optional() }).optional(),
});

/** Negation and intensifier reach: tokens in spaced scripts, characters in ja, zh and th; German puts the verb last. */
const SEGMENTED_WINDOWS: ScoreWindows = { negation: 3, postNegation: 3, intensifier: 2 };
const UNSEGMENTED_WINDOWS: ScoreWindows = { negation: 4, postNegation: 4, intensifier: 2 };
const WINDOWS: Readonly<Record<SupportedLanguage, ScoreWindows>> = {
  en: SEGMENTED_WINDOWS, es: SEGMENTED_WINDOWS, pt: SEGMENTED_WINDOWS, fr: SEGMENTED_WINDOWS, id: SEGMENTED_WINDOWS,
  de: { negation: 5, postNegation: 3, intensifier: 2 }, ja: UNSEGMENTED_WINDOWS, zh: UNSEGMENTED_WINDOWS, th: UNSEGMENTED_WINDOWS,
};

const EMOJI_WEIGHT = { positive: 1.5, negative: 1.5, angry: 2 } as const;
/** Negative evidence this strong discounts positive words: "thanks, but it arrived broken" is a complaint. */
const COMPLAINT_DOMINANCE = 2;
const DISCOUNTED_POSITIVE = 0.35;
const ANGER_BLOCKS_AT = 0.5;
const round = (value: number): number => Math.round(value * 1000) / 1000;

/**
 * Creates a sentiment function over per-language lexicons: polarity terms with negation scope, intensifiers and
 * downtoners, contrast ("but"), slang and mixed-in English; emoji and emoticons; and an anger signal from insults,
 * profanity and threats, shouting in capitals, `!!!`/`？？` and angry emoji. Text in a language it cannot read
 * (`und`) still gets the emoji and punctuation signals.
 * @throws ConfigError naming the invalid option (e.g. `lexicons.es.positive.strong`).
 * @example
 * const analyze = createSentimentAnalyzer({ lexicons: { es: { positive: { moderate: ['chulísimo'] } } } });
 * analyze('está chulísimo', 'es').label; // 'positive'
 */
export function createSentimentAnalyzer(options: SentimentAnalyzerOptions = {}): SentimentAnalyzer {
  const parsed = optionsSchema.safeParse(options);
  if (!parsed.success) throw ConfigError.fromIssues('[core] createSentimentAnalyzer options', parsed.error.issues, parsed.error);
  const negativeAt = options.thresholds?.negative ?? 1;
  const positiveAt = options.thresholds?.positive ?? 1.5;
  const registry = registryFor(options);

  return (text: string, language: LanguageCode): Sentiment => {
    const normalized = normalizeNfkc(text);
    const compiled = registry.sentiment(language);
    const lexical = compiled && language !== 'und'
      ? scoreMatches(compiled.scan(normalized), WINDOWS[language])
      : { positive: 0, negative: 0, angerWords: 0, signals: [] };
    const surface = readSurfaceSignals(normalized);
    const signals = [...lexical.signals];

    let positive = lexical.positive + surface.positiveEmoji * EMOJI_WEIGHT.positive;
    let negative = lexical.negative + surface.negativeEmoji * EMOJI_WEIGHT.negative + surface.angryEmoji * EMOJI_WEIGHT.angry;
    if (surface.positiveEmoji > 0) signals.push('positive_emoji');
    if (surface.negativeEmoji > 0) signals.push('negative_emoji');
    if (surface.angryEmoji > 0) signals.push('angry_emoji');
    if (negative >= COMPLAINT_DOMINANCE && positive > 0) positive *= DISCOUNTED_POSITIVE;

    let anger = 0;
    const notPositive = positive <= negative;
    // Insults, profanity and threats are anger, unless the message is positive overall ("fucking awesome").
    if (lexical.angerWords > 0 && notPositive) {
      anger += 0.5 + 0.2 * (lexical.angerWords - 1);
      signals.push('anger_words');
    }
    if (surface.angryEmoji > 0) anger += 0.4;
    if (negative > positive && followUps(registry, language, normalized)) {
      anger += 0.2;
      signals.push('follow_up');
    }
    if (surface.shouting) {
      signals.push('all_caps');
      // Shouting amplifies whatever the words say; with nothing positive in them it reads as anger.
      if (notPositive) anger += 0.35;
      positive *= 1.3;
      negative *= 1.3;
    }
    if (surface.repeatedPunctuation > 0) {
      signals.push('repeated_punctuation');
      if (notPositive && (negative > 0 || surface.shouting)) anger += surface.repeatedPunctuation >= 3 ? 0.35 : 0.25;
    }
    if (negative - positive >= 5) anger += 0.15;
    anger = Math.min(1, anger);
    // Anger is negative evidence in itself: "WHERE IS MY ORDER??" has no negative word.
    if (anger >= ANGER_BLOCKS_AT && notPositive) negative += 2;

    const raw = positive - negative;
    const label: SentimentLabel = raw <= -negativeAt ? 'negative' : raw >= positiveAt ? 'positive' : 'neutral';
    return { label, score: round(Math.tanh(raw / 4)), anger: round(anger), signals };
  };
}

/** Whether the buyer says they have written before ("third time", "otra vez", "何度も"). */
function followUps(registry: LexiconRegistry, language: LanguageCode, text: string): boolean {
  return registry.urgency(language)?.scan(text).matches.some((match) => match.roles.followUp) ?? false;
}
