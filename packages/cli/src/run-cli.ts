import { LianxingError } from 'lianxing';
import { UsageError, write, type CliIo } from './cli-io.js';
import { classifyCommand } from './commands/classify.js';
import { evalCommand } from './commands/eval.js';
import { trainCommand } from './commands/train.js';

declare const __PACKAGE_VERSION__: string | undefined;
/** The CLI's version (from package.json at build time). */
export const VERSION: string = typeof __PACKAGE_VERSION__ === 'string' ? __PACKAGE_VERSION__ : '0.0.0-source';

export const MAIN_HELP = `lianxing ${VERSION}: reads what buyers write to e-commerce sellers and says what they want.

Usage:
  lianxing classify "TEXT"              classify one message
  lianxing classify --input FILE|-      classify a JSONL file or standard input, streaming
  lianxing train FILE --out model.json  train a model on your labelled messages
  lianxing eval FILE [--model FILE]     evaluate the built-in pipeline or a trained model
  lianxing <command> --help             help for a command
  lianxing --version                    print the version

Commands:
  classify   intent, confidence, language, sentiment, entities and decision for buyer messages
  train      train an n-gram model (your own intents, in seconds)
  eval       accuracy, macro-F1, calibration, automation rate per threshold

Docs: https://github.com/lianxing/lianxing#readme`;

const COMMANDS: Readonly<Record<string, (argv: readonly string[], io: CliIo) => Promise<number>>> = {
  classify: classifyCommand,
  train: trainCommand,
  eval: evalCommand,
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
    // Training-data and model errors are the user's input: say so with exit code 2 like other usage problems.
    if (LianxingError.isInstance(error) && (error.code === 'training_data_invalid' || error.code === 'model_invalid')) {
      await write(io.stderr, `lianxing: ${message}\n`);
      return 2;
    }
    await write(io.stderr, `lianxing: ${message}\n`);
    return 1;
  }
}
