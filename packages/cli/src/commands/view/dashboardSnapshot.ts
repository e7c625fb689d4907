/** One dashboard snapshot, every value read at the same block. */
import { fromHex } from '@taonet/primitives';
import type { BlockHash, Client } from '@taonet/sdk';
import type { DashboardSnapshot, DashboardWallet } from './viewSchemas.js';

const decoder = new TextDecoder();
const text = (hex: string) => decoder.decode(fromHex(hex));

async function readWallet(
  client: Client,
  wallet: { name: string; coldkey: string },
  at: BlockHash,
  prices: ReadonlyMap<number, bigint>,
): Promise<DashboardWallet> {
  const sdk = await import('@taonet/sdk');
  const [free, stakes] = await Promise.all([
    sdk.getBalance(client, { address: wallet.coldkey, at }),
    sdk.getStakeInfoForColdkey(client, { coldkey: wallet.coldkey, at }),
  ]);
  const rows = stakes.map((st) => {
    const price = st.netuid === 0 ? 1_000_000_000n : (prices.get(st.netuid) ?? 0n);
    return {
      netuid: st.netuid,
      hotkey: st.hotkey,
      stake: st.stake.toString(),
      value: ((st.stake * price) / 1_000_000_000n).toString(),
    };
  });
  const staked = rows.reduce((sum, r) => sum + BigInt(r.value), 0n);
  return {
    name: wallet.name,
    coldkey: wallet.coldkey,
    free: free.toString(),
    stakes: rows,
    staked: staked.toString(),
  };
}

export interface SnapshotRequest {
  network: string;
  /** a head to read at (default: the best block) */
  head?: { hash: BlockHash; number: number };
  wallet: { name: string; coldkey: string } | null;
}

export async function readDashboardSnapshot(
  client: Client,
  req: SnapshotRequest,
): Promise<DashboardSnapshot> {
  const sdk = await import('@taonet/sdk');
  const head = req.head ?? (await sdk.getBestBlock(client));
  const at = head.hash;
  const [finalized, issuance, dynamic] = await Promise.all([
    sdk.getFinalizedHead(client),
    sdk.getTotalIssuance(client, { at }),
    client.request('subnetInfo_getAllDynamicInfo', at),
  ]);
  const subnets = dynamic
    .map((d) => ({
      netuid: d.netuid,
      name: text(d.subnet_name),
      symbol: text(d.token_symbol),
      price: d.price,
      taoEmission: d.tao_in_emission,
      alphaEmission: d.alpha_out_emission,
      taoIn: d.tao_in,
      tempo: d.tempo,
      blocksSinceLastStep: d.blocks_since_last_step,
    }))
    .sort((a, b) => a.netuid - b.netuid);
  const prices = new Map(subnets.map((row) => [row.netuid, BigInt(row.price)] as const));
  return {
    network: req.network,
    block: head.number,
    blockHash: head.hash,
    finalized: finalized.number,
    issuance: issuance.issuance.toString(),
    totalStake: issuance.totalStake.toString(),
    subnets,
    wallet: req.wallet === null ? null : await readWallet(client, req.wallet, at, prices),
  };
}
