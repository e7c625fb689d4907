/**
 * `tao <args>`: builds the command tree (specs only), folds btcli's flag spellings, parses, and runs the
 * chosen command through runCommand, which is imported only then (with the SDK and everything heavy
 * behind it), so `tao --help` stays fast. Returns the exit code (see exitCodes.ts).
 */
import { CommanderError } from 'commander';
import { COMMAND_GROUPS } from './commands/commandGroups.js';
import { type CliIo, createProcessIo } from './program/cliIo.js';
import { type CommandSpec, isGroupSpec, isPassThroughSpec } from './program/commandSpec.js';
import { collectFlags, createProgram, findCommandPath } from './program/createProgram.js';
import { ExitCode } from './program/exitCodes.js';
import { prescanArgv } from './program/globalOptions.js';
import { normalizeArgv } from './program/normalizeArgv.js';

/** Commands whose `--json` takes a file (btcli's regen-* `--json <file>`). */
function valueJsonCommands(): Set<string> {
  const names = new Set<string>();
  for (const entry of COMMAND_GROUPS) {
    if (isPassThroughSpec(entry)) continue;
    const specs: readonly CommandSpec[] = isGroupSpec(entry) ? entry.commands : [entry];
    for (const spec of specs) {
      if (spec.jsonOption !== undefined)
        for (const n of [spec.name, ...(spec.hiddenAliases ?? [])]) names.add(n);
    }
  }
  return names;
}

async function reportParseError(error: CommanderError, argv: readonly string[], path: string, io: CliIo) {
  const { reportUsageError } = await import('./program/runCommand.js');
  const pre = prescanArgv(argv, valueJsonCommands());
  const message = error.message
    .replace(/^error:\s*/, '')
    .replace(/\n\(Did you mean (.*)\?\)/, ' (did you mean $1?)');
  return reportUsageError(message, path, io, pre);
}

export async function runCli(argv: readonly string[], io: CliIo = createProcessIo()): Promise<number> {
  let exitCode: number = ExitCode.OK;
  const program = createProgram(
    COMMAND_GROUPS,
    io,
    async (spec, path, leaf, root) => {
      const { runCommand } = await import('./program/runCommand.js');
      exitCode = await runCommand(spec, path, leaf, root, io);
    },
    async (spec, rest) => {
      exitCode = await (await spec.load()).run(rest, io);
    },
    argv,
  );
  const args = normalizeArgv(argv, collectFlags(program));
  try {
    await program.parseAsync(args, { from: 'user' });
    return exitCode;
  } catch (error) {
    if (!(error instanceof CommanderError)) throw error;
    if (error.code === 'commander.helpDisplayed' || error.code === 'commander.version') return ExitCode.OK;
    // A group without its command: commander has printed the group's help on stderr.
    if (error.code === 'commander.help' || error.code === 'commander.executeSubCommandAsync')
      return ExitCode.USAGE;
    return reportParseError(error, args, findCommandPath(program, args), io);
  }
}
