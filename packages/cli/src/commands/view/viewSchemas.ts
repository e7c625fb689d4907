/**
 * The dashboard snapshot (`tao view dashboard --json`): chain head, issuance, every subnet's price and
 * emission, the wallet's balance and stake. Amounts are decimal strings of rao (alpha for stakes);
 * emissions are per block.
 */
import { type Infer, s } from '../../output/schema.js';

export const dashboardSubnetSchema = s.object({
  netuid: s.integer(),
  name: s.string(),
  symbol: s.string(),
  /** rao per alpha */
  price: s.string(),
  /** TAO injected into the pool per block, rao */
  taoEmission: s.string(),
  /** alpha emitted to the subnet's participants per block */
  alphaEmission: s.string(),
  taoIn: s.string(),
  tempo: s.integer(),
  blocksSinceLastStep: s.string(),
});

export const dashboardStakeSchema = s.object({
  netuid: s.integer(),
  hotkey: s.string(),
  /** alpha (TAO on root) */
  stake: s.string(),
  /** at the spot price, rao */
  value: s.string(),
});

export const dashboardWalletSchema = s.object({
  name: s.string(),
  coldkey: s.string(),
  free: s.string(),
  stakes: s.array(dashboardStakeSchema),
  /** the stakes' value, rao */
  staked: s.string(),
});

export const dashboardSnapshotSchema = s.object({
  network: s.string(),
  block: s.integer(),
  blockHash: s.string(),
  finalized: s.integer(),
  /** every balance (Balances.TotalIssuance), rao */
  issuance: s.string(),
  /** TAO in the subnet pools, rao */
  totalStake: s.string(),
  subnets: s.array(dashboardSubnetSchema),
  /** null when no wallet was found (--wallet-name) */
  wallet: s.nullable(dashboardWalletSchema),
});
export type DashboardSnapshot = Infer<typeof dashboardSnapshotSchema>;
export type DashboardWallet = Infer<typeof dashboardWalletSchema>;
