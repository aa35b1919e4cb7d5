import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// Tests run against source through the `@lianxing/source` export condition: no build step needed.
const conditions = ['@lianxing/source', 'import', 'module', 'node', 'default'];
// Vitest hands the SSR conditions to Node (`--conditions`) for external packages too. `import` there would make
// `require()` inside CommonJS dependencies (mailparser requiring nodemailer) pick the ESM build: keep them out.
const serverConditions = ['@lianxing/source', 'node'];

export default defineConfig({
  resolve: { conditions },
  ssr: { resolve: { conditions: serverConditions, externalConditions: ['@lianxing/source'] } },
  test: {
    include: ['packages/*/src/**/*.test.ts', 'packages/*/test/**/*.test.ts', 'examples/**/*.test.ts'],
    testTimeout: 30_000,
    hookTimeout: 30_000,
    pool: 'forks',
    reporters: ['default', fileURLToPath(new URL('./scripts/vitest-summary-reporter.ts', import.meta.url))],
  },
});
