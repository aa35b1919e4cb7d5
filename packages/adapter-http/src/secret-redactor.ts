const URL_QUERY = /(https?:\/\/[^\s?#"'<>]+)\?[^\s#"'<>]*/g;
const REDACTED = '[REDACTED]';
/** Secrets shorter than this are not searched for: they would match ordinary text. */
const MIN_SECRET_LENGTH = 6;

/** Removes secrets from text and from errors before they leave an adapter. */
export interface SecretRedactor {
  /** `text` with every known secret replaced and every URL's query string dropped. */
  redactText(text: string): string;
  /**
   * Scrubs `error` and its cause chain in place: messages, stacks and string properties lose the secrets; ky's
   * `request`, `response` and `options` (which hold headers, tokens and signed URLs) become plain summaries.
   * Returns the same error.
   */
  scrubError<T>(error: T): T;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function summarizeRequest(value: unknown): { method: string; path: string } | undefined {
  if (!(value instanceof Request)) return undefined;
  return { method: value.method, path: new URL(value.url).pathname };
}

function summarizeResponse(value: unknown): { status: number; statusText: string } | undefined {
  if (!(value instanceof Response)) return undefined;
  return { status: value.status, statusText: value.statusText };
}

/**
 * Creates a redactor over the secrets `secrets()` lists at the time of each call (so refreshed tokens are
 * covered too).
 * @example
 * const redactor = createSecretRedactor(() => [options.appSecret, tokens.current()?.accessToken]);
 * throw redactor.scrubError(error);
 */
export function createSecretRedactor(secrets: () => Iterable<string | undefined>): SecretRedactor {
  const redactText = (text: string): string => {
    let result = text.replace(URL_QUERY, '$1?[query removed]');
    for (const secret of secrets()) {
      if (secret === undefined || secret.length < MIN_SECRET_LENGTH) continue;
      result = result.replace(new RegExp(escapeRegExp(secret), 'g'), REDACTED);
      const encoded = encodeURIComponent(secret);
      if (encoded !== secret) result = result.replace(new RegExp(escapeRegExp(encoded), 'g'), REDACTED);
    }
    return result;
  };

  const scrubOne = (error: Error): void => {
    const record = error as unknown as Record<string, unknown>;
    for (const key of Object.getOwnPropertyNames(error)) {
      const descriptor = Object.getOwnPropertyDescriptor(error, key);
      if (!descriptor || !('value' in descriptor) || !descriptor.writable) continue;
      const value: unknown = descriptor.value;
      if (typeof value === 'string') record[key] = redactText(value);
      else if (key === 'request') record[key] = summarizeRequest(value);
      else if (key === 'response') record[key] = summarizeResponse(value);
      else if (key === 'options') record[key] = undefined;
    }
  };

  return {
    redactText,
    scrubError(error) {
      const seen = new Set<unknown>();
      let current: unknown = error;
      while (current instanceof Error && !seen.has(current) && seen.size < 10) {
        seen.add(current);
        scrubOne(current);
        current = current.cause;
      }
      return error;
    },
  };
}
