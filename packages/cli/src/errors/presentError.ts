/**
 * Turns any error into what the user sees: one line saying what is wrong, a hint saying how to fix it, an
 * exit code, and (only with --verbose or DEBUG) the stack trace. A TaonetError is a user-facing failure
 * (exit 1; USAGE 2, CANCELLED 130); anything else is a bug (exit 70) unless it is a file-system error
 * Node raised (permissions, disk full: exit 1).
 */
import { isTaonetError } from '@taonet/primitives';
import { type ErrorBody, formatEnvelope } from '../output/jsonEnvelope.js';
import type { CliIo } from '../program/cliIo.js';
import type { Colors } from '../program/commandSpec.js';
import { ExitCode } from '../program/exitCodes.js';
import { getErrorHint } from './errorHints.js';

export interface PresentedError extends ErrorBody {
  exitCode: ExitCode;
  /** The stack trace with its causes, for --verbose. */
  stack: string;
}

export interface PresentOpts {
  command: string;
  interactive: boolean;
}

const FS_CODES = new Set([
  'EACCES',
  'EPERM',
  'ENOSPC',
  'EROFS',
  'EISDIR',
  'ENOTDIR',
  'EMFILE',
  'EEXIST',
  'ENOENT',
]);

function stackOf(error: unknown): string {
  const lines: string[] = [];
  let current: unknown = error;
  for (let depth = 0; current !== undefined && depth < 5; depth++) {
    lines.push(
      depth === 0 ? '' : 'caused by:',
      current instanceof Error ? (current.stack ?? String(current)) : String(current),
    );
    current = current instanceof Error ? current.cause : undefined;
  }
  return lines.filter((l) => l !== '').join('\n');
}

/** Messages that would quote secret material are reworded (a mistyped mnemonic word is still secret). */
function sanitize(code: string, message: string, details: Record<string, unknown>) {
  if (code === 'INVALID_MNEMONIC' && Array.isArray(details.unknownWords)) {
    const positions = details.unknownWords.map((w) => String(w).split(' ')[0]);
    return {
      message: `word ${positions.join(', ')} of the mnemonic ${positions.length > 1 ? 'are' : 'is'} not in the BIP39 English word list`,
      details: { wordPositions: positions.map(Number) },
    };
  }
  if (code === 'PASSWORD_REQUIRED' && message.includes(': give one')) {
    // The SDK lists its password sources; the hint names them in flags and variables instead.
    return { message: message.slice(0, message.indexOf(': give one')), details };
  }
  if (code === 'KEYFILE_EXISTS' && typeof details.path === 'string') {
    return { message: `${details.path} already exists`, details };
  }
  return { message, details };
}

/**
 * The SDK's errors carry a `shortMessage`, the node's or the runtime's `detail` and a `hint` (their
 * `message` joins them over several lines): the CLI prints `short: detail` and the hint on its own line.
 */
function oneLine(error: Error): string {
  const { shortMessage, detail } = error as { shortMessage?: unknown; detail?: unknown };
  if (typeof shortMessage !== 'string') return error.message;
  return typeof detail === 'string' && detail !== '' ? `${shortMessage}: ${detail}` : shortMessage;
}

function ownHint(error: Error): string | undefined {
  const { hint } = error as { hint?: unknown };
  return typeof hint === 'string' && hint !== '' ? hint : undefined;
}

function exitCodeOf(code: string): ExitCode {
  if (code === 'USAGE') return ExitCode.USAGE;
  if (code === 'CANCELLED') return ExitCode.CANCELLED;
  if (code === 'OUTPUT_SCHEMA') return ExitCode.INTERNAL;
  return ExitCode.FAILURE;
}

export function presentError(error: unknown, opts: PresentOpts): PresentedError {
  const stack = stackOf(error);
  if (isTaonetError(error)) {
    const { message, details } = sanitize(error.code, oneLine(error), error.toJSON().details);
    // The stack's first line repeats the message: the reworded one replaces it there too.
    const safeStack = message === error.message ? stack : stack.split(error.message).join(message);
    const hint = getErrorHint({
      code: error.code,
      details,
      command: opts.command,
      interactive: opts.interactive,
    });
    return {
      code: error.code,
      message,
      hint: hint ?? ownHint(error) ?? null,
      details,
      exitCode: exitCodeOf(error.code),
      stack: safeStack,
    };
  }
  const errno = (error as NodeJS.ErrnoException | undefined)?.code;
  if (error instanceof Error && typeof errno === 'string' && FS_CODES.has(errno)) {
    const path = (error as NodeJS.ErrnoException).path;
    return {
      code: 'IO',
      message: error.message,
      hint: 'check the path, its permissions and the free disk space',
      details: { errno, ...(path === undefined ? {} : { path }) },
      exitCode: ExitCode.FAILURE,
      stack,
    };
  }
  const message = error instanceof Error ? error.message : String(error);
  return {
    code: 'INTERNAL',
    message: `internal error: ${message}`,
    hint: 'this is a bug in tao: run again with --verbose for the stack trace and report it',
    details: {},
    exitCode: ExitCode.INTERNAL,
    stack,
  };
}

export interface WriteErrorOpts {
  json: boolean;
  verbose: boolean;
  command: string;
  colors: Colors;
}

/** Prints a presented error: the JSON envelope on stdout, or `error:`/`hint:` lines on stderr. */
export function writeError(presented: PresentedError, io: CliIo, opts: WriteErrorOpts): void {
  const showStack =
    opts.verbose || /^(1|true|\*|tao.*)$/i.test(io.env.DEBUG ?? '') || io.env.TAO_DEBUG === '1';
  if (opts.json) {
    const { code, message, hint, details } = presented;
    io.stdout.write(
      formatEnvelope({ ok: false, command: opts.command, error: { code, message, hint, details } }),
    );
  } else {
    const c = opts.colors;
    const label = presented.code === 'CANCELLED' ? c.yellow('cancelled:') : c.red('error:');
    io.stderr.write(`${label} ${presented.message}\n`);
    if (presented.hint !== null) io.stderr.write(`${c.dim('hint:')} ${presented.hint}\n`);
  }
  if (showStack) io.stderr.write(`${opts.colors.dim(`[${presented.code}] ${presented.stack}`)}\n`);
}
