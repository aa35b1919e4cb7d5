import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'vitest';
import { extractEntities } from '@lianxing/core';

/** One piece of personal data found in a fixture. */
export interface PersonalDataFinding {
  readonly file: string;
  /** Where in the JSON, e.g. `data.messages.0.content`. */
  readonly path: string;
  readonly type: 'email' | 'phone';
  readonly text: string;
}

// Keys whose values are identifiers, not text: long digit strings there are ids, not phone numbers.
const ID_KEY = /(?:^|_)(?:id|ids|index|cipher|token|timestamp|time)$|Id$|^(?:resource|_id)$/i;
const EMAIL = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}.-]+\.[\p{L}]{2,}/u;

function walk(value: unknown, path: string, key: string, visit: (text: string, path: string, key: string) => void): void {
  if (typeof value === 'string') {
    // Marketplaces nest JSON in strings (TikTok's `content`): read inside those.
    if (/^\s*[[{]/.test(value)) {
      try {
        walk(JSON.parse(value) as unknown, path, key, visit);
        return;
      } catch {
        // Not JSON after all: read it as text.
      }
    }
    visit(value, path, key);
  } else if (Array.isArray(value)) {
    value.forEach((item, index) => walk(item, `${path}.${index}`, key, visit));
  } else if (typeof value === 'object' && value !== null) {
    for (const [name, item] of Object.entries(value)) walk(item, path ? `${path}.${name}` : name, name, visit);
  }
}

/**
 * Finds e-mail addresses and phone numbers in every string of every `.json` file of `directory` (nested JSON
 * strings included). Identifier fields (`*_id`, `index`, tokens, timestamps) are not read as phone numbers.
 */
export function findPersonalData(directory: string): PersonalDataFinding[] {
  const findings: PersonalDataFinding[] = [];
  for (const file of readdirSync(directory).filter((name) => name.endsWith('.json')).sort()) {
    const json = JSON.parse(readFileSync(join(directory, file), 'utf8')) as unknown;
    walk(json, '', '', (text, path, key) => {
      const email = EMAIL.exec(text);
      if (email) findings.push({ file, path, type: 'email', text: email[0] });
      if (ID_KEY.test(key) || /^\d+$/.test(text)) return;
      for (const entity of extractEntities(text, { piiTypes: ['phone'] })) {
        if (entity.type === 'phone') findings.push({ file, path, type: 'phone', text: entity.text });
      }
    });
  }
  return findings;
}

/**
 * Fails the test when a fixture holds an e-mail address or a phone number: recorded payloads must be scrubbed.
 * @example
 * it('fixtures are scrubbed', () => expectFixturesScrubbed(fileURLToPath(new URL('./__fixtures__', import.meta.url))));
 */
export function expectFixturesScrubbed(directory: string): void {
  const files = readdirSync(directory).filter((name) => name.endsWith('.json'));
  expect(files.length, `no fixtures in ${directory}`).toBeGreaterThan(0);
  expect(findPersonalData(directory)).toEqual([]);
}
