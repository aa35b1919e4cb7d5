import type { LanguageCode } from '../languages.js';
import { boundedMemo } from './bounded-memo.js';

const defaultScripts = new Map<string, string | undefined>();

function defaultScriptOf(language: string): string | undefined {
  if (!defaultScripts.has(language)) {
    let script: string | undefined;
    try {
      script = new Intl.Locale(language).maximize().script;
    } catch {
      script = undefined;
    }
    defaultScripts.set(language, script);
  }
  return defaultScripts.get(language);
}

interface LocaleParts {
  readonly language: string;
  /** A script only when it is not the language's usual one (`Hant` for `zh`, never `Latn` for `es`). */
  readonly script?: string | undefined;
  readonly region?: string | undefined;
}

function partsOf(tag: string): LocaleParts | undefined {
  let locale: Intl.Locale;
  try {
    locale = new Intl.Locale(tag.replace(/_/g, '-'));
  } catch {
    return undefined;
  }
  const { language, region } = locale;
  // A region implies a script (zh-TW is written in Traditional characters): ask the likely-subtags data.
  const script = locale.script ?? (region ? new Intl.Locale(`${language}-${region}`).maximize().script : undefined);
  return { language, script: script && script !== defaultScriptOf(language) ? script : undefined, region };
}

const join = (...parts: (string | undefined)[]): string => parts.filter(Boolean).join('-');

// Locales come from a few distinct tags: each is read (with the likely-subtags data) once.
const normalizedLocales = boundedMemo(normalizeUncached);

/**
 * Writes a BCP 47 tag the way templates and chains compare them: canonical case, extensions dropped, and the
 * script left out when it is the language's usual one (`zh-Hans-CN` → `zh-CN`, `es-Latn-MX` → `es-MX`,
 * `zh-Hant` stays). Returns `undefined` for a tag that is not BCP 47.
 * @example normalizeLocale('zh_hant_tw') // 'zh-Hant-TW'
 */
export function normalizeLocale(tag: string): string | undefined {
  return normalizedLocales(tag);
}

function normalizeUncached(tag: string): string | undefined {
  const parts = partsOf(tag);
  if (!parts) return undefined;
  let explicitScript: string | undefined;
  try {
    explicitScript = new Intl.Locale(tag.replace(/_/g, '-')).script;
  } catch {
    explicitScript = undefined;
  }
  const script = explicitScript && explicitScript !== defaultScriptOf(parts.language) ? explicitScript : undefined;
  return join(parts.language, script, parts.region);
}

/**
 * The locale fallback chain for a buyer, most specific first, always ending in English:
 * `es-MX` → `es-MX`, `es`, `en`; `zh-TW` → `zh-TW`, `zh-Hant-TW`, `zh-Hant`, `zh`, `en`; `pt-BR` → `pt-BR`, `pt`, `en`.
 * When the message is written in another language than the locale's (an English message from an `es-MX` buyer),
 * the written language comes first, with the locale's region.
 * @param locale the buyer's locale (BCP 47), when known
 * @param language the language the message is written in
 * @example localeChain('zh-TW', 'zh') // ['zh-TW', 'zh-Hant-TW', 'zh-Hant', 'zh', 'en']
 */
export function localeChain(locale: string | undefined, language: LanguageCode): string[] {
  return [...sharedLocaleChain(locale, language)];
}

const chains = boundedMemo((key: string): readonly string[] => {
  const at = key.lastIndexOf('\u0000');
  const locale = key.slice(0, at);
  return Object.freeze(buildLocaleChain(locale === '\u0001' ? undefined : locale, key.slice(at + 1) as LanguageCode));
});

/** {@link localeChain}, built once per locale and language and shared: callers must not change it. */
export function sharedLocaleChain(locale: string | undefined, language: LanguageCode): readonly string[] {
  return chains(`${locale ?? '\u0001'}\u0000${language}`);
}

function buildLocaleChain(locale: string | undefined, language: LanguageCode): string[] {
  const chain: string[] = [];
  const push = (tag: string): void => {
    if (!chain.includes(tag)) chain.push(tag);
  };
  const add = (parts: LocaleParts): void => {
    if (parts.region) {
      push(join(parts.language, parts.region));
      if (parts.script) push(join(parts.language, parts.script, parts.region));
    }
    if (parts.script) push(join(parts.language, parts.script));
    push(parts.language);
  };
  const parts = locale === undefined ? undefined : partsOf(locale);
  if (parts && language !== 'und' && parts.language !== language) {
    const written = partsOf(parts.region ? `${language}-${parts.region}` : language);
    if (written) add(written);
  }
  if (parts) add(parts);
  else if (language !== 'und') push(language);
  push('en');
  return chain;
}
