/**
 * The `--json` results of the wallet commands about what a coldkey owns on chain: `overview`,
 * `associate-hotkey`, `swap-hotkey`, `swap-coldkey`. Amounts are decimal strings of rao (alpha has the same
 * 9 decimals), u16 chain fractions numbers between 0 and 1; a missing value is null.
 */
import { type Infer, s } from '../../output/schema.js';
import { txSchema } from '../stake/stakeSchemas.js';

export const overviewRegistrationSchema = s.object({
  netuid: s.integer(),
  uid: s.integer(),
  /** alpha staked to the hotkey on the subnet (all stakers) */
  stake: s.string(),
  /** alpha emitted to the uid at the last epoch */
  emission: s.string(),
  incentive: s.number(),
  dividends: s.number(),
  trust: s.number(),
  validatorTrust: s.number(),
  validatorPermit: s.boolean(),
  active: s.boolean(),
});

export const overviewHotkeySchema = s.object({
  hotkey: s.string(),
  /** its name in the wallet, when it is one of the wallet's hotkeys */
  name: s.nullable(s.string()),
  /** the chain records this coldkey as its owner */
  owned: s.boolean(),
  registrations: s.array(overviewRegistrationSchema),
  /** the coldkey's own stake through this hotkey, per subnet */
  stake: s.array(s.object({ netuid: s.integer(), amount: s.string(), value: s.string() })),
});

export const walletOverviewResultSchema = s.object({
  network: s.string(),
  block: s.integer(),
  wallet: s.string(),
  coldkey: s.string(),
  balance: s.object({ free: s.string(), staked: s.string(), total: s.string() }),
  hotkeys: s.array(overviewHotkeySchema),
});
export type WalletOverviewResult = Infer<typeof walletOverviewResultSchema>;

export const walletAssociateHotkeyResultSchema = s.object({
  network: s.string(),
  coldkey: s.string(),
  hotkey: s.string(),
  /** the owner the chain records after the call */
  owner: s.nullable(s.string()),
  tx: txSchema,
});
export type WalletAssociateHotkeyResult = Infer<typeof walletAssociateHotkeyResultSchema>;

export const walletSwapHotkeyResultSchema = s.object({
  network: s.string(),
  coldkey: s.string(),
  hotkey: s.string(),
  newHotkey: s.string(),
  /** the one subnet swapped, or null for every subnet */
  netuid: s.nullable(s.integer()),
  /** TAO recycled by the swap, rao */
  cost: s.string(),
  /** subnets where the new hotkey holds a uid afterwards */
  newHotkeyNetuids: s.array(s.integer()),
  tx: txSchema,
});
export type WalletSwapHotkeyResult = Infer<typeof walletSwapHotkeyResultSchema>;

export const coldkeySwapStatusSchema = s.object({
  block: s.integer(),
  announced: s.boolean(),
  /** first block at which the swap may execute */
  executableAt: s.nullable(s.integer()),
  /** first block at which the announcement may be cleared or renewed */
  clearableAt: s.nullable(s.integer()),
  newColdkeyHash: s.nullable(s.string()),
  disputedAt: s.nullable(s.integer()),
  /** blocks between an announcement and its execution */
  announcementDelay: s.integer(),
  /** TAO a first announcement recycles, rao */
  cost: s.string(),
});
export type ColdkeySwapStatusResult = Infer<typeof coldkeySwapStatusSchema>;

export const walletSwapColdkeyResultSchema = s.object({
  network: s.string(),
  action: s.enum(['announce', 'execute', 'status', 'dispute', 'clear']),
  coldkey: s.string(),
  newColdkey: s.nullable(s.string()),
  /** after the action */
  status: coldkeySwapStatusSchema,
  /** null for status */
  tx: s.nullable(txSchema),
});
export type WalletSwapColdkeyResult = Infer<typeof walletSwapColdkeyResultSchema>;
