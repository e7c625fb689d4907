/**
 * How a command is declared. A spec is light (names, flags, help text) so that building the whole command
 * tree for `tao --help` loads no implementation; `load()` imports the implementation (and the SDK, crypto,
 * tables...) only when that command runs. The implementation declares the schema of its `--json` result,
 * runs, and renders its result for people.
 */
import type { Schema } from '../output/schema.js';
import type { CliIo } from './cliIo.js';
import type { CommandContext } from './commandContext.js';
import type { OptionSpec } from './optionSpec.js';

export interface ArgSpec {
  name: string;
  description: string;
  required?: boolean;
}

export interface CommandInput {
  /** The command's own options by canonical key (`walletName`), aliases folded in. */
  opts: Readonly<Record<string, unknown>>;
  /** Whether the command line gave an option (by canonical key), as opposed to its default. */
  given(key: string): boolean;
  /** Positional arguments, in the order declared. */
  args: readonly (string | undefined)[];
}

/** Writes a result for people on stdout. */
export interface HumanOutput {
  line(text?: string): void;
  /** A table; borders and colours off when stdout is not a terminal. */
  table(head: readonly string[], rows: readonly (readonly string[])[]): void;
  /** Colour functions for stdout (identity when colours are off). */
  readonly color: Colors;
}

export interface Colors {
  bold(text: string): string;
  dim(text: string): string;
  green(text: string): string;
  yellow(text: string): string;
  red(text: string): string;
  cyan(text: string): string;
  magenta(text: string): string;
}

export interface CommandModule<R> {
  /** The schema of `data` in `--json` output. */
  result: Schema<R>;
  run(ctx: CommandContext, input: CommandInput): Promise<R>;
  render(result: R, out: HumanOutput, ctx: CommandContext): void;
}

export interface CommandSpec {
  name: string;
  /** btcli spellings still accepted and hidden from help (`regen_coldkey`). */
  hiddenAliases?: readonly string[];
  summary: string;
  /** Longer help text; examples included. */
  description?: string;
  args?: readonly ArgSpec[];
  options?: readonly OptionSpec[];
  /** Replaces the global `--json` flag (regen commands: `--json [file]`, as btcli). */
  jsonOption?: OptionSpec;
  // biome-ignore lint/suspicious/noExplicitAny: each command has its own result type
  load(): Promise<CommandModule<any>>;
}

export interface GroupSpec {
  name: string;
  aliases?: readonly string[];
  summary: string;
  commands: readonly CommandSpec[];
}

/**
 * A top-level command that takes the rest of the command line as it is (`tao node --dev --tmp`): no
 * global options, no help of its own from `tao` (`tao node --help` is the node's help); its module gets
 * the raw arguments and returns the exit code.
 */
export interface PassThroughSpec {
  name: string;
  summary: string;
  passThrough: true;
  load(): Promise<PassThroughModule>;
}

export interface PassThroughModule {
  run(argv: readonly string[], io: CliIo): Promise<number>;
}

/** What `tao` lists at its top level: a group (`tao wallet ...`), a command (`tao explorer`), a pass-through. */
export type ProgramEntry = GroupSpec | CommandSpec | PassThroughSpec;

export function isGroupSpec(entry: ProgramEntry): entry is GroupSpec {
  return 'commands' in entry;
}

export function isPassThroughSpec(entry: ProgramEntry): entry is PassThroughSpec {
  return 'passThrough' in entry && entry.passThrough;
}
