/**
 * A real node process whose chain has genesis neurons: `taonet-node --chain <spec> --tmp --alice` with
 * subnet 1 filled to `uids` uids at genesis (the chain spec's `fill`, node README "Genesis neurons"), the
 * first 64 staked so that they get validator permits, tempo 10 so that epochs run. Ready once it logs
 * "node started"; stopped with SIGTERM (SIGKILL after a grace period, or when the test process exits).
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createKeypairFromUri } from '@taonet/crypto';

const BIN = join(import.meta.dirname, '..', '..', '..', 'node', 'bin', 'taonet-node.js');
const TAO = 1_000_000_000n;

export interface GenesisNeuronsNode {
  readonly url: string;
  stop(): Promise<void>;
}

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
  const args = ['--chain', writeSpec(dir, opts.uids), '--tmp', '--alice', '--rpc-port', '0'];
  args.push('--block-time', String(opts.blockTime ?? 100), '--log-format', 'json');
  const child = spawn(process.execPath, [BIN, ...args], { stdio: ['ignore', 'ignore', 'pipe'] });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const kill = () => {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  };
  process.once('exit', kill);
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
    const grace = setTimeout(kill, 5_000);
    await exited;
    clearTimeout(grace);
    process.removeListener('exit', kill);
    rmSync(dir, { recursive: true, force: true });
  };
  return new Promise((resolve, reject) => {
    const lines: string[] = [];
    const timer = setTimeout(() => {
      kill();
      reject(new Error(`the node did not start within ${timeoutMs} ms:\n${lines.join('\n')}`));
    }, timeoutMs);
    let buffered = '';
    child.stderr!.setEncoding('utf8').on('data', (chunk: string) => {
      buffered += chunk;
      const parts = buffered.split('\n');
      buffered = parts.pop()!;
      for (const line of parts) {
        if (lines.length < 200) lines.push(line);
        let record: { msg?: unknown; rpc?: unknown } = {};
        try {
          record = JSON.parse(line) as typeof record;
        } catch {
          continue;
        }
        if (record.msg === 'node started') {
          clearTimeout(timer);
          resolve({ url: String(record.rpc), stop });
        }
      }
    });
    void exited.then(() => {
      clearTimeout(timer);
      reject(new Error(`the node exited before starting:\n${lines.join('\n')}`));
    });
  });
}
