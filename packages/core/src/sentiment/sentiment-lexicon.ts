/**
 * Polarity entries of one direction, by strength.
 * @example const negative: PolarityTerms = { strong: ['scam'], moderate: ['broken', 'disappoint*'], weak: ['late'] };
 */
export interface PolarityTerms {
  /** Weight 3: "worst", "scam", "最悪", "excellent", "最高". */
  readonly strong?: readonly string[];
  /** Weight 2: "broken", "disappointed", "great", "love". */
  readonly moderate?: readonly string[];
  /** Weight 1: "slow", "cheap", "thanks", "ok". */
  readonly weak?: readonly string[];
}

/**
 * The sentiment and urgency vocabulary of one language, as data. Every list is optional.
 *
 * How entries match:
 * - In languages written with spaces (en, es, pt, fr, de, id) an entry is a lower-case word or a phrase of words
 *   separated by single spaces; accents are ignored (`pésimo` and `pesimo` are the same entry). A trailing `*`
 *   matches any word starting with the stem (`decepcion*` → decepcionado, decepcionante), stems of 3+ letters.
 * - In ja, zh and th an entry is a substring; the longest entry starting at a position wins, so a longer entry
 *   can shadow a shorter one inside it (`สวัสดี` "hello" in `neutral` keeps `ดี` "good" from matching there).
 * - Latin-script words inside ja/zh/th/id text are also read with the English lexicon (mixed-language messages).
 *
 * @example
 * const lexicon: SentimentLexicon = {
 *   negative: { strong: ['scam'], moderate: ['broken'] },
 *   positive: { moderate: ['love'] },
 *   negators: ['not', "don't"],
 *   complaintWhenNegated: ['work', 'arrived'],
 * };
 */
export interface SentimentLexicon {
  readonly negative?: PolarityTerms;
  readonly positive?: PolarityTerms;
  /**
   * Neutral alone, a complaint when negated (weight −2): "doesn't work", "never arrived", "no llegó",
   * "nicht angekommen", "届いていない", "没收到", "belum sampai", "ยังไม่ได้รับ".
   */
  readonly complaintWhenNegated?: readonly string[];
  /** Matched and ignored: words that contain a polarity entry but mean something else. */
  readonly neutral?: readonly string[];
  /** Insults, profanity and threats (of a claim, a chargeback, a regulator): strongly negative and angry. */
  readonly anger?: readonly string[];
  /** Words that negate the polarity of what follows within a few words (or characters in ja/zh/th). */
  readonly negators?: readonly string[];
  /**
   * Words that negate what comes just before them: de "funktioniert nicht", fr "marche pas", ja "使えない",
   * th "ใช้ไม่ได้". A word may be in both lists; it negates what follows when a polarity term follows closely.
   */
  readonly postNegators?: readonly string[];
  /** Multiply the next polarity term by 1.5: "very", "muy", "sehr", "很", "とても". */
  readonly intensifiers?: readonly string[];
  /** Multiply the previous polarity term by 1.5: id "banget", th "มาก". */
  readonly postIntensifiers?: readonly string[];
  /** Halve the next polarity term: "a bit", "un poco", "etwas", "有点", "ちょっと". */
  readonly downtoners?: readonly string[];
  /** Words after which the clause counts more ("but", "pero", "mais", "aber", "但是", "けど", "tapi", "แต่"). */
  readonly contrast?: readonly string[];
  /** Urgency: words that ask for speed in themselves ("urgent", "asap", "至急", "ด่วน", "segera"). */
  readonly urgent?: readonly string[];
  /** Urgency: deadline words, a time the buyer needs it by ("today", "tomorrow", "hoy", "今天", "sofort"). */
  readonly deadline?: readonly string[];
  /** Urgency: the buyer says they have written before ("third time", "again", "de nuevo", "何度も", "lagi"). */
  readonly followUp?: readonly string[];
}
