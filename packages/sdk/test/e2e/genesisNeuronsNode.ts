/**
 * A real node process whose chain has genesis neurons: `taonet-node --chain <spec> --tmp --alice` with
 * subnet 1 filled to `uids` uids at genesis (the chain spec's `fill`, node README "Genesis neurons"), the
 * first 64 staked so that they get validator permits, tempo 10 so that epochs run. Ready once it logs
 * "node started"; stopped with SIGTERM (SIGKILL after a grace period, or when the test process exits).
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createKeypairFromUri } from '@taonet/crypto';
import { type DevNode as GenesisNeuronsNode, startNode } from '@taonet/testing/devNode';

const TAO = 1_000_000_000n;

export type { GenesisNeuronsNode };

export interface GenesisNeuronsOpts {
  readonly uids: number;
  /** default 100 ms */
  readonly blockTime?: number;
}

/** Needs `initCrypto()` first. */
function writeSpec(dir: string, uids: number): string {
  const alice = createKeypairFromUri('//Alice').address;
  const owner = createKeypairFromUri('//MetagraphOwner').address;
  const spec = {
    name: 'Genesis neurons',
    id: 'genesis_neurons',
    chainType: 'Local',
    authorities: [alice],
    genesis: {
      sudoKey: alice,
      balances: [
        { account: alice, free: String(1_000_000n * TAO) },
        { account: owner, free: String(2_000n * TAO) },
      ],
      network: { stakeThreshold: '0', adminFreezeWindow: 0 },
      subnets: [
        {
          netuid: 1,
          owner,
          ownerHotkey: owner,
          lock: String(1_000n * TAO),
          hyperparameters: { tempo: 10, weightsSetRateLimit: 0, commitRevealWeightsEnabled: false },
          fill: {
            count: uids,
            seed: 'metagraph',
            stake: String(10n * TAO),
            validators: 64,
            balance: String(TAO),
          },
        },
      ],
    },
  };
  const path = join(dir, 'spec.json');
  writeFileSync(path, JSON.stringify(spec));
  return path;
}

export function startGenesisNeuronsNode(
  opts: GenesisNeuronsOpts,
  timeoutMs = 60_000,
): Promise<GenesisNeuronsNode> {
  const dir = mkdtempSync(join(tmpdir(), 'taonet-metagraph-'));
  const args = ['--chain', writeSpec(dir, opts.uids), '--tmp', '--alice'];
  args.push('--block-time', String(opts.blockTime ?? 100));
  return startNode(args, { timeoutMs, cleanup: () => rmSync(dir, { recursive: true, force: true }) });
}
