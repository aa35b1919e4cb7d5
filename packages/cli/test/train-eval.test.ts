import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from './run-cli-helper.js';

const examples = [
  ...['is this covered by warranty', 'warranty claim please', 'my warranty still valid?', 'how long is the warranty', 'garantía del producto', 'la garantia cubre esto?'].map((text) => ({ text, intent: 'warranty_claim' })),
  ...['do you ship to canada', 'shipping to mexico?', 'can you send it to brazil', 'do you deliver abroad', 'envían a colombia?', 'hacen envíos a chile'].map((text) => ({ text, intent: 'shipping_destinations' })),
  ...['love this shop', 'great service thanks', 'thank you so much', 'amazing quality', 'muchas gracias', 'me encantó'].map((text) => ({ text, intent: 'praise' })),
];

describe('lianxing train / eval / classify --model', () => {
  const dir = mkdtempSync(join(tmpdir(), 'lianxing-train-'));
  const jsonl = join(dir, 'history.jsonl');
  writeFileSync(jsonl, examples.map((example) => JSON.stringify(example)).join('\n') + '\n');

  it('trains on JSONL with custom intents and writes a model', async () => {
    const model = join(dir, 'model.json');
    const { code, stdout, stderr } = await run(['train', jsonl, '--out', model, '--epochs', '20']);
    expect(code).toBe(0);
    expect(stdout).toMatch(/trained on 18 examples, 3 intents/);
    // 6 examples per intent leave no held-out fold (10% rounds to 0): one pass of 20 epochs.
    expect(stderr).toMatch(/training \[#+\] 20\/20 epochs/);
    expect(existsSync(model)).toBe(true);
    const classified = await run(['classify', '--model', model, '--format', 'jsonl', 'does the warranty cover this']);
    expect(JSON.parse(classified.stdout)).toMatchObject({ intent: 'warranty_claim' });
    const evaluation = await run(['eval', jsonl, '--model', model]);
    expect(evaluation.code).toBe(0);
    expect(evaluation.stdout).toMatch(/accuracy {4}\d+\.\d%/);
    expect(evaluation.stdout).toMatch(/per intent/);
    const json = await run(['eval', jsonl, '--model', model, '--format', 'json']);
    expect(JSON.parse(json.stdout)).toMatchObject({ count: 18 });
  });

  it('trains on CSV with a header row', async () => {
    const csv = join(dir, 'history.csv');
    writeFileSync(csv, 'text,label\n' + examples.map((example) => `"${example.text.replace(/"/g, '""')}",${example.intent}`).join('\n') + '\n');
    const { code, stdout } = await run(['train', csv, '--out', join(dir, 'csv-model.json')]);
    expect(code).toBe(0);
    expect(stdout).toMatch(/18 examples, 3 intents/);
  });

  it('names bad lines and bad labels, exiting 2', async () => {
    const bad = join(dir, 'bad.jsonl');
    writeFileSync(bad, `${JSON.stringify(examples[0])}\n{oops\n{"text":"no label"}\n`);
    const broken = await run(['train', bad, '--out', join(dir, 'x.json')]);
    expect(broken.code).toBe(2);
    expect(broken.stderr).toMatch(/line 2: invalid JSON; line 3: missing "intent"/);
    const lonely = join(dir, 'lonely.jsonl');
    writeFileSync(lonely, [...examples, { text: 'one of a kind', intent: 'singleton' }].map((example) => JSON.stringify(example)).join('\n'));
    const single = await run(['train', lonely, '--out', join(dir, 'y.json')]);
    expect(single.code).toBe(2);
    expect(single.stderr).toMatch(/line 19: intent `singleton` has 1 usable example/);
    const builtin = await run(['train', jsonl, '--out', join(dir, 'z.json'), '--builtin-ids']);
    expect(builtin.code).toBe(2);
    expect(builtin.stderr).toMatch(/not in the taxonomy/);
  });

  it('explains missing arguments and files', async () => {
    expect((await run(['train', jsonl])).stderr).toMatch(/Missing --out/);
    expect((await run(['classify', '--model', join(dir, 'nope.json'), 'hi'])).stderr).toMatch(/no such file/);
    expect((await run(['train', '--help'])).stdout).toMatch(/Usage:/);
    expect((await run(['eval', '--help'])).stdout).toMatch(/Usage:/);
  });
});
