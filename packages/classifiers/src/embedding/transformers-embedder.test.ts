import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ConfigError, MissingDependencyError, ModelFormatError } from '@lianxing/core';
import { createTransformersEmbedder } from './transformers-embedder.js';

const scratch = mkdtempSync(join(tmpdir(), 'lianxing-transformers-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const installed = ((): boolean => {
  try {
    createRequire(import.meta.url).resolve('@huggingface/transformers');
    return true;
  } catch {
    return false;
  }
})();

describe('createTransformersEmbedder', () => {
  it('refuses a model path that does not exist, naming the option', () => {
    const error: unknown = (() => {
      try {
        createTransformersEmbedder({ modelPath: join(scratch, 'no-such-model') });
      } catch (caught) {
        return caught;
      }
      return undefined;
    })();
    expect(ConfigError.isInstance(error)).toBe(true);
    expect((error as ConfigError).issues[0]).toMatchObject({ path: 'modelPath', message: 'no such folder' });
    expect((error as Error).message).toMatch(/nothing is downloaded/);
  });

  it('refuses a folder that is not a model (no config.json)', () => {
    const empty = join(scratch, 'empty');
    mkdirSync(empty);
    expect(() => createTransformersEmbedder({ modelPath: empty })).toThrow(/no config.json/);
  });

  it.skipIf(installed)('says which optional peer dependency to install when it is missing', async () => {
    const folder = join(scratch, 'model');
    mkdirSync(folder);
    writeFileSync(join(folder, 'config.json'), '{}');
    const embedder = createTransformersEmbedder({ modelPath: folder });
    const error: unknown = await embedder.embed(['hello']).catch((caught: unknown) => caught);
    expect(MissingDependencyError.isInstance(error)).toBe(true);
    expect(error).toMatchObject({ dependency: '@huggingface/transformers', code: 'config_invalid' });
    expect((error as Error).message).toMatch(/npm install @huggingface\/transformers/);
    // still missing on the next call: the failure is not cached as success
    await expect(embedder.embed(['hello'])).rejects.toThrow(/not installed/);
  });

  it.runIf(installed)('with the package installed, a folder holding no model fails as a model error, without downloading', async () => {
    const folder = join(scratch, 'broken-model');
    mkdirSync(folder);
    writeFileSync(join(folder, 'config.json'), '{}');
    await expect(createTransformersEmbedder({ modelPath: folder }).embed(['hello'])).rejects.toThrow(ModelFormatError);
  });

  it('validates its options', () => {
    expect(() => createTransformersEmbedder({ modelPath: '' })).toThrow(ConfigError);
    expect(() => createTransformersEmbedder({ modelPath: scratch, pooling: 'max' as never })).toThrow(ConfigError);
  });
});
