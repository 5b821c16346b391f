import { parseArgs, type ParseArgsConfig } from 'node:util';
import { messages } from '../errors/catalogue.js';
import { UsageError } from '../errors/errors.js';

/** Where a command writes: standard output for results, standard error for problems. */
export interface CommandIO {
  out: NodeJS.WritableStream;
  err: NodeJS.WritableStream;
}

/** A CLI command: takes its own arguments, returns the exit code. */
export type Command = (argv: string[], io: CommandIO) => Promise<number>;

/** Parses a command's options with node:util, turning parse failures into usage errors. */
export function parseOptions<T extends NonNullable<ParseArgsConfig['options']>>(
  argv: string[],
  options: T,
  allowPositionals = false,
) {
  try {
    return parseArgs({ args: argv, options, allowPositionals, strict: true });
  } catch (error) {
    throw new UsageError((error as Error).message, { cause: error });
  }
}

/** Says "1 plan" or "2 plans". */
export function countWords(count: number, word: string, plural = `${word}s`): string {
  // The CLI speaks English: 1,000 plans, as people read it.
  return `${count.toLocaleString('en-US')} ${count === 1 ? word : plural}`;
}

/** A `--port` value: a whole number from 0 (any free port) to 65535. */
export function parsePort(value: string): number {
  const port = Number(value);
  if (!/^\d+$/.test(value) || port > 65535) throw new UsageError(messages.badPort(value));
  return port;
}
