import { extractEntities, maskPii, type LanguageCode } from '@lianxing/core';

/** Options of {@link prepareRemoteText}. */
export interface PrepareRemoteTextOptions {
  /** Mask e-mails, phone and card numbers with core's maskPii before the text leaves the process. */
  readonly maskPii: boolean;
  /** Longer texts are cut to this many characters (long texts cost tokens and rarely change the intent). */
  readonly maxChars: number;
}

/**
 * What a backend sends to a remote model for a message: PII masked with core's `extractEntities` + `maskPii`
 * (a no-op on text the pipeline already masked: its placeholders are not PII), then cut to `maxChars`.
 * @example prepareRemoteText('mail a@example.com', 'en', { maskPii: true, maxChars: 2000 }) // 'mail [EMAIL_1]'
 */
export function prepareRemoteText(text: string, language: LanguageCode | undefined, options: PrepareRemoteTextOptions): string {
  const cut = text.length > options.maxChars ? text.slice(0, options.maxChars) : text;
  if (!options.maskPii) return cut;
  // Mask before cutting would be safer for a number split by the cut; mask the cut text plus a margin instead.
  const window = text.length > options.maxChars ? text.slice(0, options.maxChars + 64) : text;
  const masked = maskPii(window, extractEntities(window, language === undefined ? {} : { language })).text;
  return masked.length > options.maxChars ? masked.slice(0, options.maxChars) : masked;
}
