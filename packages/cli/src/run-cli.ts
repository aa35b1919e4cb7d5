import { LianxingError } from 'lianxing';
import { UsageError, write, type CliIo } from './cli-io.js';
import { classifyCommand } from './commands/classify.js';

declare const __PACKAGE_VERSION__: string | undefined;
/** The CLI's version (from package.json at build time). */
export const VERSION: string = typeof __PACKAGE_VERSION__ === 'string' ? __PACKAGE_VERSION__ : '0.0.0-source';

export const MAIN_HELP = `lianxing ${VERSION}: reads what buyers write to e-commerce sellers and says what they want.

Usage:
  lianxing classify "TEXT"              classify one message
  lianxing classify --input FILE|-      classify a JSONL file or standard input, streaming
  lianxing <command> --help             help for a command
  lianxing --version                    print the version

Commands:
  classify   intent, confidence, language, sentiment, entities and decision for buyer messages

Docs: https://github.com/lianxing/lianxing#readme`;

const COMMANDS: Readonly<Record<string, (argv: readonly string[], io: CliIo) => Promise<number>>> = {
  classify: classifyCommand,
};

/**
 * Runs the CLI with the given arguments (without `node` and the script) and streams. Returns the exit code;
 * never throws: usage mistakes print a hint (exit 2), failures print a message (exit 1).
 */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  const [command, ...rest] = argv;
  try {
    if (command === undefined || command === '--help' || command === '-h' || command === 'help') {
      await write(io.stdout, MAIN_HELP + '\n');
      return command === undefined ? 2 : 0;
    }
    if (command === '--version' || command === '-v') {
      await write(io.stdout, VERSION + '\n');
      return 0;
    }
    const run = COMMANDS[command];
    if (!run) throw new UsageError(`Unknown command "${command}".`, `Commands: ${Object.keys(COMMANDS).join(', ')}. See \`lianxing --help\`.`);
    return await run(rest, io);
  } catch (error) {
    if (error instanceof UsageError) {
      await write(io.stderr, `lianxing: ${error.message}\n${error.hint}\n`);
      return 2;
    }
    if (error instanceof Error && 'code' in error && typeof error.code === 'string' && error.code.startsWith('ERR_PARSE_ARGS')) {
      await write(io.stderr, `lianxing: ${error.message}\nSee \`lianxing ${command ?? ''} --help\`.\n`);
      return 2;
    }
    const message = LianxingError.isInstance(error) ? error.message : error instanceof Error ? error.message : String(error);
    await write(io.stderr, `lianxing: ${message}\n`);
    return 1;
  }
}
