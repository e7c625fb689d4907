/** The `--json` results of `tao localnet up`, `status` and `down`. */
import type { LocalnetStatus } from '../../localnet/collectLocalnetStatus.js';
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
  emissionShare: s.number(),
  neurons: s.array(neuronSchema),
});

export const localnetStatusSchema: Schema<LocalnetStatus> = s.object({
  block: s.integer(),
  finalized: s.integer(),
  rpc: s.string(),
  explorer: s.nullable(s.string()),
  issuanceRao: s.string(),
  blockEmissionRao: s.string(),
  logsDir: s.string(),
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
});
export type LocalnetUpResult = Infer<typeof localnetUpSchema>;

export const localnetDownSchema = s.object({
  dataDir: s.string(),
  /** whether a localnet was running there */
  wasRunning: s.boolean(),
  stopped: s.array(s.string()),
});
export type LocalnetDownResult = Infer<typeof localnetDownSchema>;
