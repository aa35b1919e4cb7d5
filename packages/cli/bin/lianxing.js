#!/usr/bin/env node
// The `lianxing` command. Runs the built CLI (npm run build creates dist/).
import('../dist/main.js').catch((error) => {
  if (error && error.code === 'ERR_MODULE_NOT_FOUND' && String(error.message).includes('dist/main.js')) {
    console.error('lianxing: the CLI is not built yet. Run `npm run build` at the repository root first.');
    process.exitCode = 2;
    return;
  }
  throw error;
});
