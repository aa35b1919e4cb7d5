import { createSentimentAnalyzer, type SentimentAnalyzer } from '../sentiment/create-sentiment-analyzer.js';

/**
 * The sentiment stage with the built-in lexicons of the nine languages: `negative | neutral | positive` with a
 * score in [-1, 1], an anger signal in [0, 1] and the signals that drove them. Negation ("no funciona",
 * "not happy", "不好用", "使えない", "tidak bisa", "ไม่ได้"), intensifiers and downtoners, contrast, slang, emoji,
 * shouting and `!!!`/`？？`. Text in a language it cannot read (`und`) is read for emoji and punctuation only.
 * Use {@link createSentimentAnalyzer} to add your own words.
 * @example analyzeSentiment('THIS IS A SCAM!!! 😡', 'en') // { label: 'negative', anger: 1, … }
 */
export const analyzeSentiment: SentimentAnalyzer = createSentimentAnalyzer();
