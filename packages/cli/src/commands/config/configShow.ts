/**
 * `tao config list` and `tao config get [key]`: the effective settings with where each comes from (this
 * command line, the environment, the config file, the default), the networks named in the config, and
 * the endpoint `network` resolves to.
 */
import { isTaonetError } from '@taonet/primitives';
import { CONFIG_VALUE_KEYS } from '../../config/configFile.js';
import { BUILTIN_NETWORKS, resolveNetwork } from '../../config/resolveNetwork.js';
import { parseConfigKey } from '../../config/resolveSettings.js';
import { UsageError } from '../../errors/cliErrors.js';
import type { CommandContext } from '../../program/commandContext.js';
import type { CommandModule, HumanOutput } from '../../program/commandSpec.js';
import { type ConfigShowResult, configShowResultSchema, type SettingEntry } from './configSchemas.js';

async function collect(ctx: CommandContext): Promise<ConfigShowResult> {
  const config = await ctx.config();
  const settings: SettingEntry[] = [];
  for (const key of CONFIG_VALUE_KEYS) {
    const setting = await ctx.setting(key, key === 'network' ? ctx.settings.network : undefined);
    settings.push({ key, value: setting.value, source: setting.source, env: setting.envName ?? null });
  }
  for (const [name, url] of Object.entries(BUILTIN_NETWORKS)) {
    settings.push({ key: `networks.${name}`, value: url, source: 'builtin', env: null });
  }
  for (const [name, url] of Object.entries(config.data.networks).sort(([a], [b]) => a.localeCompare(b))) {
    settings.push({ key: `networks.${name}`, value: url, source: 'config', env: null });
  }
  const network = settings[0]?.value ?? 'local';
  let endpoint: ConfigShowResult['endpoint'];
  try {
    endpoint = { url: resolveNetwork(network, config.data.networks).url, error: null };
  } catch (error) {
    if (!isTaonetError(error)) throw error;
    endpoint = { url: null, error: error.message };
  }
  return { path: config.path, exists: config.exists, settings, endpoint };
}

function render(result: ConfigShowResult, out: HumanOutput): void {
  const c = out.color;
  out.line(`${c.dim('config file:')} ${result.path}${result.exists ? '' : c.dim(' (not created yet)')}`);
  const rows = result.settings.map((s) => [
    s.key,
    s.value ?? c.dim('(unset)'),
    s.source === 'env' && s.env !== null ? `env ${s.env}` : s.source,
  ]);
  out.table(['key', 'value', 'from'], rows);
  if (result.endpoint.error !== null) out.line(c.red(`network: ${result.endpoint.error}`));
  else if (result.settings.length > 0) out.line(`${c.dim('endpoint:')} ${result.endpoint.url ?? ''}`);
}

export const configList: CommandModule<ConfigShowResult> = {
  result: configShowResultSchema,
  run: (ctx) => collect(ctx),
  render,
};

export const configGet: CommandModule<ConfigShowResult> = {
  result: configShowResultSchema,
  async run(ctx, input) {
    const all = await collect(ctx);
    const given = input.args[0];
    if (given === undefined) return all;
    const key = parseConfigKey(given);
    if (key === undefined) throw new UsageError(`unknown config key "${given}"`, { details: { key: given } });
    const name = key.kind === 'value' ? key.key : `networks.${key.name}`;
    const found = all.settings.filter((s) => s.key === name);
    const settings =
      found.length > 0 ? found : [{ key: name, value: null, source: 'default' as const, env: null }];
    return { ...all, settings };
  },
  render,
};
