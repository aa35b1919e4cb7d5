/**
 * A lexicon entry: a phrase (weight 1) or `[phrase, weight]` with weight in (0, 3].
 * Latin-script phrases are matched as whole words after lower-casing and accent folding; a trailing `*` matches
 * any word starting with the stem. Chinese, Japanese and Thai phrases are matched as substrings.
 */
export type LexiconEntry = string | readonly [phrase: string, weight: number];

/** Per-intent phrases of one language. */
export type IntentLexicon = Readonly<Record<string, readonly LexiconEntry[]>>;
