/** The `--json` results of `tao localnet up`, `status` and `down`. */
import type { LocalnetStatusJson } from '../../localnet/collectLocalnetStatus.js';
import { type Infer, type Schema, s } from '../../output/schema.js';

const neuronSchema = s.object({
  uid: s.integer(),
  hotkey: s.string(),
  role: s.enum(['owner', 'validator', 'miner']),
  weak: s.boolean(),
  incentive: s.number(),
  dividends: s.number(),
  stakeRao: s.string(),
});

const subnetSchema = s.object({
  netuid: s.integer(),
  name: s.string(),
  epochs: s.integer(),
  price: s.string(),
  neurons: s.array(neuronSchema),
});

/**
 * `tao localnet status --json`'s `data`, the localnet's contract: `{"block": n, "finalized": n, "rpc":
 * "ws://...", "explorer": "http://..." | null, "subnets": [{"netuid": n, "name": s, "epochs": n, "price": s,
 * "neurons": [{"uid": n, "hotkey": s, "role": "owner"|"validator"|"miner", "weak": bool, "incentive":
 * number, "dividends": number, "stakeRao": s}]}]}`. Objects are closed: no key more, none less.
 */
export const localnetStatusSchema: Schema<LocalnetStatusJson> = s.object({
  block: s.integer(),
  finalized: s.integer(),
  rpc: s.string(),
  explorer: s.nullable(s.string()),
  subnets: s.array(subnetSchema),
});

export const localnetUpSchema = s.object({
  dataDir: s.string(),
  rpc: s.string(),
  /** seconds from the command's start to the stop */
  ranSeconds: s.number(),
  /** why it stopped: `signal SIGINT`, `node exited`, ... */
  reason: s.string(),
  stopped: s.array(s.string()),
  /** the processes that did not stop cleanly on SIGTERM: killed after the grace period, or a failure exit */
  unclean: s.array(s.string()),
});
export type LocalnetUpResult = Infer<typeof localnetUpSchema>;

export const localnetDownSchema = s.object({
  dataDir: s.string(),
  /** whether a localnet was running there */
  wasRunning: s.boolean(),
  stopped: s.array(s.string()),
});
export type LocalnetDownResult = Infer<typeof localnetDownSchema>;
