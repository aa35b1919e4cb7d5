import { z } from 'zod';
import type { TemplateVariableSpec } from '../schemas/template.js';
import { boundedMemo } from './bounded-memo.js';

const numberValue = z.string().trim().regex(/^-?\d+(?:\.\d+)?$/).transform(Number);
const dateValue = z.union([z.iso.date(), z.iso.datetime({ offset: true })]);
const patterns = new Map<string, RegExp>();
// Formatters are costly to build and few: one per locale (and date style and time zone).
const numberFormat = boundedMemo((locale: string) => new Intl.NumberFormat(locale));
const dateFormat = boundedMemo((key: string) => {
  // The locale (a template's) and the style hold no separator; the time zone, the caller's, is all the rest.
  const [locale = '', dateStyle, ...zone] = key.split('\u0000');
  return new Intl.DateTimeFormat(locale, { dateStyle: dateStyle as 'full' | 'long' | 'medium' | 'short', timeZone: zone.join('\u0000') });
});

function patternOf(source: string): RegExp {
  let regex = patterns.get(source);
  if (!regex) {
    regex = new RegExp(source, 'u');
    patterns.set(source, regex);
  }
  return regex;
}

/** Options for writing a variable's value. */
export interface FormatVariableOptions {
  /** The locale the template is written in. */
  readonly locale: string;
  /** The time zone dates are written in. @default 'UTC' */
  readonly timeZone?: string | undefined;
}

/**
 * Checks a raw value against a variable's declared type and writes it for the template's locale: numbers with the
 * locale's separators, ISO dates the locale's way. Returns `undefined` for a value that does not fit the type, is
 * empty, or holds template braces (it is then treated as missing, and the template is not eligible).
 * @example formatVariable('2026-05-03', { type: 'date', dateStyle: 'long' }, { locale: 'ja-JP' }) // '2026年5月3日'
 */
export function formatVariable(raw: string, spec: TemplateVariableSpec, options: FormatVariableOptions): string | undefined {
  // A value is one line of plain text: control characters and line breaks become spaces.
  // eslint-disable-next-line no-control-regex -- removing control characters is the point
  const value = raw.replace(/[\u0000-\u001f\u007f]+/g, ' ').trim();
  if (value === '' || value.includes('{{') || value.includes('}}')) return undefined;
  if (spec.maxLength !== undefined && value.length > spec.maxLength) return undefined;
  if (spec.pattern !== undefined && !patternOf(spec.pattern).test(value)) return undefined;
  if (spec.type === 'number') {
    const parsed = numberValue.safeParse(value);
    return parsed.success ? numberFormat(options.locale).format(parsed.data) : undefined;
  }
  if (spec.type === 'date') {
    if (!dateValue.safeParse(value).success) return undefined;
    // A bare date is a calendar day: write it as that day, whatever the time zone.
    const bareDate = value.length === 10;
    const date = new Date(bareDate ? `${value}T12:00:00Z` : value);
    if (Number.isNaN(date.getTime())) return undefined;
    try {
      return dateFormat(`${options.locale}\u0000${spec.dateStyle ?? 'long'}\u0000${bareDate ? 'UTC' : (options.timeZone ?? 'UTC')}`).format(date);
    } catch {
      return undefined;
    }
  }
  return value;
}
