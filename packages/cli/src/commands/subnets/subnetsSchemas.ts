/**
 * The `--json` results of `tao subnets ...`. Amounts are decimal strings of rao (TAO) or of alpha's
 * smallest unit; prices are rao per alpha (1000000000 = 1 TAO per alpha); u16 chain fractions are given
 * as numbers between 0 and 1.
 */
import { type Infer, s } from '../../output/schema.js';

export const subnetRowSchema = s.object({
  netuid: s.integer(),
  name: s.string(),
  symbol: s.string(),
  owner: s.nullable(s.string()),
  /** Spot price, rao per alpha. */
  price: s.string(),
  /** The pool's TAO reserve, rao. */
  taoIn: s.string(),
  alphaIn: s.string(),
  alphaOut: s.string(),
  neurons: s.integer(),
  maxNeurons: s.integer(),
  tempo: s.integer(),
  /** Neuron registration price (burned_register), rao. */
  burn: s.string(),
  /** start_call done: emission is on. */
  started: s.boolean(),
});
export type SubnetRow = Infer<typeof subnetRowSchema>;

export const subnetsListResultSchema = s.object({
  network: s.string(),
  block: s.integer(),
  subnets: s.array(subnetRowSchema),
});
export type SubnetsListResult = Infer<typeof subnetsListResultSchema>;

export const subnetsShowResultSchema = s.object({
  network: s.string(),
  block: s.integer(),
  subnet: subnetRowSchema,
  ownerHotkey: s.nullable(s.string()),
  mechanism: s.integer(),
  registeredAt: s.string(),
  blocksSinceLastStep: s.string(),
  firstEmissionBlock: s.nullable(s.string()),
  /** TAO the owner locked at registration, rao. */
  locked: s.string(),
  identity: s.nullable(s.record(s.string())),
});
export type SubnetsShowResult = Infer<typeof subnetsShowResultSchema>;

export const subnetsHyperparametersResultSchema = s.object({
  network: s.string(),
  netuid: s.integer(),
  /** subtensor's hyperparameters by camelCase name; integers as decimal strings, booleans as is. */
  hyperparameters: s.record(s.unknown()),
});
export type SubnetsHyperparametersResult = Infer<typeof subnetsHyperparametersResultSchema>;

export const subnetsBurnCostResultSchema = s.object({
  network: s.string(),
  /** The subnet of a neuron registration, or null for the cost of creating a subnet. */
  netuid: s.nullable(s.integer()),
  kind: s.enum(['neuron-registration', 'subnet-creation']),
  /** rao */
  cost: s.string(),
});
export type SubnetsBurnCostResult = Infer<typeof subnetsBurnCostResultSchema>;

export const metagraphNeuronSchema = s.object({
  uid: s.integer(),
  hotkey: s.string(),
  coldkey: s.string(),
  /** Stake weight (alpha + root TAO x TaoWeight), rao. */
  stake: s.string(),
  alphaStake: s.string(),
  taoStake: s.string(),
  rank: s.number(),
  trust: s.number(),
  consensus: s.number(),
  incentive: s.number(),
  dividends: s.number(),
  validatorTrust: s.number(),
  /** Alpha emitted at the last epoch. */
  emission: s.string(),
  active: s.boolean(),
  validatorPermit: s.boolean(),
  lastUpdate: s.integer(),
  /** `ip:port`, or null when never served. */
  axon: s.nullable(s.string()),
});

export const subnetsMetagraphResultSchema = s.object({
  network: s.string(),
  netuid: s.integer(),
  block: s.integer(),
  blockHash: s.string(),
  n: s.integer(),
  neurons: s.array(metagraphNeuronSchema),
});
export type SubnetsMetagraphResult = Infer<typeof subnetsMetagraphResultSchema>;
