/**
 * The commander tree: `tao <group> <command>` from the group specs, btcli's group aliases (`w`, `c`) and
 * hidden underscore spellings (`regen_coldkey`), top-level commands (`tao explorer`) and pass-through
 * commands (`tao node ...`, every argument handed over as typed), global options on the root and on every
 * command, errors thrown (exitOverride) rather than exiting so that runCli decides the exit code.
 *
 * Commander objects are not free (each command gets every global option): given the command line, only
 * the groups it names get their commands; the others are listed by name, aliases and summary, which is
 * all that the root's help, its suggestions and parsing that command line need. Likewise in a group, when
 * the command line names one of its commands, the others are names and summaries only (the group's help,
 * which lists their options, is shown when no command is named).
 */
import { readFileSync } from 'node:fs';
import { Command } from 'commander';
import type { CliIo } from './cliIo.js';
import {
  type CommandSpec,
  type GroupSpec,
  isGroupSpec,
  isPassThroughSpec,
  type PassThroughSpec,
  type ProgramEntry,
} from './commandSpec.js';
import { GLOBAL_HELP_GROUP, GLOBAL_OPTIONS, JSON_OPTION } from './globalOptions.js';
import { addOptionSpec } from './optionSpec.js';

export type RunHook = (spec: CommandSpec, path: string, leaf: Command, root: Command) => Promise<void>;
export type PassThroughHook = (spec: PassThroughSpec, argv: readonly string[]) => Promise<void>;

const ROOT_HELP = `
Exit codes: 0 ok, 1 failed (the message says why), 2 usage, 70 internal error, 130 cancelled.
Environment: TAO_NETWORK, TAO_CONFIG, TAO_WALLET_NAME, TAO_WALLET_HOTKEY, TAO_WALLET_PATH,
  TAO_WALLET_<WALLET>_PASSWORD[_FILE] (coldkey password), NO_COLOR, DEBUG=tao (stack traces).

Examples:
  tao wallet create --wallet-name validator
  tao wallet list --json
  tao config set network ws://10.0.0.5:9944`;

function packageVersion(): string {
  try {
    const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as {
      version?: string;
    };
    return pkg.version ?? '0.0.0';
  } catch {
    return '0.0.0';
  }
}

function addGlobalOptions(command: Command, spec?: CommandSpec): void {
  for (const option of GLOBAL_OPTIONS) {
    const replaced = option === JSON_OPTION && spec?.jsonOption !== undefined ? spec.jsonOption : option;
    addOptionSpec(command, replaced, GLOBAL_HELP_GROUP);
  }
}

function addLeaf(
  group: Command,
  spec: CommandSpec,
  name: string,
  hidden: boolean,
  hooks: RunHook,
  root: Command,
) {
  const leaf = group.command(name, { hidden }).summary(spec.summary).description(spec.summary);
  const path = group === root ? spec.name : `${group.name()} ${spec.name}`;
  if (spec.description !== undefined) leaf.addHelpText('after', `\n${spec.description}`);
  for (const arg of spec.args ?? [])
    leaf.argument(arg.required === true ? `<${arg.name}>` : `[${arg.name}]`, arg.description);
  for (const option of spec.options ?? []) addOptionSpec(leaf, option);
  addGlobalOptions(leaf, spec);
  leaf.action(async () => hooks(spec, path, leaf, root));
}

/** A command another one of its group is chosen over: its name and summary (for suggestions). */
function addBareLeaf(group: Command, spec: CommandSpec): void {
  group.command(spec.name).summary(spec.summary).description(spec.summary);
}

/** Whether argv names the command (by name or hidden alias), as isNamed. */
function isNamedCommand(spec: CommandSpec, argv: readonly string[]): boolean {
  return [spec.name, ...(spec.hiddenAliases ?? [])].some((name) => argv.includes(name));
}

function addGroupCommands(
  command: Command,
  group: GroupSpec,
  hooks: RunHook,
  root: Command,
  argv: readonly string[] | undefined,
): void {
  const named = argv === undefined ? [] : group.commands.filter((spec) => isNamedCommand(spec, argv));
  for (const spec of group.commands) {
    if (named.length > 0 && !named.includes(spec)) {
      addBareLeaf(command, spec);
      continue;
    }
    addLeaf(command, spec, spec.name, false, hooks, root);
    for (const alias of spec.hiddenAliases ?? []) addLeaf(command, spec, alias, true, hooks, root);
  }
}

function addPassThrough(root: Command, spec: PassThroughSpec, hook: PassThroughHook): void {
  const command = root
    .command(spec.name)
    .summary(spec.summary)
    .description(spec.summary)
    .helpOption(false)
    .allowUnknownOption()
    .allowExcessArguments()
    .passThroughOptions()
    .argument('[flags...]');
  command.action(async (args: string[]) => hook(spec, args));
}

/** Whether argv names the group (any word: a stray match only builds one group too many). */
function isNamed(group: GroupSpec, argv: readonly string[] | undefined): boolean {
  return argv === undefined || [group.name, ...(group.aliases ?? [])].some((name) => argv.includes(name));
}

/** The tree; with `argv`, only the groups it names have their commands (without: the whole tree). */
export function createProgram(
  entries: readonly ProgramEntry[],
  io: CliIo,
  hooks: RunHook,
  passThrough: PassThroughHook = async () => {},
  argv?: readonly string[],
): Command {
  const root = new Command('tao')
    .description("taonet's command line: wallets, staking, subnets and nodes, in btcli's vocabulary")
    .version(packageVersion(), '-V, --version')
    .enablePositionalOptions()
    .exitOverride()
    .showSuggestionAfterError(true)
    .configureOutput({
      writeOut: (text) => io.stdout.write(text),
      writeErr: (text) => io.stderr.write(text),
      outputError: () => {},
    })
    .addHelpText('after', ROOT_HELP);
  root.helpCommand(false);
  addGlobalOptions(root);
  for (const group of entries) {
    if (isPassThroughSpec(group)) {
      addPassThrough(root, group, passThrough);
      continue;
    }
    if (!isGroupSpec(group)) {
      addLeaf(root, group, group.name, false, hooks, root);
      for (const alias of group.hiddenAliases ?? []) addLeaf(root, group, alias, true, hooks, root);
      continue;
    }
    const command = root.command(group.name).summary(group.summary).description(group.summary);
    command.aliases([...(group.aliases ?? [])]).helpCommand(false);
    if (isNamed(group, argv)) addGroupCommands(command, group, hooks, root, argv);
  }
  return root;
}

/** Every long and short flag the tree knows (for normalizeArgv). */
export function collectFlags(command: Command, into: Set<string> = new Set()): Set<string> {
  for (const option of command.options) {
    if (option.long !== undefined) into.add(option.long);
    if (option.short !== undefined) into.add(option.short);
  }
  for (const sub of command.commands) collectFlags(sub, into);
  return into;
}

/** The command path (`wallet create`) named by the leading words of argv, as far as it matches. */
export function findCommandPath(root: Command, argv: readonly string[]): string {
  const names: string[] = [];
  let current = root;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    if (arg.startsWith('-')) {
      const takesValue = current.options.some((o) => o.long === arg && (o.required || o.optional));
      if (takesValue && current === root) i++;
      continue;
    }
    const next = current.commands.find((c) => c.name() === arg || c.aliases().includes(arg));
    if (next === undefined) break;
    names.push(next.name());
    current = next;
  }
  return names.join(' ');
}
