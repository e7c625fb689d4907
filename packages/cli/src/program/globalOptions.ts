/**
 * Options every command accepts, before or after the command name (`tao --json wallet list` and
 * `tao wallet list --json`; after wins). They are declared on the root and on every command, and the root
 * uses positional options so that it never takes a command's own flag.
 */
import type { Command } from 'commander';
import { type OptionSpec, readOptionValue } from './optionSpec.js';

export const GLOBAL_HELP_GROUP = 'Global options:';

export const NETWORK_OPTION: OptionSpec = {
  flags: '--network <network>',
  description:
    'chain to use: local (ws://127.0.0.1:9944), a network name from the config, or a ws:// or wss:// URL ' +
    '(env TAO_NETWORK; remembered by `tao config set network <value>`)',
  aliases: ['--chain', '--subtensor-network', '--subtensor-chain-endpoint'],
};

export const CONFIG_OPTION: OptionSpec = {
  flags: '--config <file>',
  description: 'config file (env TAO_CONFIG; default ~/.taonet/config.json)',
};

export const JSON_OPTION: OptionSpec = {
  flags: '--json',
  description:
    'print one JSON object on stdout: {"ok":true,"command","data"} or {"ok":false,"command","error"}',
};

/** btcli's spelling; also what regen commands use for JSON output, where `--json` names a key file. */
export const JSON_OUTPUT_OPTION: OptionSpec = {
  flags: '--json-output',
  description: 'same as --json',
  aliases: ['--json-out'],
  hidden: true,
};

export const NO_PROMPT_OPTION: OptionSpec = {
  flags: '-y, --no-prompt',
  description: 'never prompt: a missing value is an error naming the flag or variable that gives it',
  aliases: ['--prompt'],
};

const YES_OPTION: OptionSpec = { flags: '--yes', description: 'same as --no-prompt', hidden: true };

export const QUIET_OPTION: OptionSpec = {
  flags: '-q, --quiet',
  description: 'print only results and errors',
};
export const VERBOSE_OPTION: OptionSpec = {
  flags: '--verbose',
  description: 'print debug details and stack traces on stderr',
};
const NO_COLOR_OPTION: OptionSpec = { flags: '--no-color', description: 'no colours (also env NO_COLOR)' };

export const GLOBAL_OPTIONS: readonly OptionSpec[] = [
  NETWORK_OPTION,
  CONFIG_OPTION,
  JSON_OPTION,
  JSON_OUTPUT_OPTION,
  NO_PROMPT_OPTION,
  YES_OPTION,
  QUIET_OPTION,
  VERBOSE_OPTION,
  NO_COLOR_OPTION,
];

export interface GlobalSettings {
  json: boolean;
  quiet: boolean;
  verbose: boolean;
  /** False after `--no-prompt`, `-y` or `--yes`. Prompts also need a terminal: see CommandContext. */
  prompt: boolean;
  color: boolean;
  /** `--network` as given, if given. */
  network?: string;
  /** `--config` as given, if given. */
  config?: string;
}

/** A global option's value: the command's when given there, else the root's when given there. */
function readGlobal(leaf: Command, root: Command, spec: OptionSpec): { value: unknown; given: boolean } {
  const own = readOptionValue(leaf, spec);
  if (own.given) return own;
  const fromRoot = readOptionValue(root, spec);
  return fromRoot.given ? fromRoot : own;
}

/**
 * The global settings for a run. `jsonFlag` is the value of `--json` on the command (true, or a file name
 * for commands whose `--json` takes one).
 */
export function readGlobalSettings(leaf: Command, root: Command): GlobalSettings {
  const get = (spec: OptionSpec) => readGlobal(leaf, root, spec);
  const jsonFlag = get(JSON_OPTION).value;
  const settings: GlobalSettings = {
    json: jsonFlag === true || get(JSON_OUTPUT_OPTION).value === true,
    quiet: get(QUIET_OPTION).value === true,
    verbose: get(VERBOSE_OPTION).value === true,
    prompt: get(NO_PROMPT_OPTION).value !== false && get(YES_OPTION).value !== true,
    color: get(NO_COLOR_OPTION).value !== false,
  };
  const network = get(NETWORK_OPTION);
  if (network.given && typeof network.value === 'string') settings.network = network.value;
  const config = get(CONFIG_OPTION);
  if (config.given && typeof config.value === 'string') settings.config = config.value;
  return settings;
}

const JSON_FLAGS = new Set(['--json', '--json-output', '--json-out']);

/**
 * What can be known before parsing, to report a usage error in the right format: whether JSON output is
 * asked, and verbose. `valueJsonCommands` names the commands whose `--json` takes a file (regen-*): there
 * `--json <file>` is not JSON output.
 */
export function prescanArgv(
  argv: readonly string[],
  valueJsonCommands: ReadonlySet<string> = new Set(),
): { json: boolean; verbose: boolean } {
  const end = argv.indexOf('--');
  const args = end === -1 ? argv : argv.slice(0, end);
  const jsonTakesValue = args.some((a) => valueJsonCommands.has(a));
  let json = false;
  args.forEach((arg, i) => {
    if (!JSON_FLAGS.has(arg)) return;
    const next = args[i + 1];
    const isFile = arg === '--json' && jsonTakesValue && next !== undefined && !next.startsWith('-');
    if (!isFile) json = true;
  });
  return { json, verbose: args.includes('--verbose') };
}
