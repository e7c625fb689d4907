/**
 * The typed genesis config of a taonet chain: funded accounts, the sudo key, where fees go, network
 * parameters, and the subnets that exist from block 0 with their owners and hyperparameters. Amounts are
 * rao as `bigint`; accounts are 0x-hex `AccountId`s (SS58 conversion happens outside the runtime).
 */
import type { AccountId } from '@taonet/primitives';
import type { FeeDestination } from '../balances/schema.js';
import type { NetworkParamName, ParamValue, SubnetParamName } from './genesisParams.js';

/** 1,000 TAO: the stake a validator needs to set weights, per the source documents. */
export const DEFAULT_STAKE_THRESHOLD = 1_000_000_000_000n;
/** `NetworkMinLockCost` at genesis (1,000 TAO): a genesis subnet locks at least this much by default. */
export const DEFAULT_NETWORK_MIN_LOCK_COST = 1_000_000_000_000n;

export interface GenesisBalance {
  readonly account: AccountId;
  /** free balance in rao: 0 or at least the existential deposit (500 rao) */
  readonly free: bigint;
}

/**
 * A neuron registered at genesis: the hotkey takes the next uid of its subnet (after the owner hotkey's uid 0
 * and the neurons listed before it), owned by `coldkey`, as a burned registration would leave it (without
 * the burn). `stake` is TAO issued at genesis and staked by the coldkey to the hotkey through the subnet's
 * pool, as `add_stake` would (fee-less), so the issuance counters and the pool stay consistent.
 */
export interface GenesisNeuron {
  readonly hotkey: AccountId;
  readonly coldkey: AccountId;
  /** TAO (rao) issued and staked at genesis: 0 (the default) or at least 0.002 TAO */
  readonly stake?: bigint;
}

export interface GenesisSubnet {
  /** 1..=65535 (netuid 0 is the root network, always created) */
  readonly netuid: number;
  /** the owner's coldkey */
  readonly owner: AccountId;
  /** the owner's hotkey (uid 0 of the subnet) */
  readonly ownerHotkey: AccountId;
  /**
   * TAO (rao) the owner locks into the subnet pool, taken from the owner's genesis balance; at least
   * `network.networkMinLockCost` (default: exactly that, 1,000 TAO) so the pool holds real TAO
   */
  readonly lock?: bigint;
  /**
   * open the subnet at genesis (default true): emission and staking start at block 1, as a `start_call` at
   * block 0 would, and its pool-side emission is enabled (`SubnetEmissionEnabled`)
   */
  readonly start?: boolean;
  readonly hyperparameters?: Partial<Readonly<Record<SubnetParamName, ParamValue>>>;
  /** neurons registered at genesis, uids 1, 2, ... in list order (uid 0 is the owner hotkey) */
  readonly neurons?: readonly GenesisNeuron[];
}

export interface GenesisConfig {
  readonly balances?: readonly GenesisBalance[];
  /** the account allowed to use Sudo (none: no sudo) */
  readonly sudoKey?: AccountId;
  /** 'author' (today's subtensor, the default) or 'burn' (the source documents) */
  readonly feeDestination?: FeeDestination;
  /** network-wide parameters; `stakeThreshold` defaults to 1,000 TAO */
  readonly network?: Partial<Readonly<Record<NetworkParamName, ParamValue>>>;
  readonly subnets?: readonly GenesisSubnet[];
  /** genesis block time, ms since the Unix epoch (default 0) */
  readonly timestamp?: number;
}
