import { Readable, Writable } from 'node:stream';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { runCli } from '../src/run-cli.js';

const LINES = 100_000;

// A handle on the garbage collector, so the test measures live memory rather than garbage not yet collected.
setFlagsFromString('--expose-gc');
const collectGarbage = runInNewContext('gc') as () => void;
const liveHeap = (): number => {
  collectGarbage();
  return process.memoryUsage().heapUsed;
};
const texts = [
  'Where is my package? It was supposed to arrive last Monday and tracking has not moved',
  'quiero mi factura del pedido 2000006123456789 por favor, con RFC',
  '返品したいのですが、どうすればよいでしょうか。サイズが合いませんでした',
  'barang rusak kak, tolong dikirim ulang ya atau refund aja',
  'Bonjour, je voudrais annuler ma commande passée hier soir',
];

describe('streaming', () => {
  it(`classifies ${LINES.toLocaleString('en')} JSONL lines in order at flat memory`, async () => {
    // The input is generated lazily: it never exists in memory whole, and neither may the output.
    const input = Readable.from((function* () {
      for (let index = 0; index < LINES; index++) yield `${JSON.stringify({ id: String(index), text: `${texts[index % texts.length]} #${index}` })}\n`;
    })());
    let count = 0;
    let expectedNext = 0;
    let inOrder = true;
    let pending = '';
    const baseline = liveHeap();
    let peak = baseline;
    const output = new Writable({
      highWaterMark: 64 * 1024,
      write(chunk: Buffer, _encoding, callback) {
        pending += chunk.toString();
        let newline = pending.indexOf('\n');
        while (newline !== -1) {
          const record = JSON.parse(pending.slice(0, newline)) as { id: string };
          if (Number(record.id) !== expectedNext++) inOrder = false;
          count++;
          if (count % 10_000 === 0) peak = Math.max(peak, liveHeap());
          pending = pending.slice(newline + 1);
          newline = pending.indexOf('\n');
        }
        callback();
      },
    });
    const stderr = new Writable({ write(_chunk, _encoding, callback) { callback(); } });
    const code = await runCli(['classify', '--input', '-'], { stdin: input, stdout: output, stderr });
    expect(code).toBe(0);
    expect(count).toBe(LINES);
    expect(inOrder).toBe(true);
    // Holding every result would take about 6 KB each (600 MB here); streaming keeps only a bounded window live.
    expect(peak - baseline).toBeLessThan(48 * 1024 * 1024);
  }, 300_000);
});
