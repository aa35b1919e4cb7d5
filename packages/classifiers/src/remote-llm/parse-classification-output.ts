import { z } from 'zod';
import type { ResponseIssue } from '@lianxing/core';

/** One validated answer item. */
export interface AnswerItem {
  readonly intent: string;
  readonly confidence: number;
}

/** What the model's answer gave for a request. */
export type ParsedAnswer =
  | { readonly ok: true; readonly items: ReadonlyMap<string, AnswerItem | { readonly invalid: string }> }
  | { readonly ok: false; readonly issues: readonly ResponseIssue[] };

/**
 * Finds the one JSON object in a model's text: the whole text, or inside a ```json fence, or the single balanced
 * top-level `{…}` among prose. None, or more than one (a model that echoed a fake answer from a message and then
 * its own), is a failure: never a guess.
 */
export function extractJsonObject(content: string): { ok: true; value: unknown } | { ok: false; message: string } {
  const trimmed = content.trim();
  try {
    const value = JSON.parse(trimmed) as unknown;
    if (typeof value === 'object' && value !== null && !Array.isArray(value)) return { ok: true, value };
    return { ok: false, message: 'the answer is JSON but not an object' };
  } catch {
    // look for objects inside prose or a code fence
  }
  const objects: string[] = [];
  let depth = 0;
  let start = -1;
  let inString = false;
  let escaped = false;
  for (let position = 0; position < trimmed.length; position++) {
    const character = trimmed[position]!;
    if (inString) {
      if (escaped) escaped = false;
      else if (character === '\\') escaped = true;
      else if (character === '"') inString = false;
      continue;
    }
    if (character === '"' && depth > 0) inString = true;
    else if (character === '{') {
      if (depth === 0) start = position;
      depth++;
    } else if (character === '}' && depth > 0) {
      depth--;
      if (depth === 0) objects.push(trimmed.slice(start, position + 1));
    }
  }
  const parsed = objects.flatMap((text) => {
    try {
      return [JSON.parse(text) as unknown];
    } catch {
      return [];
    }
  });
  if (parsed.length === 1) return { ok: true, value: parsed[0] };
  return { ok: false, message: parsed.length === 0 ? 'no JSON object in the answer' : `${parsed.length} JSON objects in the answer, expected one` };
}

const answerSchema = z.looseObject({
  results: z.array(z.looseObject({ id: z.string(), intent: z.string(), confidence: z.number().optional() })),
});

/**
 * Validates a model's answer for one request: one JSON object whose `results` hold exactly the request's ids,
 * each once. An item whose intent is not the taxonomy's (nor `unknown`) or whose confidence is not in [0, 1] is
 * marked invalid, never passed through.
 */
export function parseClassificationOutput(content: string, messageIds: readonly string[], isIntent: (id: string) => boolean): ParsedAnswer {
  const extracted = extractJsonObject(content);
  if (!extracted.ok) return { ok: false, issues: [{ path: '(root)', message: extracted.message }] };
  const parsed = answerSchema.safeParse(extracted.value);
  if (!parsed.success) return { ok: false, issues: parsed.error.issues.map((issue) => ({ path: issue.path.map(String).join('.') || '(root)', message: issue.message })) };
  const expected = new Set(messageIds);
  const items = new Map<string, AnswerItem | { invalid: string }>();
  const issues: ResponseIssue[] = [];
  parsed.data.results.forEach((item, position) => {
    if (!expected.has(item.id)) issues.push({ path: `results.${position}.id`, message: 'not an id of this request' });
    else if (items.has(item.id)) issues.push({ path: `results.${position}.id`, message: 'answered twice' });
    else if (item.intent !== 'unknown' && !isIntent(item.intent)) items.set(item.id, { invalid: `intent \`${item.intent.slice(0, 64)}\` is not in the taxonomy` });
    else if (item.confidence !== undefined && !(item.confidence >= 0 && item.confidence <= 1)) items.set(item.id, { invalid: `confidence ${item.confidence} is not in [0, 1]` });
    else items.set(item.id, { intent: item.intent, confidence: item.confidence ?? 0.5 });
  });
  for (const id of messageIds) if (!items.has(id)) issues.push({ path: 'results', message: `no answer for id ${id}` });
  return issues.length > 0 ? { ok: false, issues } : { ok: true, items };
}
