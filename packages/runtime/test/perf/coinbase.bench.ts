/**
 * `npm run bench -- coinbase`: the coinbase's block step (emission, injection, pending split, epochs and
 * payouts, moving prices, root proportions, auto-claims) on 128 started subnets of 256 uids (64 staked
 * validators weighting every miner, nominators on every validator, root stake with TAO weight 0.18). Prints
 * the median milliseconds per block without an epoch and with two epochs (`MaxEpochsPerBlock`) paid out in
 * the block, each block's writes committed to an in-memory backend as a node would, next to a baseline block
 * that only reads and rewrites every subnet's pool counters. `--subnets=N`, `--uids=N`, `--blocks=N` resize it.
 * Then it runs the staking bench (stake/unstake/move operations per second through the executive, `--ops=N`).
 */
import { type AccountId, accountId, I96F32, type NetUid, netUid, U64_MAX } from '@taonet/primitives';
import { mint } from '../../src/balances/currency.js';
import { createCoinbase } from '../../src/coinbase/createCoinbase.js';
import type { DispatchContext } from '../../src/dispatch/callDef.js';
import { EventLog } from '../../src/dispatch/runtimeEvent.js';
import {
  Active,
  BlockAtRegistration,
  Consensus,
  Dividends,
  Emission,
  Incentive,
  IsNetworkMember,
  Keys,
  LastUpdate,
  Owner,
  SubnetworkN,
  Uids,
  ValidatorPermit,
  ValidatorTrust,
} from '../../src/neurons/schema.js';
import { TaoWeight } from '../../src/staking/schema.js';
import { increaseStake } from '../../src/staking/stakeAccounting.js';
import { MemoryBackend } from '../../src/state/memoryBackend.js';
import { OverlayState } from '../../src/state/overlayState.js';
import { CommitRevealWeightsEnabled, MaxAllowedUids } from '../../src/subnets/hyperparameters.js';
import { createRootNetwork, initNewNetwork } from '../../src/subnets/initNewNetwork.js';
import {
  FirstEmissionBlockNumber,
  LastEpochBlock,
  SubnetMovingPrice,
  SubtokenEnabled,
} from '../../src/subnets/schema.js';
import { storageIndexOf } from '../../src/subtensor/subtensorStorage.js';
import { createSwapApi } from '../../src/swap/createSwapApi.js';
import { SubnetAlphaIn, SubnetAlphaOut, SubnetMechanism, SubnetTAO } from '../../src/swap/schema.js';
import { Weights } from '../../src/weights/schema.js';
import { run as runStakingBench } from './staking.bench.js';

const TAO = 1_000_000_000n;
const TEMPO = 360;
const VALIDATORS = 64;

const account = (tag: number, i: number): AccountId =>
  accountId(`0x${tag.toString(16).padStart(8, '0')}${i.toString(16).padStart(56, '0')}`);

function option(args: readonly string[], name: string, fallback: number): number {
  const arg = args.find((a) => a.startsWith(`--${name}=`));
  return arg === undefined ? fallback : Number(arg.slice(name.length + 3));
}

interface Bench {
  readonly backend: MemoryBackend;
  readonly state: OverlayState;
  block: number;
  ctx(): DispatchContext;
}

/** One started dynamic subnet: pool 1_000 TAO / 2_000 alpha, `uids` neurons, validators staked and weighting. */
function openSubnet(bench: Bench, netuid: NetUid, uids: number): void {
  const { state } = bench;
  initNewNetwork(state, netuid, TEMPO, BigInt(bench.block));
  MaxAllowedUids.set(state, [netuid], uids);
  CommitRevealWeightsEnabled.set(state, [netuid], false);
  FirstEmissionBlockNumber.set(state, [netuid], 1n);
  SubtokenEnabled.set(state, [netuid], true);
  SubnetMechanism.set(state, [netuid], 1);
  SubnetTAO.set(state, [netuid], 1_000n * TAO);
  SubnetAlphaIn.set(state, [netuid], 2_000n * TAO);
  SubnetAlphaOut.set(state, [netuid], 100_000n * TAO);
  SubnetMovingPrice.set(state, [netuid], I96F32.fromF64(0.3 + (netuid % 7) / 10));
  mint(bench.ctx(), account(0x5b, netuid), 1_000n * TAO);
  // stagger the epochs: a pair of subnets falls due every other block, from the next block on
  LastEpochBlock.set(state, [netuid], BigInt(bench.block - TEMPO + 1 + 2 * (netuid >> 1)));
  const index = storageIndexOf(netuid, 0);
  const miners = Array.from({ length: uids - VALIDATORS }, (_, j): [number, number] => [
    VALIDATORS + j,
    65_535 - j,
  ]);
  addNeurons(state, netuid, uids);
  for (let uid = 0; uid < uids; uid++) {
    const hotkey = account(netuid, uid);
    const coldkey = account(0xc0, netuid * 1024 + uid);
    Owner.set(state, [hotkey], coldkey);
    if (uid < VALIDATORS) {
      increaseStake(state, { hotkey, coldkey, netuid }, (1_000n + BigInt(uid)) * TAO);
      increaseStake(state, { hotkey, coldkey: account(0xd0, netuid * 1024 + uid), netuid }, 10n * TAO);
      Weights.set(state, [index, uid], [...miners]);
    }
  }
  ValidatorPermit.set(
    state,
    [netuid],
    Array.from({ length: uids }, (_, uid) => uid < VALIDATORS),
  );
  LastUpdate.set(state, [index], new Array<bigint>(uids).fill(BigInt(bench.block)));
}

/** What `append_neuron` writes for uids 0..n-1, with each per-uid vector written once. */
function addNeurons(state: OverlayState, netuid: NetUid, n: number): void {
  for (let uid = 0; uid < n; uid++) {
    const hotkey = account(netuid, uid);
    Keys.set(state, [netuid, uid], hotkey);
    Uids.set(state, [netuid, hotkey], uid);
    BlockAtRegistration.set(state, [netuid, uid], 1n);
    IsNetworkMember.set(state, [hotkey, netuid], true);
  }
  SubnetworkN.set(state, [netuid], n);
  Active.set(state, [netuid], new Array<boolean>(n).fill(true));
  Emission.set(state, [netuid], new Array<bigint>(n).fill(0n));
  for (const item of [Consensus, Dividends, ValidatorTrust])
    item.set(state, [netuid], new Array<number>(n).fill(0));
  Incentive.set(state, [storageIndexOf(netuid, 0)], new Array<number>(n).fill(0));
}

function createBench(subnets: number, uids: number): Bench {
  const backend = new MemoryBackend();
  const state = new OverlayState(backend);
  const events = new EventLog();
  const bench: Bench = {
    backend,
    state,
    block: TEMPO + 10,
    ctx: () => ({ state, events, block: { number: bench.block, timestamp: 0 } }),
  };
  createRootNetwork({ state });
  TaoWeight.set(state, (U64_MAX * 18n) / 100n);
  SubnetTAO.set(state, [netUid(0)], 1_000_000n * TAO);
  for (let i = 1; i <= subnets; i++) {
    openSubnet(bench, netUid(i), uids);
    backend.apply(state.takeChanges());
  }
  for (let uid = 0; uid < VALIDATORS; uid++) {
    const hotkey = account(1, uid);
    increaseStake(state, { hotkey, coldkey: account(0xe0, uid), netuid: netUid(0) }, 100n * TAO);
  }
  backend.apply(state.takeChanges());
  return bench;
}

function median(samples: number[]): number {
  samples.sort((a, b) => a - b);
  return samples[samples.length >> 1] ?? 0;
}

export async function run(args: string[] = []): Promise<void> {
  const subnets = option(args, 'subnets', 128);
  const uids = option(args, 'uids', 256);
  const blocks = option(args, 'blocks', 20);
  const setupStart = performance.now();
  const bench = createBench(subnets, uids);
  const coinbase = createCoinbase({ swap: createSwapApi() });
  console.log(
    `setup: ${subnets} subnets x ${uids} uids in ${((performance.now() - setupStart) / 1000).toFixed(1)} s`,
  );
  const withEpoch: number[] = [];
  const withoutEpoch: number[] = [];
  const baseline: number[] = [];
  for (let b = 0; b < blocks; b++) {
    bench.block += 1;
    const start = performance.now();
    const block = coinbase.blockStep(bench.ctx());
    bench.backend.apply(bench.state.takeChanges());
    const ms = performance.now() - start;
    (block.epochs.length > 0 ? withEpoch : withoutEpoch).push(ms);
    const baseStart = performance.now();
    for (let i = 1; i <= subnets; i++) {
      const netuid = netUid(i);
      SubnetTAO.set(bench.state, [netuid], SubnetTAO.get(bench.state, [netuid]));
      SubnetAlphaIn.set(bench.state, [netuid], SubnetAlphaIn.get(bench.state, [netuid]));
    }
    bench.backend.apply(bench.state.takeChanges());
    baseline.push(performance.now() - baseStart);
  }
  const fmt = (samples: number[]) => (samples.length === 0 ? 'n/a' : `${median(samples).toFixed(1)} ms`);
  console.log(`block without an epoch: ${fmt(withoutEpoch)} (${withoutEpoch.length} blocks)`);
  console.log(
    `block with epochs:      ${fmt(withEpoch)} (${withEpoch.length} blocks, 2 epochs of ${uids} uids each)`,
  );
  console.log(`baseline (read+write every pool's counters): ${fmt(baseline)}`);
  console.log('\nstake and unstake operations (the staking bench):');
  await runStakingBench(args.filter((arg) => arg.startsWith('--ops=')));
}
