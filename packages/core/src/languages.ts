/** The languages the built-in model serves, as ISO 639-1 codes. */
export const SUPPORTED_LANGUAGES = ['en', 'es', 'pt', 'fr', 'de', 'ja', 'zh', 'id', 'th'] as const;

/** One of the nine languages the built-in model serves. */
export type SupportedLanguage = (typeof SUPPORTED_LANGUAGES)[number];

/** A detected language: a supported one, or `und` when the text gives no reliable signal. */
export type LanguageCode = SupportedLanguage | 'und';

const supported: ReadonlySet<string> = new Set(SUPPORTED_LANGUAGES);

/** Whether `value` is one of the nine supported language codes. */
export function isSupportedLanguage(value: unknown): value is SupportedLanguage {
  return typeof value === 'string' && supported.has(value);
}

/**
 * Reduces a BCP 47 tag or language name to a supported language code, if it names one
 * (`es-MX` → `es`, `zh-Hant-TW` → `zh`, `PT_br` → `pt`).
 * @example toSupportedLanguage('ja-JP') // 'ja'
 */
export function toSupportedLanguage(tag: string | undefined): SupportedLanguage | undefined {
  if (tag === undefined) return undefined;
  const primary = tag.trim().toLowerCase().split(/[-_]/)[0];
  return isSupportedLanguage(primary) ? primary : undefined;
}
