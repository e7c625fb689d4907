/**
 * The `--dev` chain: //Alice is the only authority and the sudo key; //Alice, //Bob, //Charlie, //Dave,
 * //Eve and //Ferdie hold 1,000,000 TAO each; subnet 1 (owner //Alice, owner hotkey //Alice//stash)
 * runs with tempo 10, no weights rate limit and no commit-reveal so that epochs come quickly; the stake
 * threshold is 0 so that any validator can set weights, and the admin freeze window is 0 so that the owner and
 * sudo can change hyperparameters at any block. Genesis time is 0, so the dev genesis hash is the
 * same on every machine.
 */
import { createKeypairFromUri } from '@taonet/crypto';
import type { AccountId } from '@taonet/primitives';
import { devGenesis } from '@taonet/runtime';
import { type ChainSpec, DEFAULT_PROPERTIES } from './chainSpec.js';

export const DEV_ACCOUNTS = ['//Alice', '//Bob', '//Charlie', '//Dave', '//Eve', '//Ferdie'] as const;

/** Dev chains produce a block per second unless told. */
export const DEV_BLOCK_TIME = 1_000;

export function createDevChainSpec(opts: { blockTime?: number } = {}): ChainSpec {
  const accountOf = (uri: string) => createKeypairFromUri(uri).accountId;
  const accounts: AccountId[] = DEV_ACCOUNTS.map(accountOf);
  const alice = accounts[0]!;
  const genesis = devGenesis({
    accounts,
    stakeThreshold: 0n,
    subnets: [
      {
        netuid: 1,
        owner: alice,
        ownerHotkey: accountOf('//Alice//stash'),
        hyperparameters: { tempo: 10, weightsSetRateLimit: 0, commitRevealWeightsEnabled: false },
      },
    ],
  });
  // with tempo 10 the default 10-block admin freeze window would cover every block of subnet 1
  const network = { ...genesis.network, adminFreezeWindow: 0 };
  return {
    name: 'Development',
    id: 'dev',
    chainType: 'Development',
    blockTime: opts.blockTime ?? DEV_BLOCK_TIME,
    authorities: [alice],
    properties: DEFAULT_PROPERTIES,
    genesis: { ...genesis, network },
  };
}
