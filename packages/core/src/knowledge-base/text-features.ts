import { foldText } from '../text/fold.js';
import { isUnsegmentedScriptChar } from '../text/scripts.js';
import { tokenize } from '../text/tokenize.js';

/** Weights of the kinds of feature: whole words count most, n-grams catch inflections, typos and unspaced scripts. */
const WORD_WEIGHT = 1;
const TRIGRAM_WEIGHT = 0.35;
const BIGRAM_WEIGHT = 1;
const UNIGRAM_WEIGHT = 0.3;

function add(features: Map<string, number>, key: string, weight: number): void {
  features.set(key, (features.get(key) ?? 0) + weight);
}

/**
 * The features a text is matched on, with their weights: folded words and their character trigrams for spaced
 * scripts; character bigrams and single characters for Chinese, Japanese and Thai, which have no spaces.
 * @example textFeatures('¿Es impermeable?') // Map { 'w:es' => 1, 't: es' => 0.35, …, 'w:impermeable' => 1, … }
 */
export function textFeatures(text: string): Map<string, number> {
  const features = new Map<string, number>();
  for (const token of tokenize(foldText(text.normalize('NFKC')))) {
    // A token may mix scripts (`iphone15用`): split it into spaced and unspaced runs.
    for (const run of token.text.match(/(?:[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}ー]+|[^\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}ー]+)/gu) ?? []) {
      const chars = [...run];
      if (chars.length > 0 && isUnsegmentedScriptChar(chars[0] ?? '')) {
        for (let index = 0; index < chars.length; index++) {
          add(features, `u:${chars[index]}`, UNIGRAM_WEIGHT);
          if (index + 1 < chars.length) add(features, `b:${chars[index]}${chars[index + 1]}`, BIGRAM_WEIGHT);
        }
        continue;
      }
      add(features, `w:${run}`, WORD_WEIGHT);
      const padded = [' ', ...chars, ' '];
      for (let index = 0; index + 3 <= padded.length; index++) add(features, `t:${padded.slice(index, index + 3).join('')}`, TRIGRAM_WEIGHT);
    }
  }
  return features;
}
