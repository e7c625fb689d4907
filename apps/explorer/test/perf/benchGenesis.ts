/**
 * A chain spec for the explorer's bench: //Alice's dev chain with `subnets` subnets (netuids 1..n) of
 * `uids` uids each, filled at genesis with derived hotkeys (the chain spec's `fill`), the first 64 of each
 * staked so that they hold validator permits.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createKeypairFromSource } from '@taonet/sdk';

export interface BenchGenesisOpts {
  readonly subnets: number;
  readonly uids: number;
  readonly blockTime: number;
}

const TAO = 1_000_000_000n;

export async function writeBenchChainSpec(dir: string, opts: BenchGenesisOpts): Promise<string> {
  const alice = (await createKeypairFromSource({ uri: '//Alice' })).keypair.address;
  const owners = await Promise.all(
    Array.from(
      { length: opts.subnets },
      async (_, i) => (await createKeypairFromSource({ uri: `//Owner${i + 1}` })).keypair.address,
    ),
  );
  const spec = {
    name: 'Explorer bench',
    id: 'explorer_bench',
    chainType: 'Local',
    blockTime: opts.blockTime,
    authorities: [alice],
    genesis: {
      sudoKey: alice,
      balances: [
        { account: alice, free: String(1_000_000n * TAO) },
        ...owners.map((account) => ({ account, free: String(2_000n * TAO) })),
      ],
      network: { subnetLimit: opts.subnets, stakeThreshold: '0', adminFreezeWindow: 0 },
      subnets: owners.map((owner, i) => ({
        netuid: i + 1,
        owner,
        ownerHotkey: owner,
        hyperparameters: { maxAllowedUids: opts.uids, tempo: 360 },
        fill: {
          count: opts.uids,
          seed: `bench-${i + 1}`,
          stake: String(10n * TAO),
          validators: 64,
          balance: String(TAO),
        },
      })),
    },
  };
  const path = join(dir, 'explorer-bench-spec.json');
  writeFileSync(path, JSON.stringify(spec));
  return path;
}
