import { decodeHTML } from 'entities';

/** Options of {@link normalizeText}. */
export interface NormalizeOptions {
  /** Longest text kept, in UTF-16 code units; longer text is cut and flagged `truncated`. @default 5000 */
  readonly maxLength?: number;
}

/** Facts about the input that the normalizer noticed. */
export interface TextFlags {
  readonly truncated: boolean;
  readonly htmlStripped: boolean;
  readonly empty: boolean;
  /** Many control or replacement characters: probably binary data pasted as text. */
  readonly binaryLike: boolean;
}

/** The normalized text, with flags and the original length. */
export interface NormalizedText {
  readonly text: string;
  readonly originalLength: number;
  readonly flags: TextFlags;
}

const HTML_TAG = /<\/?[a-z][a-z0-9-]*(?:\s[^<>]*)?\/?>|<!--[\s\S]*?-->/i;
const HTML_BLOCKS = /<(script|style)\b[^>]*>[\s\S]*?<\/\1\s*>/gi;
const HTML_BREAKS = /<(?:br|\/p|\/div|\/li|\/tr|\/h[1-6])\b[^>]*>/gi;
const HTML_TAGS = /<\/?[a-z][a-z0-9-]*(?:\s[^<>]*)?\/?>|<!--[\s\S]*?-->/gi;
const HTML_ENTITY = /&(?:[a-z][a-z0-9]{1,31}|#\d{1,7}|#x[0-9a-f]{1,6});/i;
// Zero-width and invisible formatting characters, including the BOM and soft hyphen.
const INVISIBLE = /[\u200b-\u200d\u2060-\u2064\ufeff\u00ad\u180e]/g;
// C0/C1 controls except tab, newline and carriage return; U+FFFD (decoding failure); lone surrogates.
// eslint-disable-next-line no-control-regex -- detecting control characters is this stage's job
const BINARY_LIKE = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\ufffd]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;
const WHITESPACE_RUN = /\s+/g;
// Prefilters: whether a replacement would change anything (most messages have nothing to replace).
const HAS_INVISIBLE = new RegExp(INVISIBLE.source);
const HAS_BINARY_LIKE = new RegExp(BINARY_LIKE.source);
/** Whitespace other than single spaces: what WHITESPACE_RUN would change. */
const HAS_WHITESPACE_TO_FOLD = /[^\S ]|\s\s/;
// eslint-disable-next-line no-control-regex -- the ASCII range starts at U+0000
const NON_ASCII = /[^\u0000-\u007f]/;

/** Cuts `text` to at most `length` code units without splitting a surrogate pair. */
function cut(text: string, length: number): string {
  if (text.length <= length) return text;
  const code = text.charCodeAt(length - 1);
  return text.slice(0, code >= 0xd800 && code <= 0xdbff ? length - 1 : length);
}

/**
 * The first pipeline stage: makes text comparable. Strips HTML tags and decodes entities, applies Unicode NFKC
 * (full-width letters and digits become half-width), removes zero-width and control characters, folds
 * whitespace, and caps the length. Never throws on a string.
 * @example normalizeText('<p>Ｏｒｄｅｒ\u3000１２３&nbsp;?</p>').text // 'Order 123 ?'
 */
export function normalizeText(input: string, options: NormalizeOptions = {}): NormalizedText {
  const maxLength = options.maxLength ?? 5000;
  const originalLength = input.length;
  // Bound the work on huge inputs before any full-text pass: keep a margin for what stripping removes.
  let text = cut(input, maxLength * 4 + 1024);
  let truncated = text.length < originalLength;

  let htmlStripped = false;
  if (HTML_TAG.test(text)) {
    text = text.replace(HTML_BLOCKS, ' ').replace(HTML_BREAKS, '\n').replace(HTML_TAGS, ' ');
    htmlStripped = true;
  }
  if (HTML_ENTITY.test(text)) text = decodeHTML(text);

  let binaryCount = 0;
  if (HAS_BINARY_LIKE.test(text)) {
    text = text.replace(BINARY_LIKE, () => {
      binaryCount++;
      return ' ';
    });
  }
  const binaryLike = binaryCount > 0 && binaryCount / Math.max(1, text.length) > 0.1;

  // ASCII text is its own NFKC form and has no invisible characters.
  if (NON_ASCII.test(text)) {
    text = text.normalize('NFKC');
    if (HAS_INVISIBLE.test(text)) text = text.replace(INVISIBLE, '');
  }
  if (HAS_WHITESPACE_TO_FOLD.test(text)) text = text.replace(WHITESPACE_RUN, ' ');
  text = text.trim();
  if (text.length > maxLength) {
    text = cut(text, maxLength).trimEnd();
    truncated = true;
  }
  return { text, originalLength, flags: { truncated, htmlStripped, empty: text.length === 0, binaryLike } };
}
