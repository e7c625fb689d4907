/**
 * Where `tao weights commit` keeps what `tao weights reveal` needs (the salt above all): one JSON file per
 * hotkey and subnet mechanism under the wallet's directory,
 * `<wallet>/weight_commits/<netuid>-<mechid>-<hotkey ss58>.json`, mode 0600, a queue of commits oldest
 * first (the order the chain reveals them in). Without the salt a commit cannot be revealed.
 */
import { readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import type { Wallet, WeightsCommit } from '@taonet/sdk';

export interface StoredCommit {
  hotkey: string;
  netuid: number;
  mechid: number;
  uids: number[];
  weights: number[];
  salt: number[];
  versionKey: string;
  commitHash: string;
  commitBlock: number;
  revealFirstBlock: number;
  revealLastBlock: number;
}

export function commitFilePath(wallet: Wallet, netuid: number, mechid: number, hotkeySs58: string): string {
  return join(wallet.paths.dir, 'weight_commits', `${netuid}-${mechid}-${hotkeySs58}.json`);
}

export async function readCommits(path: string): Promise<StoredCommit[]> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
  const parsed = JSON.parse(text) as { commits?: StoredCommit[] };
  return Array.isArray(parsed.commits) ? parsed.commits : [];
}

export async function writeCommits(path: string, commits: readonly StoredCommit[]): Promise<void> {
  if (commits.length === 0) {
    await rm(path, { force: true });
    return;
  }
  const { writeFileAtomic } = await import('@taonet/sdk');
  const data = new TextEncoder().encode(`${JSON.stringify({ commits }, null, 2)}\n`);
  await writeFileAtomic(path, data, { overwrite: true });
}

/** The SDK's commit for revealWeights. */
export function toWeightsCommit(stored: StoredCommit): WeightsCommit {
  return {
    hotkey: stored.hotkey as WeightsCommit['hotkey'],
    netuid: stored.netuid,
    mechid: stored.mechid,
    uids: stored.uids,
    weights: stored.weights,
    salt: stored.salt,
    versionKey: BigInt(stored.versionKey),
  };
}
