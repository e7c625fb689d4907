/**
 * What a running command gets: the global settings, stderr logging, prompts, a spinner, and the
 * remembered settings (flag > environment > config file > default). The config file is read once, on
 * first use; the network is resolved only by commands that use it, so an offline wallet command never
 * fails because of a bad `--network`.
 */

import type { ConfigValueKey } from '../config/configFile.js';
import { getConfigPath, type LoadedConfig, readConfigFile } from '../config/configFile.js';
import { type ResolvedNetwork, resolveNetwork } from '../config/resolveNetwork.js';
import { resolveSetting, type Setting } from '../config/resolveSettings.js';
import { createColors, isColorEnabled } from '../output/humanOutput.js';
import { createLogger, type Logger } from '../output/logger.js';
import { createSpinner, type Spinner } from '../output/spinner.js';
import { createPrompter, type Prompter } from '../prompt/prompter.js';
import type { CliIo } from './cliIo.js';
import type { Colors } from './commandSpec.js';
import type { GlobalSettings } from './globalOptions.js';

export interface CommandContext {
  /** The command as typed without flags, e.g. `wallet create`. */
  readonly command: string;
  readonly io: CliIo;
  readonly settings: GlobalSettings;
  readonly log: Logger;
  readonly prompter: Prompter;
  readonly spinner: Spinner;
  /** Colours for stderr. */
  readonly errColor: Colors;
  readonly configPath: string;
  config(): Promise<LoadedConfig>;
  /** A remembered setting; `flag` is the command line's value, if given. */
  setting(key: ConfigValueKey, flag?: string): Promise<Setting>;
  /** The chain endpoint from --network, TAO_NETWORK, the config, or `local`. */
  network(): Promise<ResolvedNetwork & { source: Setting['source'] }>;
}

export function createCommandContext(command: string, io: CliIo, settings: GlobalSettings): CommandContext {
  const errColor = createColors(isColorEnabled(io.stderr, io.env, settings.color));
  const configPath = getConfigPath(settings.config, io.env, io.home);
  let loaded: Promise<LoadedConfig> | undefined;
  const ctx: CommandContext = {
    command,
    io,
    settings,
    errColor,
    configPath,
    log: createLogger(io.stderr, errColor, settings),
    prompter: createPrompter(io, settings.prompt),
    spinner: createSpinner(io.stderr, io.stderr.isTTY === true && !settings.quiet && !settings.json),
    config() {
      loaded ??= readConfigFile(configPath).then((config) => {
        ctx.log.debug(`config: ${config.path}${config.exists ? '' : ' (not found: defaults apply)'}`);
        return config;
      });
      return loaded;
    },
    async setting(key, flag) {
      return resolveSetting(key, flag, io.env, (await ctx.config()).data);
    },
    async network() {
      const setting = await ctx.setting('network', settings.network);
      const resolved = resolveNetwork(setting.value, (await ctx.config()).data.networks);
      ctx.log.debug(`network: ${resolved.name ?? 'url'} ${resolved.url} (from ${setting.source})`);
      return { ...resolved, source: setting.source };
    },
  };
  return ctx;
}
