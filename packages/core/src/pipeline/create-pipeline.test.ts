import { describe, expect, it } from 'vitest';
import { ConfigError } from '../errors/config-error.js';
import { InputError } from '../errors/input-error.js';
import type { LianxingError } from '../errors/lianxing-error.js';
import type { Classifier, ClassifyInput } from '../spec/classifier-v1.js';
import { createTaxonomy } from '../taxonomy/taxonomy.js';
import type { ClassificationResult } from './classification-result.js';
import { unmaskPii } from '../stages/mask-pii.js';
import { createPipeline } from './create-pipeline.js';

/** A small real classifier for these tests: scores intents by the words it was given. */
function wordClassifier(id: string, words: Record<string, string>, options: { delayMs?: number; failOn?: string } = {}): Classifier {
  return {
    specificationVersion: 'v1',
    id,
    capabilities: { trainable: false, serializable: false },
    async classify(input: ClassifyInput) {
      if (options.delayMs) await new Promise((resolve) => setTimeout(resolve, options.delayMs));
      if (options.failOn && input.text.includes(options.failOn)) throw new Error('backend exploded');
      const lower = input.text.toLowerCase();
      const hits = Object.entries(words).filter(([word]) => lower.includes(word));
      return { predictions: hits.slice(0, 1).map(([word, intent]) => ({ intent, score: 0.9, evidence: [{ term: word }] })) };
    },
  };
}

const words = { track: 'order_tracking', where: 'order_tracking', refund: 'refund_request', review: 'complaint_escalation', thanks: 'positive_feedback', bitcoin: 'spam' };

describe('createPipeline', () => {
  const pipeline = createPipeline({ classifiers: [wordClassifier('words', words)] });

  it('runs every stage and explains itself', async () => {
    const result = await pipeline.classify({ id: 'm1', text: 'Where is my package? Order 112-4839201-5512873' });
    expect(result).toMatchObject({ id: 'm1', intent: 'order_tracking', risk: 'low', language: { code: 'en' } });
    expect(result.confidence).toBeCloseTo(0.9);
    expect(result.entities[0]).toMatchObject({ type: 'order_number', value: '112-4839201-5512873' });
    expect(result.explanation.contributions[0]).toMatchObject({ source: 'classifier:words', abstained: false, evidence: [{ term: 'where' }] });
    for (const stage of ['normalize', 'language', 'entities', 'rules', 'classifiers', 'fusion', 'sentiment', 'decision', 'suggestions', 'total'] as const) {
      expect(result.timings[stage]).toBeGreaterThanOrEqual(0);
    }
    expect(result.suggestions[0]?.templateId).toBe('order_tracking.friendly.en');
    expect(result.suggestions[0]?.text).toContain('112-4839201-5512873');
    expect(result.decision.action).toBe('auto_reply');
  });

  it('accepts a plain string', async () => {
    expect((await pipeline.classify('refund now')).intent).toBe('refund_request');
  });

  it('masks PII before classifiers see the text', async () => {
    const seen: string[] = [];
    const spy: Classifier = { specificationVersion: 'v1', id: 'spy', capabilities: { trainable: false, serializable: false }, classify: (input) => { seen.push(input.text); return { predictions: [] }; } };
    const result = await createPipeline({ classifiers: [spy] }).classify('mail me: ana@example.com, +1 415 555 2671');
    expect(seen).toEqual(['mail me: [EMAIL_1], [PHONE_1]']);
    expect(result.maskedText).toBe('mail me: [EMAIL_1], [PHONE_1]');
  });

  it('gives unknown and a hand-off for empty, emoji-only and unreadable text, never throwing', async () => {
    for (const text of ['', '   ', '😡😡', '\u0000\u0001\u0002\ufffd\ufffd', '배송이 언제 되나요?']) {
      const result = await pipeline.classify(text);
      expect(result.intent).toBe('unknown');
      expect(result.decision.action).toBe('human');
    }
    expect((await pipeline.classify('')).language.code).toBe('und');
    expect((await pipeline.classify('')).flags.empty).toBe(true);
  });

  it('classifies a 1 MB message, flagging truncation', async () => {
    const result = await pipeline.classify('where is my order? '.repeat(55_000));
    expect(result.flags.truncated).toBe(true);
    expect(result.intent).toBe('order_tracking');
  });

  it('throws a typed InputError only for input that is not text', async () => {
    await expect(pipeline.classify(42 as never)).rejects.toSatisfy((error: unknown) => InputError.isInstance(error) && (error as InputError).field === 'text');
    await expect(pipeline.classify({ id: 'x' } as never)).rejects.toThrow(/string `text`/);
  });

  it('lets the caller\'s language win', async () => {
    expect((await pipeline.classify({ text: 'ok', language: 'pt-BR' })).language).toMatchObject({ code: 'pt', source: 'caller' });
  });

  it('applies rules on top of classifiers', async () => {
    const withRules = createPipeline({ classifiers: [wordClassifier('words', words)], rules: [{ id: 'cfdi', intent: 'invoice_request', phrases: ['cfdi'], weight: 0.9 }] });
    const result = await withRules.classify('where is my CFDI');
    expect(result.intent).toBe('invoice_request');
    expect(result.explanation.contributions.map((contribution) => contribution.source)).toEqual(['classifier:words', 'rule:cfdi']);
  });

  it('fuses several classifiers run concurrently', async () => {
    // Each classifier counts how many are running when it starts: run one after the other, the count stays 1.
    let running = 0;
    let mostAtOnce = 0;
    const counting = (id: string, intent: string): Classifier => ({
      specificationVersion: 'v1', id, capabilities: { trainable: false, serializable: false },
      async classify() {
        running++;
        mostAtOnce = Math.max(mostAtOnce, running);
        await new Promise((resolve) => setTimeout(resolve, 10));
        running--;
        return { predictions: [{ intent, score: 0.9, evidence: [] }] };
      },
    });
    const both = createPipeline({ classifiers: [{ classifier: counting('slow', 'refund_request'), weight: 3 }, counting('other', 'refund_status')] });
    const result = await both.classify('refund please');
    expect(mostAtOnce).toBe(2);
    expect(result.intent).toBe('refund_request');
    expect(result.secondary[0]?.intent).toBe('refund_status');
  });

  it('weighs a classifier by the message\'s language when it has per-language weights', async () => {
    const fixed = (id: string, intent: string): Classifier => ({
      specificationVersion: 'v1', id, capabilities: { trainable: false, serializable: false },
      classify: () => ({ predictions: [{ intent, score: 0.9 }] }),
    });
    const weighted = createPipeline({ classifiers: [
      { classifier: fixed('refunds', 'refund_request'), weight: 1 },
      { classifier: fixed('status', 'refund_status'), weight: 2, weightByLanguage: { fr: 0.5 } },
    ] });
    const german = await weighted.classify({ text: 'Wo bleibt mein Geld', language: 'de' });
    const french = await weighted.classify({ text: 'Où est mon argent', language: 'fr' });
    expect(german.intent).toBe('refund_status');
    expect(french.intent).toBe('refund_request');
    expect(french.explanation.contributions.map((contribution) => contribution.weight)).toEqual([1, 0.5]);
    expect(german.explanation.contributions.map((contribution) => contribution.weight)).toEqual([1, 2]);
    expect(() => createPipeline({ classifiers: [{ classifier: fixed('status', 'refund_status'), weightByLanguage: { fr: undefined } as never }] })).not.toThrow();
    // Weights are copied as validated: changing the caller's object afterwards changes nothing.
    const weights: Record<string, number> = { fr: 0.5 };
    const copied = createPipeline({ classifiers: [{ classifier: fixed('refunds', 'refund_request'), weight: 1 }, { classifier: fixed('status', 'refund_status'), weight: 2, weightByLanguage: weights }] });
    weights.fr = 5;
    expect((await copied.classify({ text: 'Où est mon argent', language: 'fr' })).intent).toBe('refund_request');
    for (const weightByLanguage of [{ xx: 1 }, { fr: -1 }, { fr: Number.NaN }, 'fr', null] as never[]) {
      expect(() => createPipeline({ classifiers: [{ classifier: fixed('status', 'refund_status'), weightByLanguage }] })).toThrow(ConfigError);
    }
  });

  it('keeps going when one classifier fails, reporting the failure', async () => {
    const failing = wordClassifier('fragile', words, { failOn: 'refund' });
    const robust = wordClassifier('robust', words);
    const mixed = createPipeline({ classifiers: [failing, robust] });
    const errors: LianxingError[] = [];
    mixed.events.on('error', (error) => errors.push(error));
    const result = await mixed.classify({ id: 'm9', text: 'refund' });
    expect(result.intent).toBe('refund_request');
    expect(result.explanation.failures).toEqual([expect.objectContaining({ source: 'classifier:fragile', code: 'classifier_failed' })]);
    expect(errors[0]?.code).toBe('classifier_failed');
  });

  it('emits classified and handoff events', async () => {
    const classified: ClassificationResult[] = [];
    const handoffs: ClassificationResult[] = [];
    const local = createPipeline({ classifiers: [wordClassifier('words', words)] });
    local.events.on('classified', (result) => classified.push(result));
    local.events.on('handoff', (result) => handoffs.push(result));
    await local.classify('I will leave a bad review');
    await local.classify('thanks!');
    expect(classified.map((result) => result.intent)).toEqual(['complaint_escalation', 'positive_feedback']);
    expect(handoffs.map((result) => result.intent)).toEqual(['complaint_escalation']);
  });

  it('streams a batch in input order with one outcome per input, errors included', async () => {
    const slowFirst = createPipeline({ classifiers: [wordClassifier('w', words, { delayMs: 5 })] });
    async function* inputs() {
      yield { id: 'a', text: 'where is it' };
      yield { id: 'b', text: 42 as unknown as string };
      yield { id: 'c', text: 'refund' };
    }
    const outcomes = [];
    for await (const outcome of slowFirst.classifyBatch(inputs(), { concurrency: 2 })) outcomes.push(outcome);
    expect(outcomes.map((outcome) => [outcome.index, outcome.ok])).toEqual([[0, true], [1, false], [2, true]]);
    expect(outcomes[1]?.ok === false && outcomes[1].error.code).toBe('input_invalid');
    expect(outcomes[2]?.ok === true && outcomes[2].result.intent).toBe('refund_request');
  });

  it('works with a custom taxonomy', async () => {
    const taxonomy = createTaxonomy({ id: 'shop', intents: [
      { id: 'warranty', description: 'warranty', risk: 'high', defaultAction: 'suggest' },
      { id: 'other', description: 'other', risk: 'low', defaultAction: 'auto_reply' },
    ] });
    const custom = createPipeline({ taxonomy, classifiers: [wordClassifier('w', { warranty: 'warranty', track: 'order_tracking' })] });
    expect((await custom.classify('is this under warranty')).intent).toBe('warranty');
    // Predictions outside the taxonomy are dropped, never passed through.
    expect((await custom.classify('track it')).intent).toBe('unknown');
  });

  it('replaces a stage', async () => {
    const shouting = createPipeline({ classifiers: [], stages: { analyzeSentiment: () => ({ label: 'negative', score: -1, anger: 1, signals: ['custom'] }) } });
    expect((await shouting.classify('hello')).sentiment.signals).toEqual(['custom']);
  });

  it('rejects invalid options with a ConfigError naming the option', () => {
    expect(() => createPipeline({ fusion: { floor: 3 } })).toThrow(/fusion\.floor/);
    expect(() => createPipeline({ classifiers: [{} as Classifier] })).toThrow(/classifiers\.0/);
    expect(() => createPipeline({ classifiers: [{ ...wordClassifier('x', {}), specificationVersion: 'v9' as 'v1' }] })).toThrow(/v9/);
    expect(() => createPipeline({ stages: { nope: () => 1 } as never })).toThrow(ConfigError);
    expect(() => createPipeline({ policy: { intents: { made_up: 'suggest' } } })).toThrow(/made_up/);
  });

  it('stops waiting for slow classifiers when aborted, without emitting results', async () => {
    const never: Classifier = { specificationVersion: 'v1', id: 'never', capabilities: { trainable: false, serializable: false }, classify: () => new Promise(() => undefined) };
    const stuck = createPipeline({ classifiers: [never] });
    const classified: unknown[] = [];
    stuck.events.on('classified', (result) => classified.push(result));
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 20);
    await expect(stuck.classify('hello', { signal: controller.signal })).rejects.toMatchObject({ name: 'AbortedError', code: 'aborted' });
    expect(classified).toEqual([]);
  });

  it('never loses a result to a listener that throws; reports it as an error event', async () => {
    const local = createPipeline({ classifiers: [wordClassifier('words', words)] });
    const errors: LianxingError[] = [];
    local.events.on('classified', () => {
      throw new Error('listener bug with ana@example.com');
    });
    local.events.on('error', (error) => errors.push(error));
    const result = await local.classify('where is it');
    expect(result.intent).toBe('order_tracking');
    expect(errors[0]?.message).toMatch(/`classified` listener threw/);
    expect(errors[0]?.message).not.toContain('ana@example.com');
  });

  it('keeps personal data out of classifier failure messages', async () => {
    const leaky: Classifier = { specificationVersion: 'v1', id: 'leaky', capabilities: { trainable: false, serializable: false }, classify: () => { throw new Error('cannot score: call +1 415 555 2671 or ana@example.com'); } };
    const result = await createPipeline({ classifiers: [leaky] }).classify('hello');
    expect(result.explanation.failures[0]?.message).toMatch(/\[NUMBER\] or \[EMAIL\]/);
  });

  it('labels each masked entity with its placeholder in maskedText', async () => {
    const result = await pipeline.classify('mail a@example.com or b@example.com, call +1 415 555 2671');
    expect(result.maskedText).toBe('mail [EMAIL_1] or [EMAIL_2], call [PHONE_1]');
    expect(result.entities.map((entity) => entity.placeholder)).toEqual(['[EMAIL_1]', '[EMAIL_2]', '[PHONE_1]']);
  });

  it('rejects a single string passed to classifyBatch', async () => {
    await expect(pipeline.classifyBatch('hello' as never).next()).rejects.toMatchObject({ code: 'input_invalid' });
  });

  it('honours an aborted signal', async () => {
    const controller = new AbortController();
    controller.abort();
    await expect(pipeline.classify('hi', { signal: controller.signal })).rejects.toMatchObject({ code: 'aborted' });
  });
});

describe('createPipeline: entities and personal data', () => {
  const text = 'Pedido 112-4839201-5512873: escríbeme a ana@example.com o al +52 55 1234 5678, tarjeta 4111 1111 1111 1111';
  const secrets = ['ana@example.com', '55 1234 5678', '4111 1111 1111 1111', '4111111111111111', '+525512345678'];

  it('sends masked text to classifiers and masked entities to every event, while the caller gets the originals', async () => {
    const seen: string[] = [];
    const spy: Classifier = { specificationVersion: 'v1', id: 'spy', capabilities: { trainable: false, serializable: false }, classify: (input) => { seen.push(input.text); return { predictions: [] }; } };
    const local = createPipeline({ classifiers: [spy] });
    const payloads: string[] = [];
    local.events.on('classified', (result) => payloads.push(JSON.stringify(result)));
    local.events.on('handoff', (result) => payloads.push(JSON.stringify(result)));
    const result = await local.classify({ id: 'm1', text, language: 'es' });

    expect(seen).toEqual(['Pedido 112-4839201-5512873: escríbeme a [EMAIL_1] o al [PHONE_1], tarjeta [CARD_1]']);
    expect(payloads).toHaveLength(2); // unknown intent: classified and handoff
    for (const payload of payloads) {
      for (const secret of secrets) expect(payload).not.toContain(secret);
      expect(payload).toContain('112-4839201-5512873');
      expect(payload).toContain('[EMAIL_1]');
    }
    expect(result.entities.find((entity) => entity.type === 'email')).toMatchObject({ text: 'ana@example.com', placeholder: '[EMAIL_1]' });
    expect(unmaskPii(result.maskedText, result.entities)).toBe(text);
  });

  it('masks personal data for a handoff listener alone, and returns the same result whether anyone listens or not', async () => {
    const quiet = createPipeline({ classifiers: [wordClassifier('words', words)] });
    const heard = createPipeline({ classifiers: [wordClassifier('words', words)] });
    const payloads: string[] = [];
    heard.events.on('handoff', (result) => payloads.push(JSON.stringify(result)));
    const input = { id: 'm1', text, language: 'es' };
    const withoutListener = await quiet.classify(input);
    const withListener = await heard.classify(input);
    expect(payloads).toHaveLength(1);
    for (const secret of secrets) expect(payloads[0]).not.toContain(secret);
    expect(payloads[0]).toContain('[EMAIL_1]');
    const { timings: _quietTimings, ...quietRest } = withoutListener;
    const { timings: _heardTimings, ...heardRest } = withListener;
    expect(heardRest).toStrictEqual(quietRest);
    expect(withListener.entities.find((entity) => entity.type === 'email')?.text).toBe('ana@example.com');
  });

  it('fuses a synchronous and an asynchronous classifier in the order they were given', async () => {
    const sync: Classifier = { specificationVersion: 'v1', id: 'sync', capabilities: { trainable: false, serializable: false }, classify: () => ({ predictions: [{ intent: 'refund_request', score: 0.8 }] }) };
    const mixed = createPipeline({ classifiers: [wordClassifier('async', words, { delayMs: 1 }), sync] });
    const result = await mixed.classify('where is it');
    expect(result.explanation.contributions.map((contribution) => contribution.source)).toEqual(['classifier:async', 'classifier:sync']);
    expect(result.explanation.contributions.map((contribution) => contribution.top[0]?.intent)).toEqual(['order_tracking', 'refund_request']);
  });

  it('masks what the PII policy adds, keeps what it removes, and rejects a bad policy naming the field', async () => {
    const strict = createPipeline({ pii: { include: ['order_number'], exclude: ['card_number'] } });
    const result = await strict.classify({ text, language: 'es' });
    expect(result.maskedText).toBe('Pedido [ORDER_1]: escríbeme a [EMAIL_1] o al [PHONE_1], tarjeta 4111 1111 1111 1111');
    expect(() => createPipeline({ pii: { include: ['Order Number'] } })).toThrow(/pii\.include\.0/);
    expect(() => createPipeline({ pii: { types: 'email' } as never })).toThrow(ConfigError);
  });

  it('keeps PII out of events, while the in-process result can still be unmasked', async () => {
    const strict = createPipeline({ classifiers: [wordClassifier('words', words)], pii: { include: ['tracking_number'] } });
    const payloads: string[] = [];
    strict.events.on('classified', (result) => payloads.push(JSON.stringify(result)));
    const result = await strict.classify('Where is my package? UPS 1Z999AA10123456784');
    expect(result.entities.find((entity) => entity.type === 'tracking_number')?.value).toBe('1Z999AA10123456784');
    // Replies never fill a template from personal data: the number the policy calls PII is not in the suggestion.
    expect(result.suggestions.map((suggestion) => suggestion.text).join(' ')).not.toContain('1Z999AA10123456784');
    expect(payloads[0]).not.toContain('1Z999AA10123456784');
    expect(payloads[0]).toContain('[TRACKING_1]');
  });

  it('counts relative dates from the message\'s createdAt and reads national numbers for its site', async () => {
    const result = await createPipeline().classify({ text: '¿llega mañana? mi cel 55 1234 5678', language: 'es', site: 'MLM', marketplace: 'mercadolibre', createdAt: '2026-03-02T23:30:00-06:00' });
    expect(result.entities.map((entity) => `${entity.type}:${entity.value}`)).toEqual(['date:2026-03-03', 'phone:+525512345678']);
  });
});
