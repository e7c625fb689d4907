import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { type AccountId, accountId, type NetUid, netUid } from '@taonet/primitives';
import { CurrencyIssuance, TotalIssuance } from '../../../src/balances/schema.js';
import type { GenesisConfig, GenesisNeuron } from '../../../src/genesis/genesisConfig.js';
import { GenesisError, validateGenesis } from '../../../src/genesis/validateGenesis.js';
import { appendNeuron, appendNeurons } from '../../../src/neurons/neuronSlots.js';
import {
  Active,
  BlockAtRegistration,
  IsNetworkMember,
  Keys,
  LastUpdate,
  OwnedHotkeys,
  Owner,
  SubnetworkN,
  Uids,
  ValidatorPermit,
} from '../../../src/neurons/schema.js';
import { createRuntime } from '../../../src/runtime.js';
import { TotalHotkeyAlpha, TotalStake } from '../../../src/staking/schema.js';
import { getStake } from '../../../src/staking/stakeAccounting.js';
import { MemoryBackend } from '../../../src/state/memoryBackend.js';
import { OverlayState } from '../../../src/state/overlayState.js';
import { MechanismCountCurrent } from '../../../src/subnets/schema.js';
import { getSubnetAccountId } from '../../../src/subnets/subnetAccount.js';
import { SubnetAlphaOut, SubnetTAO } from '../../../src/swap/schema.js';
import { Account } from '../../../src/system/schema.js';

const account = (n: number): AccountId => accountId(`0x${n.toString(16).padStart(64, '0')}`);
const TAO = 1_000_000_000n;
const OWNER = account(1);
const OWNER_HOTKEY = account(2);
const NET = netUid(1);

function neuronsOf(count: number, stake?: (i: number) => bigint): GenesisNeuron[] {
  return Array.from({ length: count }, (_, i) => ({
    hotkey: account(0x100 + i),
    coldkey: account(0x200 + (i % 3)),
    ...(stake === undefined ? {} : { stake: stake(i) }),
  }));
}

function configWith(neurons: GenesisNeuron[], extra: Partial<GenesisConfig> = {}): GenesisConfig {
  return {
    balances: [{ account: OWNER, free: 2_000n * TAO }],
    subnets: [{ netuid: 1, owner: OWNER, ownerHotkey: OWNER_HOTKEY, neurons }],
    ...extra,
  };
}

function genesisState(config: GenesisConfig): OverlayState {
  return new OverlayState(new MemoryBackend(createRuntime().buildGenesis(config).changes));
}

function problemsOf(config: unknown): readonly string[] {
  try {
    validateGenesis(config as GenesisConfig);
  } catch (error) {
    assert.ok(error instanceof GenesisError);
    return error.problems;
  }
  return [];
}

function sumAccounts(state: OverlayState): bigint {
  let total = 0n;
  for (const [, info] of Account.entries(state)) total += info.data.free;
  return total;
}

describe('genesis neurons', () => {
  it('register after the owner hotkey, each uid as a registration leaves it', () => {
    const neurons = neuronsOf(5);
    const state = genesisState(configWith(neurons));
    assert.equal(SubnetworkN.get(state, [NET]), 6);
    assert.equal(Keys.get(state, [NET, 0]), OWNER_HOTKEY);
    for (const [i, { hotkey, coldkey }] of neurons.entries()) {
      assert.equal(Keys.get(state, [NET, i + 1]), hotkey);
      assert.equal(Uids.get(state, [NET, hotkey]), i + 1);
      assert.equal(IsNetworkMember.get(state, [hotkey, NET]), true);
      assert.equal(BlockAtRegistration.get(state, [NET, i + 1]), 0n);
      assert.equal(Owner.get(state, [hotkey]), coldkey);
      assert.ok(OwnedHotkeys.get(state, [coldkey]).includes(hotkey));
    }
    assert.equal(Active.get(state, [NET]).length, 6);
    assert.equal(ValidatorPermit.get(state, [NET]).length, 6);
    assert.deepEqual(LastUpdate.get(state, [NET as unknown as number]), [0n, 0n, 0n, 0n, 0n, 0n]);
  });

  it('appendNeurons writes exactly what appendNeuron one by one writes', () => {
    const hotkeys = neuronsOf(7).map((neuron) => neuron.hotkey);
    const prepare = () => {
      const state = new OverlayState(new MemoryBackend());
      MechanismCountCurrent.set(state, [NET], 2);
      appendNeuron(state, NET, account(9), 3n);
      return state;
    };
    const one = prepare();
    for (const hotkey of hotkeys) appendNeuron(one, NET, hotkey, 12n);
    const bulk = prepare();
    assert.equal(appendNeurons(bulk, NET, hotkeys, 12n), 1);
    assert.deepEqual([...bulk.takeChanges()], [...one.takeChanges()]);
  });

  it('genesis stake is issued and bought through the pool: issuance, pool and share invariants hold', () => {
    const neurons = neuronsOf(4, (i) => BigInt(i + 1) * 10n * TAO);
    const state = genesisState(configWith(neurons));
    const netuid: NetUid = NET;
    let pooled = 0n;
    for (const { hotkey, coldkey } of neurons) {
      const stake = getStake(state, { hotkey, coldkey, netuid });
      assert.ok(stake > 0n);
      pooled += TotalHotkeyAlpha.get(state, [hotkey, netuid]);
    }
    assert.equal(SubnetAlphaOut.get(state, [netuid]), pooled);
    const staked = 100n * TAO;
    assert.equal(SubnetTAO.get(state, [netuid]), 1_000n * TAO + staked);
    assert.equal(Account.get(state, [getSubnetAccountId(netuid)]).data.free, SubnetTAO.get(state, [netuid]));
    assert.equal(CurrencyIssuance.get(state), 2_000n * TAO + staked);
    assert.equal(TotalIssuance.get(state), CurrencyIssuance.get(state));
    assert.equal(sumAccounts(state), CurrencyIssuance.get(state));
    assert.equal(TotalStake.get(state), SubnetTAO.get(state, [netuid]));
  });

  it('validation names the bad neuron fields', () => {
    const neurons: unknown[] = [
      { hotkey: account(5), coldkey: account(6), stake: 5n },
      { hotkey: account(5), coldkey: account(6) },
      { hotkey: OWNER_HOTKEY, coldkey: account(7) },
      { hotkey: 'bob', coldkey: account(6) },
    ];
    const problems = problemsOf(configWith(neurons as GenesisNeuron[]));
    assert.deepEqual(problems, [
      'subnets[0].neurons[0].stake: 5 rao is below the minimum stake (2000000 rao)',
      `subnets[0].neurons[1].hotkey: ${account(5)} is already registered on this subnet (neurons[0])`,
      `subnets[0].neurons[2]: hotkey ${OWNER_HOTKEY} already belongs to coldkey ${OWNER} (subnets[0].ownerHotkey)`,
      `subnets[0].neurons[2].hotkey: ${OWNER_HOTKEY} is already registered on this subnet (the owner hotkey)`,
      'subnets[0].neurons[3].hotkey: expected a 32-byte account id in 0x-hex, got bob',
    ]);
  });

  it('validation: uid room, stake on a closed subnet, the supply', () => {
    const config = configWith([]);
    const subnet = config.subnets![0]!;
    const tooMany = { ...subnet, hyperparameters: { maxAllowedUids: 4 }, neurons: neuronsOf(4) };
    assert.deepEqual(problemsOf({ ...config, subnets: [tooMany] }), [
      'subnets[0].neurons: 4 neurons and the owner hotkey exceed maxAllowedUids 4',
    ]);
    const closed = { ...subnet, start: false, neurons: neuronsOf(1, () => TAO) };
    assert.deepEqual(problemsOf({ ...config, subnets: [closed] }), [
      'subnets[0].neurons: genesis stake needs a started subnet (start: true)',
    ]);
    const huge = { ...subnet, neurons: neuronsOf(2, () => 20_000_000n * TAO) };
    assert.ok(
      problemsOf({ ...config, subnets: [huge] }).some((p) => p.includes('exceed the 21M TAO supply')),
    );
    assert.deepEqual(problemsOf(configWith(neuronsOf(255))), []);
    assert.equal(problemsOf(configWith(neuronsOf(256))).length, 1);
  });
});
