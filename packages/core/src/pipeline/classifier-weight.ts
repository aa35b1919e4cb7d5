import type { LanguageCode } from '../languages.js';

/** The fusion weight settings of a classifier (see `WeightedClassifier`). */
export interface FusionWeights {
  /** @default 1 */
  readonly weight?: number | undefined;
  /**
   * Weights for messages in particular languages (the detected language's code), in place of `weight`: e.g. a
   * keyword lexicon trusted less in a language where it is thinner. Languages left out use `weight`.
   */
  readonly weightByLanguage?: Readonly<Partial<Record<LanguageCode, number>>> | undefined;
}

/**
 * The weight a classifier's answer gets in fusion for a message in `language`.
 * @example
 * classifierWeight({ weight: 1, weightByLanguage: { fr: 0.5 } }, 'fr'); // 0.5
 * classifierWeight({ weight: 1, weightByLanguage: { fr: 0.5 } }, 'de'); // 1
 */
export function classifierWeight(weights: FusionWeights, language: LanguageCode): number {
  return weights.weightByLanguage?.[language] ?? weights.weight ?? 1;
}
