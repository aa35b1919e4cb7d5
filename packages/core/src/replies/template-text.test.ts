import { describe, expect, it } from 'vitest';
import { parseTemplateText, writeTemplateNodes } from './template-text.js';

const render = (text: string, values: Record<string, string>): string | string[] => {
  const parsed = parseTemplateText(text);
  if (!parsed.ok) throw new Error(parsed.error.message);
  const written = writeTemplateNodes(parsed.parsed.nodes, (name) => values[name]);
  return written.ok ? written.text : written.missing;
};

describe('parseTemplateText', () => {
  it('finds required and optional variables', () => {
    const parsed = parseTemplateText('Hi{{#name}} {{name}}{{/name}}! Order {{ orderId }}.{{^tracking}} Soon.{{/tracking}}');
    expect(parsed.ok && parsed.parsed.required).toEqual(['orderId']);
    expect(parsed.ok && parsed.parsed.variables).toEqual(['name', 'orderId', 'tracking']);
  });

  it.each([
    ['Hi {{name}', 'a `{{` or `}}`'],
    ['Hi {{na me}}', 'a `{{` or `}}`'],
    ['{{#a}}x', 'never closed'],
    ['x{{/a}}', 'never opened'],
    ['{{#a}}{{#b}}x{{/a}}{{/b}}', 'closes `{{#b}}`'],
    ['{{^a}}{{a}}{{/a}}', 'never has a value'],
    ['}} stray', 'a `{{` or `}}`'],
  ])('rejects %s', (text, message) => {
    const parsed = parseTemplateText(text);
    expect(parsed.ok).toBe(false);
    expect(!parsed.ok && parsed.error.message).toContain(message);
  });

  it('reports where the problem is', () => {
    const parsed = parseTemplateText('Hello {{#name}}there');
    expect(!parsed.ok && parsed.error.offset).toBe(6);
  });
});

describe('writeTemplateNodes', () => {
  it('writes sections only when their variable has a value, inverted sections only when it has none', () => {
    const text = 'Hi{{#name}} {{name}}{{/name}}!{{#tracking}} Tracking: {{tracking}}.{{/tracking}}{{^tracking}} Soon.{{/tracking}}';
    expect(render(text, {})).toBe('Hi! Soon.');
    expect(render(text, { name: 'Ana', tracking: 'T1' })).toBe('Hi Ana! Tracking: T1.');
  });

  it('says which variables a written part lacks', () => {
    expect(render('{{a}} and {{#b}}{{c}}{{/b}}', { b: 'x' })).toEqual(['a', 'c']);
    expect(render('{{#b}}{{c}}{{/b}} fine', {})).toBe(' fine');
  });
});
