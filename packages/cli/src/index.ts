export { runCli, VERSION, MAIN_HELP } from './run-cli.js';
export type { CliIo } from './cli-io.js';
export { classifyCommand, parseInputLine, toOutputRecord, type ErrorRecord, type OutputRecord } from './commands/classify.js';
export { readLines } from './read-lines.js';
