/**
 * The `--json` results of the subnet owner's and registrant's commands (`subnets create`, `register`,
 * `start`) and of `subnets price`. Amounts are decimal strings of rao; prices rao per alpha.
 */
import { type Infer, s } from '../../output/schema.js';

/** Where a transaction landed. */
export const inclusionShape = {
  extrinsicHash: s.string(),
  blockHash: s.string(),
  blockNumber: s.integer(),
  /** rao, null when the chain reported none */
  fee: s.nullable(s.string()),
};

export const subnetsCreateResultSchema = s.object({
  network: s.string(),
  netuid: s.integer(),
  owner: s.string(),
  ownerHotkey: s.string(),
  /** TAO locked (the network registration cost when checked), rao */
  lockCost: s.string(),
  name: s.nullable(s.string()),
  symbol: s.nullable(s.string()),
  ...inclusionShape,
});
export type SubnetsCreateResult = Infer<typeof subnetsCreateResultSchema>;

export const subnetsRegisterResultSchema = s.object({
  network: s.string(),
  netuid: s.integer(),
  hotkey: s.string(),
  coldkey: s.string(),
  uid: s.integer(),
  /** the registration price when checked, rao */
  burn: s.string(),
  balanceBefore: s.string(),
  balanceAfter: s.string(),
  ...inclusionShape,
});
export type SubnetsRegisterResult = Infer<typeof subnetsRegisterResultSchema>;

export const subnetsStartResultSchema = s.object({
  network: s.string(),
  netuid: s.integer(),
  owner: s.string(),
  /** the first block with emission */
  firstEmissionBlock: s.nullable(s.integer()),
  ...inclusionShape,
});
export type SubnetsStartResult = Infer<typeof subnetsStartResultSchema>;

export const subnetPriceRowSchema = s.object({
  netuid: s.integer(),
  name: s.string(),
  symbol: s.string(),
  /** spot price, rao per alpha */
  price: s.string(),
  /** the EMA price the emission split uses, TAO per alpha */
  movingPrice: s.number(),
  taoIn: s.string(),
  alphaIn: s.string(),
  started: s.boolean(),
});
export type SubnetPriceRow = Infer<typeof subnetPriceRowSchema>;

export const subnetsPriceResultSchema = s.object({
  network: s.string(),
  block: s.integer(),
  prices: s.array(subnetPriceRowSchema),
});
export type SubnetsPriceResult = Infer<typeof subnetsPriceResultSchema>;
