/**
 * The load of the memory bench: per authored block one batch of 18 signed calls (8 transfers and 2 stakes
 * from 10 distinct coldkeys, 8 validators' weights on one subnet). Nonces are assigned per signer before a
 * batch is sent; a signer whose call was refused, or whose call left the pool without reaching a block,
 * re-reads its next nonce (`system_accountNextIndex`) before its next call. Every new block is read back
 * (`chain_getBlock`, `chain_getEvents`) to count which of the submitted calls it includes and which of
 * those failed at dispatch, so the figures show the load the chain really carried.
 */
import type { Keypair } from '@taonet/crypto';
import type { Hash } from '@taonet/primitives';
import { IMMORTAL_ERA, type RpcClient } from '@taonet/rpc';
import { createRuntime } from '@taonet/runtime';
import { RUNTIME_VERSION, signCall } from '../../src/index.js';

const TAO = 1_000_000_000n;
/** every this many blocks, calls pending for as long are looked for in the pool (`author_pendingExtrinsics`) */
const LOST_AFTER = 20;
/** how many uids each validator weighs: every eighth of its subnet's 256 (uid 0 is the owner's) */
const WEIGHED_UIDS = 32;

export interface Signer {
  readonly key: Keypair;
  nonce: number;
  /** re-read the next nonce from the node before the next call */
  resync: boolean;
}

export function createSigner(key: Keypair): Signer {
  return { key, nonce: 0, resync: true };
}

export interface LoadCall {
  readonly signer: Signer;
  readonly call: { readonly pallet: string; readonly name: string; readonly args: unknown };
}

/**
 * One block's worth of load. Each signer appears once per batch: transfers from 8 consecutive coldkeys,
 * stakes from the next 2 (so a coldkey signs again only 3 batches later), weights from the 8 validators of
 * one subnet (each validator again 32 batches later).
 *
 * The state the load builds stops growing after the first visit to each subnet: each validator weighs the
 * same 32 uids (every eighth; the weights vary from one batch to the next, so every epoch has new bonds,
 * ranks and emissions to write), and each coldkey stakes on one validator, that of its own subnet.
 * Rotating the weighted uids and the stakes' subnets instead made the state grow for most of a run (the
 * bonds, emissions and stake positions kept spreading to more neurons): the run measured that growth,
 * not whether the node's memory settles.
 */
export function loadBatch(round: number, coldkeys: readonly Signer[], validators: readonly Signer[][]) {
  const subnets = validators.length;
  const coldkey = (k: number) => coldkeys[k % coldkeys.length]!;
  const calls: LoadCall[] = [];
  for (let i = 0; i < 8; i++) {
    const dest = coldkey(round * 10 + i + 1).key.accountId;
    calls.push({
      signer: coldkey(round * 10 + i),
      call: {
        pallet: 'Balances',
        name: 'transfer_keep_alive',
        args: { dest: { tag: 'Id', value: dest }, value: TAO / 100n },
      },
    });
  }
  for (let i = 0; i < 2; i++) {
    // the coldkeys are the subnets' (coldkey k owns subnet k + 1): each stakes on its own subnet's validator
    const signerIndex = (round * 10 + 8 + i) % coldkeys.length;
    const netuid = (signerIndex % subnets) + 1;
    const hotkey = validators[netuid - 1]![0]!.key.accountId;
    calls.push({
      signer: coldkey(signerIndex),
      call: {
        pallet: 'SubtensorModule',
        name: 'add_stake',
        args: { hotkey, netuid, amount_staked: TAO / 100n },
      },
    });
  }
  const netuid = (round % subnets) + 1;
  const dests = Array.from({ length: WEIGHED_UIDS }, (_, i) => 1 + i * 8);
  const weights = dests.map((uid) => 1000 + ((uid * 37 + round * 11) % 512));
  for (const validator of validators[netuid - 1]!) {
    calls.push({
      signer: validator,
      call: {
        pallet: 'SubtensorModule',
        name: 'set_weights',
        args: { netuid, dests, weights, version_key: 0n },
      },
    });
  }
  return calls;
}

export interface LoadCounts {
  submitted: number;
  /** taken into the pool */
  accepted: number;
  refused: number;
  /** found in a block */
  included: number;
  /** included, but the call failed at dispatch (`ExtrinsicFailed`) */
  failed: number;
  /** accepted, then gone from the pool without reaching a block */
  lost: number;
  /** blocks after which no batch was sent: the previous ones were not in blocks yet */
  skipped: number;
  /** blocks read back */
  blocks: number;
  /** the most submitted calls one block included */
  maxPerBlock: number;
}

interface Pending {
  readonly signer: Signer;
  readonly name: string;
  readonly block: number;
}

/** Sends batches and follows them into blocks. */
export class LoadTracker {
  readonly counts: LoadCounts = {
    submitted: 0,
    accepted: 0,
    refused: 0,
    included: 0,
    failed: 0,
    lost: 0,
    skipped: 0,
    blocks: 0,
    maxPerBlock: 0,
  };
  /** refusals by call and message */
  readonly reasons = new Map<string, number>();
  /** dispatch failures by call and error */
  readonly failures = new Map<string, number>();
  private readonly pending = new Map<string, Pending>();
  /** pending calls found neither in the pool nor in a block (yet: a block read later may still have one) */
  private readonly missing = new Map<string, Pending>();
  private readonly callCodec = createRuntime().callCodec;
  private context: (typeof RUNTIME_VERSION & { genesisHash: Hash; blockHash: Hash }) | undefined;

  constructor(private readonly client: RpcClient) {}

  /** Calls accepted and not yet seen in a block. */
  get inFlight(): number {
    return this.pending.size;
  }

  /** Signs the batch with sequential nonces per signer, then submits it all at once. */
  async submit(calls: readonly LoadCall[], best: number): Promise<void> {
    const context = await this.signingContext();
    for (const signer of new Set(calls.map((c) => c.signer))) {
      if (!signer.resync) continue;
      signer.nonce = await this.client.request('system_accountNextIndex', signer.key.address);
      signer.resync = false;
    }
    const signed = calls.map(({ signer, call }) => {
      const nonce = signer.nonce++;
      const bytes = signCall(this.callCodec, {
        call: call as never,
        signer: signer.key,
        nonce,
        era: IMMORTAL_ERA,
        context,
      });
      return { signer, name: call.name, hex: `0x${Buffer.from(bytes).toString('hex')}` };
    });
    this.counts.submitted += signed.length;
    await Promise.all(
      signed.map(async ({ signer, name, hex }) => {
        try {
          await this.client.request('author_submitExtrinsic', hex);
          this.counts.accepted++;
          this.pending.set(hex, { signer, name, block: best });
        } catch (error) {
          this.counts.refused++;
          signer.resync = true;
          const reason = `${name}: ${(error as Error).message}`;
          this.reasons.set(reason, (this.reasons.get(reason) ?? 0) + 1);
        }
      }),
    );
  }

  /** Reads block `number` back: which pending calls it includes, and which of them failed. */
  async countBlock(number: number): Promise<void> {
    const hash = await this.client.request('chain_getBlockHash', number);
    if (hash === null) throw new Error(`no block ${number}`);
    const [block, events] = await Promise.all([
      this.client.request('chain_getBlock', hash),
      this.client.request('chain_getEvents', hash),
    ]);
    const ours = new Map<number, Pending>();
    block?.block.extrinsics.forEach((hex, index) => {
      const tx = this.pending.get(hex) ?? this.missing.get(hex);
      if (tx === undefined) return;
      this.pending.delete(hex);
      this.missing.delete(hex);
      ours.set(index, tx);
    });
    for (const record of events ?? []) {
      const { phase, event } = record;
      if (typeof phase !== 'object' || event.pallet !== 'System' || event.name !== 'ExtrinsicFailed')
        continue;
      const tx = ours.get(phase.applyExtrinsic);
      if (tx === undefined) continue;
      this.counts.failed++;
      const data = event.data as { module?: string; error?: string };
      const reason = `${tx.name}: ${data.module}.${data.error}`;
      this.failures.set(reason, (this.failures.get(reason) ?? 0) + 1);
    }
    this.counts.included += ours.size;
    this.counts.blocks++;
    this.counts.maxPerBlock = Math.max(this.counts.maxPerBlock, ours.size);
    this.counts.lost = this.missing.size;
    if (number % LOST_AFTER === 0) await this.findLost(number);
  }

  /** Calls pending for long and no longer in the pool are missing; their signers re-read their nonce. */
  private async findLost(best: number): Promise<void> {
    const old = [...this.pending].filter(([, tx]) => best - tx.block > LOST_AFTER);
    if (old.length === 0) return;
    const pool = new Set(await this.client.request('author_pendingExtrinsics'));
    for (const [hex, tx] of old) {
      if (pool.has(hex)) continue;
      this.pending.delete(hex);
      this.missing.set(hex, tx);
      tx.signer.resync = true;
    }
    this.counts.lost = this.missing.size;
  }

  private async signingContext() {
    if (this.context === undefined) {
      const genesisHash = (await this.client.request('chain_getBlockHash', 0)) as Hash;
      this.context = { ...RUNTIME_VERSION, genesisHash, blockHash: genesisHash };
    }
    return this.context;
  }
}

/** The pool's ready and future counts, from the node's `/metrics`. */
export async function readPoolGauges(rpcUrl: string): Promise<{ ready: number; future: number }> {
  const text = await (await fetch(`${rpcUrl.replace(/^ws/, 'http')}/metrics`)).text();
  const gauge = (name: string) => Number(new RegExp(`^${name} (\\S+)$`, 'm').exec(text)?.[1] ?? 0);
  return { ready: gauge('taonet_txpool_ready'), future: gauge('taonet_txpool_future') };
}

/** One line of counts: batches sent, calls submitted, accepted, and included per block read back. */
export function formatLoadCounts(counts: LoadCounts, rounds: number): string {
  const { submitted, accepted, refused, included, failed, lost, skipped, blocks, maxPerBlock } = counts;
  const per = (n: number, d: number) => (d === 0 ? '0' : (n / d).toFixed(1));
  return (
    `${rounds} batches (${skipped} blocks skipped), submitted ${submitted}, accepted ${accepted}, refused ${refused}, ` +
    `included ${included} in ${blocks} blocks (${per(included, blocks)}/block, max ${maxPerBlock}), ` +
    `failed at dispatch ${failed}, lost ${lost}`
  );
}
