/**
 * The `--json` results of `tao stake ...`. Amounts are decimal strings of rao (TAO) or of alpha's
 * smallest unit (9 decimals too); prices are rao per alpha (1000000000 = 1 TAO per alpha); takes and
 * proportions are fractions between 0 and 1; a missing value is null.
 */
import { type Infer, s } from '../../output/schema.js';

/** The transaction that did it. */
export const txSchema = s.object({
  extrinsicHash: s.string(),
  blockHash: s.string(),
  blockNumber: s.integer(),
  /** fee paid, rao (null when the chain reported none) */
  fee: s.nullable(s.string()),
});
export type TxResult = Infer<typeof txSchema>;

/** The price protection a trade was sent with. */
export const protectionSchema = s.object({
  /** tolerated price move (0.005 = 0.5%), null with --unsafe */
  tolerance: s.nullable(s.number()),
  /** the limit sent (rao per alpha; for a swap the origin/destination price ratio), null with --unsafe */
  limitPrice: s.nullable(s.string()),
  partial: s.boolean(),
  /** spot price (or ratio) before, and the estimate after the trade */
  priceBefore: s.string(),
  priceAfterEstimate: s.string(),
});
export type Protection = Infer<typeof protectionSchema>;

export const stakeAddResultSchema = s.object({
  network: s.string(),
  coldkey: s.string(),
  hotkey: s.string(),
  netuid: s.integer(),
  /** TAO staked, rao */
  amount: s.string(),
  /** alpha the simulation expected */
  expectedAlpha: s.string(),
  protection: protectionSchema,
  stakeBefore: s.string(),
  stakeAfter: s.string(),
  balanceBefore: s.string(),
  balanceAfter: s.string(),
  tx: txSchema,
});
export type StakeAddResult = Infer<typeof stakeAddResultSchema>;

export const unstakedPositionSchema = s.object({
  netuid: s.integer(),
  /** alpha unstaked */
  amount: s.string(),
  /** TAO the simulation expected, rao */
  expectedTao: s.string(),
  stakeBefore: s.string(),
  stakeAfter: s.string(),
  /** null when the call carried no limit for this subnet (unstake_all, --unsafe) */
  protection: s.nullable(protectionSchema),
});

export const stakeRemoveResultSchema = s.object({
  network: s.string(),
  coldkey: s.string(),
  hotkey: s.string(),
  all: s.boolean(),
  /** the call sent: remove_stake(_limit), remove_stake_full_limit, unstake_all */
  call: s.string(),
  positions: s.array(unstakedPositionSchema),
  balanceBefore: s.string(),
  balanceAfter: s.string(),
  tx: txSchema,
});
export type StakeRemoveResult = Infer<typeof stakeRemoveResultSchema>;

export const stakeMoveResultSchema = s.object({
  network: s.string(),
  kind: s.enum(['move', 'transfer', 'swap']),
  call: s.string(),
  coldkey: s.string(),
  destinationColdkey: s.string(),
  originHotkey: s.string(),
  destinationHotkey: s.string(),
  originNetuid: s.integer(),
  destinationNetuid: s.integer(),
  /** origin alpha moved */
  amount: s.string(),
  /** destination alpha the simulation expected */
  expectedAmount: s.string(),
  /** null within one subnet (no trade) */
  protection: s.nullable(protectionSchema),
  originStakeBefore: s.string(),
  originStakeAfter: s.string(),
  destinationStakeBefore: s.string(),
  destinationStakeAfter: s.string(),
  tx: txSchema,
});
export type StakeMoveResult = Infer<typeof stakeMoveResultSchema>;

export const stakePositionSchema = s.object({
  hotkey: s.string(),
  /** the wallet's name for the hotkey, when it is one of its hotkeys */
  hotkeyName: s.nullable(s.string()),
  netuid: s.integer(),
  symbol: s.string(),
  /** alpha staked */
  stake: s.string(),
  price: s.string(),
  /** stake at the spot price, rao */
  value: s.string(),
  /** what unstaking it all would return now (swap simulation, fee deducted), rao; null if it cannot */
  swapValue: s.nullable(s.string()),
});

export const stakeListResultSchema = s.object({
  network: s.string(),
  block: s.integer(),
  coldkey: s.string(),
  positions: s.array(stakePositionSchema),
  /** sum of the values, rao */
  totalValue: s.string(),
});
export type StakeListResult = Infer<typeof stakeListResultSchema>;

export const childKeySchema = s.object({
  hotkey: s.string(),
  /** share of the parent's stake weight */
  proportion: s.number(),
  /** the u64 proportion on chain */
  proportionRaw: s.string(),
});

export const stakeChildGetResultSchema = s.object({
  network: s.string(),
  netuid: s.integer(),
  hotkey: s.string(),
  children: s.array(childKeySchema),
  parents: s.array(childKeySchema),
  /** children scheduled by set_children, applying after cooldownBlock */
  pending: s.nullable(s.object({ children: s.array(childKeySchema), cooldownBlock: s.string() })),
  /** the hotkey's childkey take on the subnet */
  childkeyTake: s.number(),
});
export type StakeChildGetResult = Infer<typeof stakeChildGetResultSchema>;

export const stakeChildSetResultSchema = s.object({
  network: s.string(),
  netuid: s.integer(),
  hotkey: s.string(),
  children: s.array(childKeySchema),
  /** when the new children apply (null when the chain applied them at once) */
  cooldownBlock: s.nullable(s.string()),
  tx: txSchema,
});
export type StakeChildSetResult = Infer<typeof stakeChildSetResultSchema>;

export const stakeChildTakeResultSchema = s.object({
  network: s.string(),
  netuid: s.integer(),
  hotkey: s.string(),
  takeBefore: s.number(),
  take: s.number(),
  /** null when only shown */
  tx: s.nullable(txSchema),
});
export type StakeChildTakeResult = Infer<typeof stakeChildTakeResultSchema>;

export const stakeSetTakeResultSchema = s.object({
  network: s.string(),
  hotkey: s.string(),
  takeBefore: s.number(),
  take: s.number(),
  call: s.enum(['increase_take', 'decrease_take']),
  tx: txSchema,
});
export type StakeSetTakeResult = Infer<typeof stakeSetTakeResultSchema>;
