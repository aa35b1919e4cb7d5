import { defineConfig } from 'tsup';
import { readFileSync } from 'node:fs';

const pkg = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')) as { version: string };

export default defineConfig({
  entry: {"index":"src/index.ts","loaders":"src/loaders/index.ts"},
  format: ['esm', 'cjs'],
  dts: true,
  sourcemap: true,
  clean: true,
  target: 'node20',
  tsconfig: 'tsconfig.build.json',
  // franc and its helpers are ESM-only: bundle them so the CommonJS build works on every Node 20.
  noExternal: ['franc', 'trigram-utils', 'n-gram', 'collapse-white-space'],
  define: { __PACKAGE_VERSION__: JSON.stringify(pkg.version) },
});
