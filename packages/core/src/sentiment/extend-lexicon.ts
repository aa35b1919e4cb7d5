import type { PolarityTerms, SentimentLexicon } from './sentiment-lexicon.js';

const allTerms = (terms: PolarityTerms | undefined): string[] => [...(terms?.strong ?? []), ...(terms?.moderate ?? []), ...(terms?.weak ?? [])];

function mergeTerms(base: PolarityTerms | undefined, extra: PolarityTerms | undefined, overridden: ReadonlySet<string>): PolarityTerms {
  const keep = (words: readonly string[] | undefined): string[] => (words ?? []).filter((word) => !overridden.has(word));
  return {
    strong: [...keep(base?.strong), ...(extra?.strong ?? [])],
    moderate: [...keep(base?.moderate), ...(extra?.moderate ?? [])],
    weak: [...keep(base?.weak), ...(extra?.weak ?? [])],
  };
}

const list = (base: readonly string[] | undefined, extra: readonly string[] | undefined): string[] => [...(base ?? []), ...(extra ?? [])];

/**
 * A lexicon with the entries of `extra` added to those of `base`. A word given a polarity in `extra` loses the
 * polarity `base` gave it, so `extra` can also correct the built-in lexicon.
 * @example extendLexicon(SENTIMENT_LEXICONS.es, { positive: { moderate: ['chulísimo'] } })
 */
export function extendLexicon(base: SentimentLexicon, extra: SentimentLexicon): SentimentLexicon {
  const overridden = new Set([...allTerms(extra.negative), ...allTerms(extra.positive)]);
  return {
    negative: mergeTerms(base.negative, extra.negative, overridden),
    positive: mergeTerms(base.positive, extra.positive, overridden),
    complaintWhenNegated: list(base.complaintWhenNegated, extra.complaintWhenNegated),
    neutral: list(base.neutral, extra.neutral),
    anger: list(base.anger, extra.anger),
    negators: list(base.negators, extra.negators),
    postNegators: list(base.postNegators, extra.postNegators),
    intensifiers: list(base.intensifiers, extra.intensifiers),
    postIntensifiers: list(base.postIntensifiers, extra.postIntensifiers),
    downtoners: list(base.downtoners, extra.downtoners),
    contrast: list(base.contrast, extra.contrast),
    urgent: list(base.urgent, extra.urgent),
    deadline: list(base.deadline, extra.deadline),
    followUp: list(base.followUp, extra.followUp),
  };
}
