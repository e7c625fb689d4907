/**
 * Options with btcli's aliases. Commander gives an option one long flag; btcli accepts several
 * (`--wallet-name`, `--name`, `--wallet_name`, `--wallet.name`). Underscore and dot spellings are folded
 * into hyphens before parsing (normalizeArgv); the remaining aliases (`--name`, `-H`, `--chain`) become
 * hidden options whose value is read back under the canonical option's name (readOptionValue).
 */
import { type Command, Option } from 'commander';

export interface OptionSpec {
  /** Commander flags of the canonical option: `-p, --wallet-path <path>`, `--overwrite`, `--json [file]`. */
  flags: string;
  description: string;
  /** Other flags accepted and hidden from help, taking the same value: `['--name']`, `['-H', '--hotkey']`. */
  aliases?: readonly string[];
  /** Allowed values (checked by commander, listed in help). */
  choices?: readonly string[];
  /** Shown in help as the default (no default value is applied: commands resolve defaults themselves). */
  defaultDescription?: string;
  hidden?: boolean;
}

export type OptionSource = 'cli' | 'default' | 'env' | 'config' | 'implied' | undefined;

function valueSuffix(flags: string): string {
  const match = /\s+([<[].*)$/.exec(flags);
  return match === null ? '' : ` ${match[1]}`;
}

/** The commander Option objects for a spec: the canonical one, then its hidden aliases. */
export function createOptions(spec: OptionSpec): Option[] {
  const main = new Option(spec.flags, spec.description);
  if (spec.choices !== undefined) main.choices(spec.choices);
  if (spec.defaultDescription !== undefined) main.default(undefined, spec.defaultDescription);
  if (spec.hidden === true) main.hideHelp();
  const suffix = valueSuffix(spec.flags);
  const aliases = (spec.aliases ?? []).map((alias) => {
    const option = new Option(`${alias}${suffix}`).hideHelp();
    if (spec.choices !== undefined) option.choices(spec.choices);
    return option;
  });
  return [main, ...aliases];
}

/** Adds a spec's options to a command, in a help group when given. */
export function addOptionSpec(command: Command, spec: OptionSpec, helpGroup?: string): void {
  for (const option of createOptions(spec)) {
    if (helpGroup !== undefined) option.helpGroup(helpGroup);
    command.addOption(option);
  }
}

/** The attribute name commander stores a spec's value under (`--wallet-path` -> `walletPath`). */
export function getOptionKey(spec: OptionSpec): string {
  return new Option(spec.flags).attributeName();
}

export interface OptionValue {
  value: unknown;
  /** True when the command line gave it (under the canonical flag or an alias). */
  given: boolean;
}

/** A spec's value on a command: the canonical flag, else the first alias given, else commander's default. */
export function readOptionValue(command: Command, spec: OptionSpec): OptionValue {
  const key = getOptionKey(spec);
  if (command.getOptionValueSource(key) === 'cli') return { value: command.getOptionValue(key), given: true };
  for (const alias of spec.aliases ?? []) {
    const aliasKey = new Option(alias).attributeName();
    if (command.getOptionValueSource(aliasKey) === 'cli') {
      return { value: command.getOptionValue(aliasKey), given: true };
    }
  }
  return { value: command.getOptionValue(key), given: false };
}
