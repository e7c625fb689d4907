/**
 * The `--json` results of `tao config ...`. A setting's `source` says where its effective value comes
 * from: `flag` (this command line), `env` (the variable named in `env`), `config` (the file), `default`,
 * or for networks `builtin`.
 */
import { type Infer, s } from '../../output/schema.js';

export const settingEntrySchema = s.object({
  /** `network`, `wallet-name`, `wallet-hotkey`, `wallet-path` or `networks.<name>`. */
  key: s.string(),
  value: s.nullable(s.string()),
  source: s.enum(['flag', 'env', 'config', 'default', 'builtin']),
  /** The environment variable, when source is `env`. */
  env: s.nullable(s.string()),
});

export const configShowResultSchema = s.object({
  /** The config file. */
  path: s.string(),
  exists: s.boolean(),
  settings: s.array(settingEntrySchema),
  /** Where `network` leads: its ws:// URL, or the reason it cannot be resolved. */
  endpoint: s.object({ url: s.nullable(s.string()), error: s.nullable(s.string()) }),
});

export const configSetResultSchema = s.object({
  path: s.string(),
  changes: s.array(s.object({ key: s.string(), value: s.string(), previous: s.nullable(s.string()) })),
});

export const configUnsetResultSchema = s.object({
  path: s.string(),
  key: s.string(),
  /** The removed value; null when it was not set. */
  previous: s.nullable(s.string()),
});

export type SettingEntry = Infer<typeof settingEntrySchema>;
export type ConfigShowResult = Infer<typeof configShowResultSchema>;
export type ConfigSetResult = Infer<typeof configSetResultSchema>;
export type ConfigUnsetResult = Infer<typeof configUnsetResultSchema>;
