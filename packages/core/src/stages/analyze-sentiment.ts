import type { LanguageCode } from '../languages.js';
import type { Sentiment } from '../schemas/sentiment.js';
import { foldText } from '../text/fold.js';
import { SENTIMENT_LEXICONS, type SentimentLexicon } from './sentiment-lexicon.js';

const ANGRY_EMOJI = /[😡🤬😠💢👎😤🖕]/u;
const HAPPY_EMOJI = /[😊😍🥰❤💖👍🙏😀😁😃😄🤩✨💯👌]/u;
const CASED = /\p{Lu}|\p{Ll}/u;
const UPPER = /\p{Lu}/u;

/** Cased letters and how many are upper case, without building arrays (ASCII fast path). */
function countCase(text: string): { letters: number; upper: number } {
  let letters = 0;
  let upper = 0;
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (code < 0x80) {
      if (code >= 65 && code <= 90) {
        letters++;
        upper++;
      } else if (code >= 97 && code <= 122) letters++;
    } else if (code < 0xd800 || code > 0xdfff) {
      const char = text[index]!;
      if (CASED.test(char)) {
        letters++;
        if (UPPER.test(char)) upper++;
      }
    }
  }
  return { letters, upper };
}
const UNSEGMENTED = new Set<LanguageCode>(['ja', 'zh', 'th']);
const WORD = /[\p{L}\p{N}']+/gu;

/** A lexicon matcher built once per language. */
interface LexiconIndex {
  readonly polarity: ReadonlyMap<string, number>;
  readonly negators: ReadonlySet<string>;
  readonly intensifiers: ReadonlySet<string>;
  readonly lexicon: SentimentLexicon;
}
const indexes = new Map<LanguageCode, LexiconIndex>();
function indexFor(language: LanguageCode): LexiconIndex | undefined {
  if (language === 'und') return undefined;
  let index = indexes.get(language);
  if (!index) {
    const lexicon = SENTIMENT_LEXICONS[language];
    const polarity = new Map<string, number>();
    for (const word of lexicon.negative) polarity.set(word, -1);
    for (const word of lexicon.positive) polarity.set(word, 1);
    index = { polarity, negators: new Set(lexicon.negators), intensifiers: new Set(lexicon.intensifiers), lexicon };
    indexes.set(language, index);
  }
  return index;
}

/**
 * The sentiment stage: lexicon polarity with negation ("not happy", "no funciona", "不好用") and intensifiers,
 * plus anger signals (shouting in capitals, `!!!`/`？？`, angry emoji). Returns neutral for text it cannot read.
 * @example analyzeSentiment('THIS IS A SCAM!!! 😡', 'en').label // 'negative'
 */
export function analyzeSentiment(text: string, language: LanguageCode): Sentiment {
  const signals: string[] = [];
  let score = 0;
  let anger = 0;
  const index = indexFor(language);
  if (index) {
    if (UNSEGMENTED.has(language)) score += scoreUnsegmented(text.toLowerCase(), index, signals);
    else score += scoreWords(foldText(text), index, signals);
  }

  const { letters, upper } = countCase(text);
  if (letters >= 8 && upper / letters > 0.7) {
    anger += 0.4;
    signals.push('all_caps');
  }
  if (/[!！]{2,}|[?？]{3,}|[!！][?？][!！]?/.test(text)) {
    anger += 0.25;
    signals.push('repeated_punctuation');
  }
  if (ANGRY_EMOJI.test(text)) {
    anger += 0.35;
    score -= 1;
    signals.push('angry_emoji');
  }
  if (HAPPY_EMOJI.test(text)) {
    score += 0.75;
    signals.push('positive_emoji');
  }
  if (score < 0 && anger > 0) anger += 0.1;
  if (score < -1.5) anger += 0.15;

  const normalized = Math.tanh(score / 2 - anger);
  const label = normalized <= -0.25 ? 'negative' : normalized >= 0.25 ? 'positive' : 'neutral';
  return { label, score: round(normalized), anger: round(Math.min(1, anger)), signals };
}

function scoreWords(folded: string, index: LexiconIndex, signals: string[]): number {
  let score = 0;
  let negateFor = 0;
  let intensity = 1;
  for (const match of folded.matchAll(WORD)) {
    const word = match[0];
    if (index.negators.has(word)) {
      negateFor = 3;
      continue;
    }
    if (index.intensifiers.has(word)) {
      intensity = 1.5;
      continue;
    }
    const polarity = index.polarity.get(word);
    if (polarity !== undefined) {
      const value = polarity * intensity * (negateFor > 0 ? -0.8 : 1);
      score += value;
      signals.push(`${negateFor > 0 ? 'not ' : ''}${word}`);
    }
    negateFor = Math.max(0, negateFor - 1);
    intensity = 1;
  }
  return score;
}

function scoreUnsegmented(text: string, index: LexiconIndex, signals: string[]): number {
  let score = 0;
  for (const [word, polarity] of index.polarity) {
    let from = text.indexOf(word);
    while (from !== -1) {
      const before = text.slice(Math.max(0, from - 2), from);
      const after = text.slice(from + word.length, from + word.length + 4);
      const negated = index.lexicon.negators.some((negator) => before.endsWith(negator) || after.startsWith(negator));
      score += polarity * (negated ? -0.8 : 1);
      signals.push(`${negated ? 'not ' : ''}${word}`);
      from = text.indexOf(word, from + word.length);
    }
  }
  return score;
}

const round = (value: number): number => Math.round(value * 1000) / 1000;
