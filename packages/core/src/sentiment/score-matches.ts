import type { LexiconScan, MatchedTerm } from './compile-lexicon.js';

/** The lexical evidence of one text. */
export interface LexicalScore {
  /** Sum of positive contributions (≥ 0). */
  readonly positive: number;
  /** Sum of negative contributions, as a magnitude (≥ 0). */
  readonly negative: number;
  /** Anger words found (insults, profanity, threats), not negated. */
  readonly angerWords: number;
  /** Matched terms as `term`, `not term`, `very term`. */
  readonly signals: readonly string[];
}

/** Distances for negation and intensifiers: tokens in spaced scripts, characters in ja, zh and th. */
export interface ScoreWindows {
  readonly negation: number;
  readonly postNegation: number;
  readonly intensifier: number;
}

const NEGATED_POSITIVE = -0.8;
const NEGATED_NEGATIVE = -0.5;
const NEGATED_COMPLAINT = -2;
const INTENSIFY = 1.5;
const DOWNTONE = 0.5;
const BEFORE_CONTRAST = 0.5;
const AFTER_CONTRAST = 1.5;
/** Praise inside a question is mostly a question ("What do you recommend?"). */
const IN_QUESTION = 0.5;

interface Contribution {
  value: number;
  readonly match: MatchedTerm;
  negated: boolean;
  intensity: number;
  afterContrast: boolean;
}

const hasPolarity = (match: MatchedTerm): boolean => match.roles.weight !== 0 || match.roles.complaint;
const isModifier = (match: MatchedTerm): boolean =>
  match.roles.intensifier || match.roles.downtoner || match.roles.negator || match.roles.postNegator || match.roles.postIntensifier;

/** The value of a polarity term: its weight, flipped and scaled when negated (a negated complaint verb is −2). */
function valueOf(match: MatchedTerm, negated: boolean): number {
  const { weight, complaint } = match.roles;
  if (!negated) return weight;
  if (complaint) return NEGATED_COMPLAINT;
  return weight > 0 ? weight * NEGATED_POSITIVE : weight * NEGATED_NEGATIVE;
}

/**
 * Walks the matched terms of a text in order: negators flip the next polarity term within the window (or, for
 * post-negators such as de `nicht` or ja `ない`, the one just before), intensifiers scale it by 1.5, downtoners by
 * 0.5, and a contrast word ("but") halves what came before and weighs what follows by 1.5. Clause breaks end
 * every scope.
 * @example scoreMatches(builtinLexiconRegistry().sentiment('en')!.scan('not pleased'), { negation: 3, postNegation: 3, intensifier: 2 }).negative // 1.6
 */
export function scoreMatches(scan: LexiconScan, windows: ScoreWindows): LexicalScore {
  const { matches } = scan;
  const contributions: Contribution[] = [];
  let negation: { end: number } | undefined;
  let intensity: { end: number; factor: number } | undefined;
  let afterContrast = false;
  let angerWords = 0;

  /** The next polarity term after `from` within `window`, skipping only modifiers, with no clause break. */
  const polarityAhead = (from: number, window: number): boolean => {
    const origin = matches[from]!;
    for (let next = from + 1; next < matches.length; next++) {
      const candidate = matches[next]!;
      if (candidate.start - origin.end > window || scan.hasBreak(origin.end, candidate.start)) return false;
      if (hasPolarity(candidate)) return true;
      if (!isModifier(candidate)) return false;
    }
    return false;
  };

  matches.forEach((match, index) => {
    const { roles } = match;
    const previous = contributions.at(-1);
    if (negation && (match.start - negation.end > windows.negation || scan.hasBreak(negation.end, match.start))) negation = undefined;
    if (intensity && (match.start - intensity.end > windows.intensifier || scan.hasBreak(intensity.end, match.start))) intensity = undefined;

    if (roles.contrast) {
      for (const contribution of contributions) contribution.value *= BEFORE_CONTRAST;
      afterContrast = true;
      negation = undefined;
      intensity = undefined;
      return;
    }
    if (roles.negator || roles.postNegator) {
      if (roles.negator && polarityAhead(index, windows.negation)) {
        negation = { end: match.end };
        return;
      }
      if (roles.postNegator && previous && !previous.negated && !previous.match.roles.selfNegated && match.start - previous.match.end <= windows.postNegation && !scan.hasBreak(previous.match.end, match.start)) {
        previous.negated = true;
        previous.value = valueOf(previous.match, true) * previous.intensity * (previous.afterContrast ? AFTER_CONTRAST : 1);
        return;
      }
      if (roles.negator) {
        negation = { end: match.end };
        return;
      }
      if (!hasPolarity(match)) return;
    }
    if (roles.postIntensifier) {
      // Right after a polarity term it intensifies that term ("keren parah"), whatever its own polarity.
      const adjacent = previous !== undefined && match.start - previous.match.end <= (hasPolarity(match) ? 0 : windows.intensifier) && !scan.hasBreak(previous.match.end, match.start);
      if (adjacent) {
        previous.value *= INTENSIFY;
        previous.intensity *= INTENSIFY;
        return;
      }
      if (!hasPolarity(match)) return;
    }
    if (roles.downtoner && (!hasPolarity(match) || polarityAhead(index, windows.intensifier))) {
      intensity = { end: match.end, factor: DOWNTONE };
      return;
    }
    if (roles.intensifier && (!hasPolarity(match) || polarityAhead(index, windows.intensifier))) {
      intensity = { end: match.end, factor: (intensity?.factor ?? 1) * INTENSIFY };
      return;
    }
    if (!hasPolarity(match)) return;

    const negated = negation !== undefined && !roles.selfNegated;
    const factor = intensity?.factor ?? 1;
    let value = valueOf(match, negated) * factor * (afterContrast ? AFTER_CONTRAST : 1);
    if (value > 0 && scan.inQuestion(match.start)) value *= IN_QUESTION;
    // A complaint verb not (yet) negated is kept at 0: a post-negator may still flip it ("vertraue … nicht mehr").
    if (value === 0 && !roles.complaint) return;
    if (roles.anger && !negated) angerWords++;
    contributions.push({ value, match, negated, intensity: factor, afterContrast });
    negation = undefined;
    intensity = undefined;
  });

  let positive = 0;
  let negative = 0;
  const signals: string[] = [];
  for (const contribution of contributions) {
    if (contribution.value === 0) continue;
    if (contribution.value > 0) positive += contribution.value;
    else negative -= contribution.value;
    const prefix = contribution.negated ? 'not ' : contribution.intensity > 1 ? 'very ' : contribution.intensity < 1 ? 'a bit ' : '';
    signals.push(`${prefix}${contribution.match.term}`);
  }
  return { positive, negative, angerWords, signals };
}
