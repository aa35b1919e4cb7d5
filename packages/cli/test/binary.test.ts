import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../../', import.meta.url));

describe('the lianxing binary', () => {
  it('runs as a process: reads stdin, writes stdout, sets the exit code', () => {
    const child = spawnSync(process.execPath, ['--import', 'tsx', '--conditions=@lianxing/source', 'packages/cli/src/main.ts', 'classify', '--input', '-'], {
      cwd: root,
      input: '{"id":"1","text":"Where is my package? Order 112-4839201-5512873"}\n{"broken\n',
      encoding: 'utf8',
      timeout: 60_000,
    });
    expect(child.status).toBe(1);
    const [first, second] = child.stdout.trim().split('\n').map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(first).toMatchObject({ id: '1', language: 'en' });
    expect(second).toMatchObject({ line: 2 });
    expect(child.stderr).toMatch(/1 line\(s\) could not be classified/);
  });
});
