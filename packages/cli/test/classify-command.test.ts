import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { jsonLines, run } from './run-cli-helper.js';

describe('lianxing classify', () => {
  it('prints a readable result for one message', async () => {
    const { code, stdout } = await run(['classify', 'Where is my package? Order 112-4839201-5512873']);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^intent {6}\S+/m);
    expect(stdout).toMatch(/language {4}en/);
    expect(stdout).toMatch(/entities {4}order_number: 112-4839201-5512873/);
  });

  it('writes one JSONL line per input line, in order, with the documented fields', async () => {
    const input = [
      JSON.stringify({ id: 'a', text: 'Where is my order 112-4839201-5512873?' }),
      JSON.stringify({ id: 'b', text: 'quiero mi factura', marketplace: 'mercadolibre' }),
      JSON.stringify({ id: 'c', text: '返品したいです', lang: 'ja' }),
    ].join('\n');
    const { code, stdout } = await run(['classify', '--input', '-'], input);
    expect(code).toBe(0);
    const records = jsonLines(stdout) as Record<string, unknown>[];
    expect(records.map((record) => record['id'])).toEqual(['a', 'b', 'c']);
    expect(Object.keys(records[0]!)).toEqual(['id', 'intent', 'confidence', 'language', 'sentiment', 'decision', 'secondary', 'entities']);
    expect(records[2]!['language']).toBe('ja');
    expect(records[0]!['entities']).toEqual([{ type: 'order_number', value: '112-4839201-5512873', start: 18, end: 37 }]);
  });

  it('reports bad lines in place and goes on, exiting 1', async () => {
    const input = ['{"id":"ok1","text":"hello"}', '{not json', '{"id":"x","nope":1}', '[1,2]', '{"id":7,"text":5}', '', '{"id":"ok2","text":"thanks!"}'].join('\n');
    const { code, stdout, stderr } = await run(['classify', '--input', '-'], input);
    expect(code).toBe(1);
    const records = jsonLines(stdout) as Record<string, unknown>[];
    expect(records).toHaveLength(6);
    expect(records[0]!['id']).toBe('ok1');
    expect(records[1]).toMatchObject({ line: 2, error: expect.stringMatching(/invalid JSON/) });
    expect(records[2]).toEqual({ line: 3, id: 'x', error: 'missing "text"' });
    expect(records[3]).toMatchObject({ line: 4, error: expect.stringMatching(/JSON object/) });
    expect(records[4]).toEqual({ line: 5, id: '7', error: '"text" must be a string' });
    expect(records[5]!['id']).toBe('ok2');
    expect(stderr).toMatch(/4 line\(s\) could not be classified/);
  });

  it('handles empty input and a file with a 1 MB message, CRLF endings and no final newline', async () => {
    expect(await run(['classify', '--input', '-'], '')).toEqual({ code: 0, stdout: '', stderr: '' });
    const dir = mkdtempSync(join(tmpdir(), 'lianxing-cli-'));
    const file = join(dir, 'in.jsonl');
    writeFileSync(file, `${JSON.stringify({ id: 'big', text: 'my parcel never arrived '.repeat(44_000) })}\r\n${JSON.stringify({ id: 'last', text: '' })}`);
    const { code, stdout } = await run(['classify', '--input', file]);
    expect(code).toBe(0);
    const records = jsonLines(stdout) as Record<string, unknown>[];
    expect(records.map((record) => record['id'])).toEqual(['big', 'last']);
    expect(records[1]).toMatchObject({ intent: 'unknown', language: 'und', decision: 'human' });
  });

  it('writes a JSON array and an aligned table', async () => {
    const input = '{"id":"a","text":"hola"}\n{"id":"b","text":"我的快递到哪里了"}\n';
    const json = await run(['classify', '--input', '-', '--format', 'json'], input);
    expect((JSON.parse(json.stdout) as unknown[]).length).toBe(2);
    const table = await run(['classify', '--input', '-', '--format', 'table'], input);
    const lines = table.stdout.trimEnd().split('\n');
    expect(lines[0]).toMatch(/^id\s+lang\s+intent\s+conf\s+sentiment\s+decision\s+message\s+suggested reply$/);
    expect(lines).toHaveLength(4);
    expect(lines[3]).toMatch(/^b\s+zh\s/);
  });

  it('masks personal data in the entities it writes', async () => {
    const { stdout } = await run(['classify', '--input', '-'], '{"id":"p","text":"call me +1 415 555 2671 or ana@example.com"}');
    const [record] = jsonLines(stdout) as { entities: { type: string; value: string }[] }[];
    expect(record!.entities.map((entity) => entity.value)).toEqual(['[PHONE_1]', '[EMAIL_1]']);
    expect(stdout).not.toContain('ana@example.com');
    expect(stdout).not.toContain('555 2671');
  });

  it('never echoes input text in error records or table rows', async () => {
    const input = 'call me 415 555 2671 or ana@example.com\n{"id":"x","text":7}\n';
    const jsonl = await run(['classify', '--input', '-'], input);
    expect(jsonl.stdout).toContain('"error":"invalid JSON');
    expect(jsonl.stdout).not.toContain('ana@example.com');
    const table = await run(['classify', '--input', '-', '--format', 'table'], input);
    expect(table.stdout).not.toContain('ana@example.com');
    expect(table.stdout).not.toContain('555 2671');
  });

  it('reads a UTF-8 BOM and reports an overlong line in place', async () => {
    const bom = await run(['classify', '--input', '-'], '\ufeff{"id":"b","text":"hola"}\n');
    expect((jsonLines(bom.stdout)[0] as { id: string }).id).toBe('b');
  });

  it('keeps the results it has and closes valid JSON when the input fails mid-stream, exiting 2', async () => {
    const failing = Readable.from((async function* () {
      yield Buffer.from('{"id":"1","text":"where is my order"}\n{"id":"2","text":"refund"}\n');
      await new Promise((resolve) => setTimeout(resolve, 5));
      throw Object.assign(new Error('read failed'), { code: 'EIO' });
    })());
    const { code, stdout, stderr } = await run(['classify', '--input', '-', '--format', 'json'], failing);
    expect(code).toBe(2);
    expect((JSON.parse(stdout) as { id: string }[]).map((record) => record.id)).toEqual(['1', '2']);
    expect(stderr).toMatch(/could not be read after line 2 \(EIO\)/);
  });

  it('explains wrong usage and exits 2', async () => {
    const cases: [string[], RegExp][] = [
      [['classify'], /Nothing to classify/],
      [['classify', '--format', 'xml', 'hi'], /Unknown format "xml"/],
      [['classify', '--input', '/no/such/file.jsonl'], /no such file/],
      [['classify', '--bogus'], /Unknown option '--bogus'/],
      [['classify', '--concurrency', '0', 'hi'], /--concurrency/],
      [['classify', 'a', '--input', '-'], /either a message or --input/],
      [['frobnicate'], /Unknown command "frobnicate"/],
    ];
    for (const [argv, pattern] of cases) {
      const { code, stderr } = await run(argv);
      expect(code, argv.join(' ')).toBe(2);
      expect(stderr).toMatch(pattern);
    }
  });

  it('has --help on every command and --version', async () => {
    expect((await run(['--help'])).stdout).toMatch(/Usage:/);
    expect((await run(['classify', '--help'])).stdout).toMatch(/Exit codes/);
    expect((await run(['--version'])).stdout).toMatch(/^\d+\.\d+\.\d+/);
  });
});
