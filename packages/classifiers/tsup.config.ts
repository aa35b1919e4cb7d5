import { defineConfig } from 'tsup';
import { readFileSync } from 'node:fs';

const pkg = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')) as { version: string };

export default defineConfig({
  entry: {"index":"src/index.ts","keyword":"src/keyword.ts","ngram":"src/ngram.ts","builtin":"src/builtin.ts","embedding":"src/embedding.ts","remote-llm":"src/remote-llm.ts","cascade":"src/cascade.ts"},
  format: ['esm', 'cjs'],
  dts: true,
  sourcemap: true,
  clean: true,
  target: 'node20',
  tsconfig: "tsconfig.build.json",
  // import.meta.url locates models/ at run time; shimmed in the CommonJS build.
  shims: true,
  // ky and p-limit are ESM-only: bundle them so the CommonJS build works on every Node 20 (as core does with franc).
  noExternal: ['ky', 'p-limit', 'yocto-queue'],
  define: { __PACKAGE_VERSION__: JSON.stringify(pkg.version) },
});
