import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError } from '../errors/config-error.js';
import { loadKnowledgeBaseFile, loadTemplatesFile, parseKnowledgeBaseDocument, parseTemplatesDocument } from './index.js';

const YAML_TEMPLATES = `
templates:
  - id: order_tracking.friendly.es-MX
    intents: [order_tracking]
    locale: es-MX
    tone: friendly
    text: |-
      ¡Hola{{#buyerName}}, {{buyerName}}{{/buyerName}}! Tu guía es {{trackingNumber}}.
  - id: invoice_request.formal.ja
    intents: [invoice_request]
    locale: ja-JP
    tone: formal
    keigo: sonkeigo
    conditions:
      orderStatus: [shipped, delivered]
    text: 領収書を発行いたします。
`;

describe('parseTemplatesDocument', () => {
  it('reads templates from YAML, as a list or under `templates`', () => {
    const templates = parseTemplatesDocument(YAML_TEMPLATES, { source: 'templates.yaml' });
    expect(templates.map((template) => template.id)).toEqual(['order_tracking.friendly.es-MX', 'invoice_request.formal.ja']);
    expect(templates[1]).toMatchObject({ locale: 'ja-JP', keigo: 'sonkeigo', conditions: { orderStatus: ['shipped', 'delivered'] } });
    expect(parseTemplatesDocument('- { id: a, intents: [greeting_other], locale: en, text: Hi }')).toHaveLength(1);
  });

  it('reads JSON', () => {
    expect(parseTemplatesDocument('[{"id":"a","intents":["greeting_other"],"locale":"en","text":"Hi"}]', { format: 'json' })[0]?.tone).toBe('friendly');
  });

  it('names the template id and field path of an invalid template', () => {
    const broken = YAML_TEMPLATES.replace('tone: formal', 'tone: grumpy').replace('Tu guía es {{trackingNumber}}', 'Tu guía es {{trackingNumber}');
    try {
      parseTemplatesDocument(broken, { source: 'templates.yaml' });
      expect.unreachable('an invalid template must throw');
    } catch (error) {
      expect(ConfigError.isInstance(error)).toBe(true);
      const configError = error as ConfigError;
      expect(configError.message).toContain('templates.yaml');
      expect(configError.message).toContain('`order_tracking.friendly.es-MX`');
      expect(configError.message).toContain('`invoice_request.formal.ja`');
      expect(configError.issues.map((issue) => issue.path)).toEqual(['templates.0.text', 'templates.1.tone']);
    }
  });

  it('reports YAML and JSON syntax errors with where they are', () => {
    expect(() => parseTemplatesDocument('templates:\n  - id: a\n    text: [unclosed', { source: 'bad.yaml' })).toThrow(/bad\.yaml is not valid YAML at line \d+, column \d+/);
    expect(() => parseTemplatesDocument('templates:\n  - id: a\n    id: b\n', { source: 'dup.yaml' })).toThrow(/dup\.yaml is not valid YAML/);
    expect(() => parseTemplatesDocument('{"templates": [', { format: 'json', source: 'bad.json' })).toThrow(/bad\.json is not valid JSON/);
    expect(() => parseTemplatesDocument('just: text', { source: 'odd.yaml' })).toThrow(/must hold a list/);
  });

  it('refuses alias bombs', () => {
    const bomb = ['a: &a [x, x, x, x, x, x, x, x, x, x]', ...Array.from({ length: 8 }, (_, index) => `${String.fromCharCode(98 + index)}: &${String.fromCharCode(98 + index)} [${Array(10).fill(`*${String.fromCharCode(97 + index)}`).join(', ')}]`), 'templates: []'].join('\n');
    expect(() => parseTemplatesDocument(bomb)).toThrow(ConfigError);
  });
});

describe('loading files', () => {
  const dir = mkdtempSync(join(tmpdir(), 'lianxing-loaders-'));

  it('loads templates and knowledge-base entries from .yaml and .json files', async () => {
    writeFileSync(join(dir, 'templates.yml'), YAML_TEMPLATES);
    writeFileSync(join(dir, 'faq.json'), JSON.stringify({ entries: [{ id: 'xl', questions: ['Does it come in XL?'], answers: { en: 'Yes.' } }] }));
    expect(await loadTemplatesFile(join(dir, 'templates.yml'))).toHaveLength(2);
    expect((await loadKnowledgeBaseFile(join(dir, 'faq.json')))[0]?.id).toBe('xl');
  });

  it('names the file it cannot read', async () => {
    await expect(loadTemplatesFile(join(dir, 'missing.yaml'))).rejects.toThrow(/missing\.yaml \(ENOENT\)/);
  });

  it('names the entry and field of an invalid knowledge-base document', () => {
    expect(() => parseKnowledgeBaseDocument('entries:\n  - id: xl\n    questions: []\n    answers: { en: Yes }', { source: 'faq.yaml' })).toThrow(/faq\.yaml.*entries\.0\.questions.*`xl`/);
  });
});
