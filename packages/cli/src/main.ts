import { runCli } from './run-cli.js';

// Entry point of the `lianxing` binary.
const code = await runCli(process.argv.slice(2), {
  stdin: process.stdin,
  stdout: process.stdout,
  stderr: process.stderr,
  ...(process.stdout.columns ? { columns: process.stdout.columns } : {}),
});
process.exitCode = code;
