/**
 * The `--json` results of the wallet commands that read or change the chain. Amounts are decimal strings
 * of rao (1 TAO = 10^9 rao; strings because balances exceed JavaScript's safe integers).
 */
import { type Infer, s } from '../../output/schema.js';

export const accountBalanceSchema = s.object({
  /** The wallet's name, or null for an address given with --ss58. */
  wallet: s.nullable(s.string()),
  address: s.string(),
  /** Free balance, rao. */
  free: s.string(),
  /** What a keep-alive transfer can move (free minus the existential deposit or frozen), rao. */
  transferable: s.string(),
  /** TAO value of every stake position (alpha at the current price; root stake as is), rao. */
  staked: s.string(),
  /** free + staked, rao. */
  total: s.string(),
});
export type AccountBalance = Infer<typeof accountBalanceSchema>;

export const walletBalanceResultSchema = s.object({
  network: s.string(),
  block: s.integer(),
  balances: s.array(accountBalanceSchema),
  totals: s.object({ free: s.string(), staked: s.string(), total: s.string() }),
});
export type WalletBalanceResult = Infer<typeof walletBalanceResultSchema>;

export const walletTransferResultSchema = s.object({
  network: s.string(),
  from: s.string(),
  to: s.string(),
  /** rao sent (with --all: what the sender had transferable before sending). */
  amount: s.string(),
  keepAlive: s.boolean(),
  all: s.boolean(),
  /** Fee paid, rao (null when the chain did not report one). */
  fee: s.nullable(s.string()),
  extrinsicHash: s.string(),
  blockHash: s.string(),
  blockNumber: s.integer(),
  /** Free balances before and after, rao. */
  balanceBefore: s.string(),
  balanceAfter: s.string(),
});
export type WalletTransferResult = Infer<typeof walletTransferResultSchema>;
