/**
 * Messages for people on stderr, so that stdout holds only the result: `info` and `success` (hidden by
 * --quiet and --json), `warn` (always), `debug` (only with --verbose). Never pass a secret to it.
 */

import type { CliWritable } from '../program/cliIo.js';
import type { Colors } from '../program/commandSpec.js';

export interface Logger {
  info(message: string): void;
  success(message: string): void;
  warn(message: string): void;
  debug(message: string): void;
}

export interface LoggerOpts {
  quiet: boolean;
  json: boolean;
  verbose: boolean;
}

export function createLogger(stderr: CliWritable, colors: Colors, opts: LoggerOpts): Logger {
  const write = (text: string) => stderr.write(`${text}\n`);
  const chatty = !opts.quiet && !opts.json;
  return {
    info: (message) => chatty && write(message),
    success: (message) => chatty && write(`${colors.green('✔')} ${message}`),
    warn: (message) => write(`${colors.yellow('warning:')} ${message}`),
    debug: (message) => opts.verbose && write(colors.dim(`debug: ${message}`)),
  };
}
