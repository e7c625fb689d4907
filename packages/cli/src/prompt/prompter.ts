/**
 * Questions to the user through @clack/prompts (loaded on the first question), drawn on stderr so that
 * stdout keeps only the result, even with --json. Prompts are off with --no-prompt or when stdin or stderr
 * is not a terminal; commands check `enabled` first and otherwise fail with an error naming the flag or
 * environment variable that gives the value. Ctrl-C at a prompt is CancelledError (exit code 130).
 */
import type { Readable, Writable } from 'node:stream';
import { CancelledError, MissingInputError } from '../errors/cliErrors.js';
import type { CliIo } from '../program/cliIo.js';

export interface TextPromptOpts {
  placeholder?: string;
  initial?: string;
  /** An error message, or undefined when the value is acceptable. */
  validate?: (value: string) => string | undefined;
}

export interface Prompter {
  readonly enabled: boolean;
  text(message: string, opts?: TextPromptOpts): Promise<string>;
  /** Masked input. */
  password(message: string, opts?: Pick<TextPromptOpts, 'validate'>): Promise<string>;
  /** A new password: masked, at least `minLength` characters, typed twice until both match. */
  newPassword(message: string, minLength: number): Promise<string>;
  confirm(message: string, initial: boolean): Promise<boolean>;
}

type Clack = typeof import('@clack/prompts');

function disabled(): never {
  throw new MissingInputError('a value is missing and prompts are off');
}

/**
 * A prompter on the io's terminal; `enabled` is false unless wanted and stdin and stderr are terminals
 * (looked at when first asked: `process.stdin` is not created for a command that never prompts).
 */
export function createPrompter(io: CliIo, wanted: boolean): Prompter {
  let known: boolean | undefined;
  const isEnabled = () => {
    known ??= wanted && io.stderr.isTTY === true && io.stdin.isTTY === true;
    return known;
  };
  let clack: Promise<Clack> | undefined;
  const load = () => {
    clack ??= import('@clack/prompts');
    return clack;
  };
  const common = () => ({ input: io.stdin as unknown as Readable, output: io.stderr as unknown as Writable });
  const settle = async <T extends string | boolean>(answer: Promise<T | symbol>): Promise<T> => {
    const value = await answer;
    if (typeof value === 'symbol') throw new CancelledError();
    return value;
  };
  const withValidate = (check?: (v: string) => string | undefined) =>
    check === undefined ? {} : { validate: (value: string | undefined) => check(value ?? '') };

  const prompter: Prompter = {
    get enabled() {
      return isEnabled();
    },
    async text(message, opts = {}) {
      if (!isEnabled()) disabled();
      const c = await load();
      return settle<string>(
        c.text({
          ...common(),
          message,
          ...(opts.placeholder === undefined ? {} : { placeholder: opts.placeholder }),
          ...(opts.initial === undefined ? {} : { initialValue: opts.initial }),
          ...withValidate(opts.validate),
        }),
      );
    },
    async password(message, opts = {}) {
      if (!isEnabled()) disabled();
      const c = await load();
      return settle<string>(c.password({ ...common(), message, ...withValidate(opts.validate) }));
    },
    async newPassword(message, minLength) {
      const long = (v: string) =>
        [...v].length < minLength ? `at least ${minLength} characters, please` : undefined;
      for (;;) {
        const first = await prompter.password(message, { validate: long });
        const second = await prompter.password('Retype the password');
        if (first === second) return first;
        (await load()).log.warn('The passwords do not match; try again.', {
          output: common().output,
        });
      }
    },
    async confirm(message, initial) {
      if (!isEnabled()) disabled();
      const c = await load();
      return settle<boolean>(c.confirm({ ...common(), message, initialValue: initial }));
    },
  };
  return prompter;
}
