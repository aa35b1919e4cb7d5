/** Why a backend or rule scored an intent: the matched terms or the pattern. */
export interface Evidence {
  /** What matched, e.g. a phrase of the keyword lexicon or a rule pattern. */
  readonly term: string;
  /**
   * Where in the text the backend saw, when known. Word-based backends may report offsets into their folded form
   * of it (lower-cased, accents removed; German ß becomes ss, shifting later offsets by one).
   */
  readonly start?: number | undefined;
  readonly end?: number | undefined;
  readonly weight?: number | undefined;
}

/** One scored intent from a backend. */
export interface Prediction {
  readonly intent: string;
  /** A probability in [0, 1]. */
  readonly score: number;
  readonly evidence?: readonly Evidence[] | undefined;
}

/** One intent with its fused, calibrated confidence. */
export interface ScoredIntent {
  readonly intent: string;
  readonly confidence: number;
}
