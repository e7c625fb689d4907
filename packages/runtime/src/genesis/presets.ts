/**
 * Ready-made genesis configs. The runtime derives no keys (it stays pure): callers pass the accounts, e.g.
 * the `//Alice`, `//Bob`... dev accounts derived with `@taonet/crypto`.
 */
import type { AccountId } from '@taonet/primitives';
import type { GenesisConfig, GenesisSubnet } from './genesisConfig.js';

const TAO = 1_000_000_000n;

/** 1,000,000 TAO for each funded dev account. */
export const DEV_ACCOUNT_BALANCE = 1_000_000n * TAO;

/**
 * Subnet 1 as the source documents describe it: 1024 uid slots and 128 validator permits (above the 256
 * slots the admin setter allows for new subnets, which is why it is a genesis preset).
 */
export function largeSubnetPreset(owner: AccountId, ownerHotkey: AccountId, netuid = 1): GenesisSubnet {
  return {
    netuid,
    owner,
    ownerHotkey,
    hyperparameters: { maxAllowedUids: 1024, maxAllowedValidators: 128 },
  };
}

export interface DevGenesisOpts {
  /** the funded accounts; the first one (//Alice) is the sudo key */
  readonly accounts: readonly AccountId[];
  readonly subnets?: readonly GenesisSubnet[];
  /** lower than the 1,000 TAO default for quick local validators */
  readonly stakeThreshold?: bigint;
}

/** A local development chain: every account funded, the first one sudo, fees to the author. */
export function devGenesis(opts: DevGenesisOpts): GenesisConfig {
  const [sudoKey] = opts.accounts;
  return {
    balances: opts.accounts.map((account) => ({ account, free: DEV_ACCOUNT_BALANCE })),
    ...(sudoKey === undefined ? {} : { sudoKey }),
    feeDestination: 'author',
    network: opts.stakeThreshold === undefined ? {} : { stakeThreshold: opts.stakeThreshold },
    subnets: opts.subnets ?? [],
  };
}
