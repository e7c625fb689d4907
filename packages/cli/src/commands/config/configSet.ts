/**
 * `tao config set <key> <value>` (or btcli's flag form, `tao config set --network ws://... --wallet-name
 * alice`) and `tao config unset <key>`: change the config file. Values are checked before anything is
 * written: network (local, a ws:// URL or a name under networks), networks.<name> (a ws:// URL), wallet
 * and hotkey names (plain file names), the wallet path (not empty).
 */

import { type ConfigData, type LoadedConfig, writeConfigFile } from '../../config/configFile.js';
import {
  BUILTIN_NETWORKS,
  isNetworkName,
  parseEndpointUrl,
  resolveNetwork,
} from '../../config/resolveNetwork.js';
import { type ConfigKey, parseConfigKey } from '../../config/resolveSettings.js';
import { UsageError } from '../../errors/cliErrors.js';
import type { CommandContext } from '../../program/commandContext.js';
import type { CommandInput, CommandModule } from '../../program/commandSpec.js';
import {
  type ConfigSetResult,
  type ConfigUnsetResult,
  configSetResultSchema,
  configUnsetResultSchema,
} from './configSchemas.js';

interface Change {
  key: ConfigKey;
  value: string;
}

function keyName(key: ConfigKey): string {
  return key.kind === 'value' ? key.key : `networks.${key.name}`;
}

function parseKey(text: string): ConfigKey {
  const key = parseConfigKey(text);
  if (key === undefined) {
    throw new UsageError(
      `unknown config key "${text}": use network, wallet-name, wallet-hotkey, wallet-path or networks.<name>`,
      { details: { key: text } },
    );
  }
  return key;
}

/** The changes the command line asks for: `<key> <value>` and/or the flags. */
function readChanges(ctx: CommandContext, input: CommandInput): Change[] {
  const changes: Change[] = [];
  const [keyText, value] = input.args;
  if (keyText !== undefined) {
    if (value === undefined) throw new UsageError(`give a value: tao config set ${keyText} <value>`);
    changes.push({ key: parseKey(keyText), value });
  }
  if (ctx.settings.network !== undefined)
    changes.push({ key: { kind: 'value', key: 'network' }, value: ctx.settings.network });
  const flags = [
    ['walletName', 'wallet-name'],
    ['walletHotkey', 'wallet-hotkey'],
    ['walletPath', 'wallet-path'],
  ] as const;
  for (const [opt, key] of flags) {
    const given = input.opts[opt];
    if (typeof given === 'string') changes.push({ key: { kind: 'value', key }, value: given });
  }
  if (changes.length === 0) {
    throw new UsageError(
      'nothing to set: give <key> <value>, or --network, --wallet-name, --wallet-hotkey, --wallet-path',
    );
  }
  return changes;
}

async function validate(change: Change, data: ConfigData): Promise<void> {
  const { key, value } = change;
  if (value.trim() === '') throw new UsageError(`${keyName(key)} cannot be empty (use tao config unset)`);
  if (key.kind === 'network') {
    if (!isNetworkName(key.name) || Object.hasOwn(BUILTIN_NETWORKS, key.name)) {
      throw new UsageError(
        `"${key.name}" cannot name a network: use letters, digits, - and _ (and not "local")`,
      );
    }
    if (parseEndpointUrl(value) === undefined)
      throw new UsageError(`networks.${key.name} must be a ws:// or wss:// URL`);
  } else if (key.key === 'network') {
    resolveNetwork(value, data.networks);
  } else if (key.key === 'wallet-name' || key.key === 'wallet-hotkey') {
    const { ensureKeyName } = await import('@taonet/sdk');
    ensureKeyName(value, key.key === 'wallet-name' ? 'wallet' : 'hotkey');
  }
}

function previousValue(data: ConfigData, key: ConfigKey): string | null {
  return (key.kind === 'value' ? data.values[key.key] : data.networks[key.name]) ?? null;
}

function apply(data: ConfigData, key: ConfigKey, value: string | undefined): void {
  if (key.kind === 'network') {
    if (value === undefined) delete data.networks[key.name];
    else data.networks[key.name] = value;
  } else if (value === undefined) delete data.values[key.key];
  else data.values[key.key] = value;
}

async function save(ctx: CommandContext, config: LoadedConfig): Promise<void> {
  await writeConfigFile(config.path, config.data);
  ctx.log.debug(`config written: ${config.path}`);
}

export const configSet: CommandModule<ConfigSetResult> = {
  result: configSetResultSchema,
  async run(ctx, input) {
    const config = await ctx.config();
    const changes = readChanges(ctx, input);
    const next: ConfigData = {
      ...config.data,
      values: { ...config.data.values },
      networks: { ...config.data.networks },
    };
    const result: ConfigSetResult['changes'] = [];
    // Networks first, so that `network` may name one defined by the same command.
    for (const change of [...changes].sort((a, b) =>
      a.key.kind === 'network' ? -1 : b.key.kind === 'network' ? 1 : 0,
    )) {
      await validate(change, next);
      result.push({
        key: keyName(change.key),
        value: change.value,
        previous: previousValue(next, change.key),
      });
      apply(next, change.key, change.value);
    }
    await save(ctx, { ...config, data: next });
    return { path: config.path, changes: result };
  },
  render(result, out) {
    for (const change of result.changes) {
      const was = change.previous === null ? '' : out.color.dim(` (was ${change.previous})`);
      out.line(`${out.color.green('✔')} ${change.key} = ${change.value}${was}`);
    }
    out.line(out.color.dim(`saved in ${result.path}`));
  },
};

export const configUnset: CommandModule<ConfigUnsetResult> = {
  result: configUnsetResultSchema,
  async run(ctx, input) {
    const config = await ctx.config();
    const text = input.args[0] ?? '';
    const key = parseKey(text);
    const previous = previousValue(config.data, key);
    if (previous !== null) {
      apply(config.data, key, undefined);
      await save(ctx, config);
    }
    return { path: config.path, key: keyName(key), previous };
  },
  render(result, out) {
    const c = out.color;
    out.line(
      result.previous === null
        ? `${result.key} was not set`
        : `${c.green('✔')} ${result.key} unset ${c.dim(`(was ${result.previous})`)}`,
    );
  },
};
