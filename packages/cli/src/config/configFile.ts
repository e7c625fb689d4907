/**
 * The config file: JSON at `--config <file>`, else `$TAO_CONFIG`, else `~/.taonet/config.json`:
 *   {"network": "local", "wallet-name": "validator", "wallet-hotkey": "default",
 *    "wallet-path": "~/.bittensor/wallets", "networks": {"devnet": "ws://10.0.0.5:9944"}}
 * Every key is optional. Unknown keys are kept when the file is rewritten (a newer `tao` may have written
 * them). Written atomically (temporary file, then rename) with mode 0600 in a 0700 directory. Read and
 * written with node:fs's synchronous calls: a small file, read by every command at start, where
 * node:fs/promises costs a module to load (~0.5 ms, with readline) and four thread-pool round trips.
 */
import { mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, isAbsolute, join, resolve } from 'node:path';
import { ConfigError } from '../errors/cliErrors.js';

export const CONFIG_ENV = 'TAO_CONFIG';
export const DEFAULT_CONFIG_DIR = '.taonet';
export const CONFIG_FILE_NAME = 'config.json';

export type ConfigValueKey = 'network' | 'wallet-name' | 'wallet-hotkey' | 'wallet-path';
export const CONFIG_VALUE_KEYS: readonly ConfigValueKey[] = [
  'network',
  'wallet-name',
  'wallet-hotkey',
  'wallet-path',
];

export interface ConfigData {
  values: Partial<Record<ConfigValueKey, string>>;
  networks: Record<string, string>;
  /** Keys this version does not know, kept as they are. */
  extra: Record<string, unknown>;
}

export interface LoadedConfig {
  path: string;
  exists: boolean;
  data: ConfigData;
}

/** The config file's path: the flag, else $TAO_CONFIG, else ~/.taonet/config.json (`~` expanded). */
export function getConfigPath(
  flag: string | undefined,
  env: Readonly<Record<string, string | undefined>>,
  home: string,
): string {
  const given = flag ?? (env[CONFIG_ENV] === '' ? undefined : env[CONFIG_ENV]);
  if (given === undefined) return join(home, DEFAULT_CONFIG_DIR, CONFIG_FILE_NAME);
  if (given === '~' || given.startsWith('~/')) return join(home, given.slice(1));
  return isAbsolute(given) ? given : resolve(given);
}

export function emptyConfig(): ConfigData {
  return { values: {}, networks: {}, extra: {} };
}

function invalid(path: string, problem: string): ConfigError {
  return new ConfigError(`the config file ${path} ${problem}`, { details: { path } });
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Validates parsed JSON into ConfigData; ConfigError naming the bad key. */
export function parseConfig(path: string, json: unknown): ConfigData {
  if (!isRecord(json)) throw invalid(path, 'is not a JSON object');
  const data = emptyConfig();
  for (const [key, value] of Object.entries(json)) {
    if ((CONFIG_VALUE_KEYS as readonly string[]).includes(key)) {
      if (typeof value !== 'string') throw invalid(path, `has a non-string "${key}"`);
      data.values[key as ConfigValueKey] = value;
    } else if (key === 'networks') {
      if (!isRecord(value)) throw invalid(path, 'has "networks" that is not an object');
      for (const [name, url] of Object.entries(value)) {
        if (typeof url !== 'string') throw invalid(path, `has a non-string URL for network "${name}"`);
        if (name !== '__proto__') data.networks[name] = url;
      }
    } else {
      data.extra[key] = value;
    }
  }
  return data;
}

export async function readConfigFile(path: string): Promise<LoadedConfig> {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (cause) {
    const code = (cause as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return { path, exists: false, data: emptyConfig() };
    throw new ConfigError(`cannot read the config file ${path} (${code ?? 'error'})`, {
      details: { path },
      cause,
    });
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw invalid(path, 'is not valid JSON');
  }
  return { path, exists: true, data: parseConfig(path, json) };
}

/** The JSON object written for some config data: known keys first, in a fixed order. */
export function serializeConfig(data: ConfigData): string {
  const out: Record<string, unknown> = {};
  for (const key of CONFIG_VALUE_KEYS) if (data.values[key] !== undefined) out[key] = data.values[key];
  if (Object.keys(data.networks).length > 0) out.networks = data.networks;
  Object.assign(out, data.extra);
  return `${JSON.stringify(out, null, 2)}\n`;
}

export async function writeConfigFile(path: string, data: ConfigData): Promise<void> {
  // a name no other write has (the process, the time), created exclusively (`wx`): no node:crypto to load
  // (~2.5 ms) in a module every command imports
  const unique = `${process.pid}-${process.hrtime.bigint().toString(36)}`;
  const tmp = join(dirname(path), `.${CONFIG_FILE_NAME}.${unique}.tmp`);
  try {
    mkdirSync(dirname(path), { recursive: true, mode: 0o700 });
    writeFileSync(tmp, serializeConfig(data), { mode: 0o600, flag: 'wx' });
    renameSync(tmp, path);
  } catch (cause) {
    rmSync(tmp, { force: true });
    const code = (cause as NodeJS.ErrnoException).code ?? 'error';
    throw new ConfigError(`cannot write the config file ${path} (${code})`, { details: { path }, cause });
  }
}
