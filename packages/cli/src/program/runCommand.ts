/**
 * Runs one parsed command: global settings, context, the implementation (imported now), the result
 * checked against its declared schema, then printed as the JSON envelope or rendered for people. Every
 * error is presented (presentError) and becomes the exit code; nothing escapes as a stack trace.
 */
import type { Command } from 'commander';
import { OutputSchemaError, UsageError } from '../errors/cliErrors.js';
import { presentError, writeError } from '../errors/presentError.js';
import { createColors, createHumanOutput, isColorEnabled } from '../output/humanOutput.js';
import { formatEnvelope } from '../output/jsonEnvelope.js';
import { checkSchema } from '../output/schema.js';
import type { CliIo } from './cliIo.js';
import { type CommandContext, createCommandContext } from './commandContext.js';
import type { CommandInput, CommandSpec } from './commandSpec.js';
import { ExitCode } from './exitCodes.js';
import { readGlobalSettings } from './globalOptions.js';
import { getOptionKey, readOptionValue } from './optionSpec.js';

function readCommandInput(spec: CommandSpec, leaf: Command): CommandInput {
  const opts: Record<string, unknown> = {};
  const given = new Set<string>();
  const specs = [...(spec.options ?? []), ...(spec.jsonOption === undefined ? [] : [spec.jsonOption])];
  for (const option of specs) {
    const key = getOptionKey(option);
    const { value, given: isGiven } = readOptionValue(leaf, option);
    if (isGiven || !(key in opts)) opts[key] = value;
    if (isGiven) given.add(key);
  }
  return { opts, given: (key) => given.has(key), args: leaf.processedArgs as (string | undefined)[] };
}

/** Milliseconds since `started` (process.hrtime: the `performance` global loads perf_hooks, ~0.5 ms). */
const msSince = (started: bigint) => (Number(process.hrtime.bigint() - started) / 1e6).toFixed(0);

async function execute(spec: CommandSpec, ctx: CommandContext, leaf: Command): Promise<void> {
  const started = process.hrtime.bigint();
  const module = await spec.load();
  ctx.log.debug(`${ctx.command}: implementation loaded in ${msSince(started)} ms`);
  const result = await module.run(ctx, readCommandInput(spec, leaf));
  ctx.spinner.stop();
  const problems = checkSchema(module.result, result);
  if (problems.length > 0) {
    throw new OutputSchemaError(
      `the result of ${ctx.command} does not match its schema: ${problems.join('; ')}`,
    );
  }
  if (ctx.settings.json) {
    ctx.io.stdout.write(formatEnvelope({ ok: true, command: ctx.command, data: result }));
  } else {
    const color = isColorEnabled(ctx.io.stdout, ctx.io.env, ctx.settings.color);
    module.render(result, createHumanOutput(ctx.io.stdout, color), ctx);
  }
  ctx.log.debug(`${ctx.command}: done in ${msSince(started)} ms`);
}

export async function runCommand(
  spec: CommandSpec,
  path: string,
  leaf: Command,
  root: Command,
  io: CliIo,
): Promise<number> {
  const settings = readGlobalSettings(leaf, root);
  const ctx = createCommandContext(path, io, settings);
  try {
    await execute(spec, ctx, leaf);
    return ExitCode.OK;
  } catch (error) {
    ctx.spinner.stop();
    const presented = presentError(error, { command: path, interactive: ctx.prompter.enabled });
    writeError(presented, io, {
      json: settings.json,
      verbose: settings.verbose,
      command: path,
      colors: ctx.errColor,
    });
    return presented.exitCode;
  }
}

/** A command-line parsing error (unknown option, missing value...), reported like any other error. */
export function reportUsageError(
  message: string,
  path: string,
  io: CliIo,
  pre: { json: boolean; verbose: boolean },
): number {
  const presented = presentError(new UsageError(message), { command: path, interactive: false });
  const colors = createColors(isColorEnabled(io.stderr, io.env, true));
  writeError(presented, io, { json: pre.json, verbose: pre.verbose, command: path, colors });
  return presented.exitCode;
}
