import { redactDetail } from '@lianxing/core';

const KEY_PATTERNS = [/\bsk-[A-Za-z0-9_-]{6,}/g, /\b(Bearer)\s+[^\s"',]+/gi, /\b(api[-_]?key)(["']?\s*[:=]\s*["']?)[^\s"',&]+/gi];

/**
 * Removes the API key (and anything that looks like one), e-mails and long numbers from text meant for an error
 * message: servers sometimes echo the key or the buyer's text in their error bodies.
 */
export function scrubSecrets(text: string, apiKey: string | undefined): string {
  let scrubbed = apiKey && apiKey.length >= 4 ? text.split(apiKey).join('[REDACTED]') : text;
  scrubbed = scrubbed.replace(KEY_PATTERNS[0]!, '[REDACTED]').replace(KEY_PATTERNS[1]!, '$1 [REDACTED]').replace(KEY_PATTERNS[2]!, '$1$2[REDACTED]');
  return redactDetail(scrubbed);
}

/** The URL without its query string or credentials: safe to show. */
export function publicUrl(url: string): string {
  try {
    const parsed = new URL(url);
    return `${parsed.protocol}//${parsed.host}${parsed.pathname}`;
  } catch {
    return '(invalid URL)';
  }
}
