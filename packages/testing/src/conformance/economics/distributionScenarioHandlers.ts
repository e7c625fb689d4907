/**
 * `economics.json` scenarios of pending emission and its distribution (subtensor's `pending_emission.rs`,
 * `distribute_emission.rs`, `drain_emission.rs` tests), run through the runtime's stateful `runCoinbase` and
 * `distributeEmission` on a mock chain set up as each Rust test does.
 */
import { I96F32, U64_MAX } from '@taonet/primitives';
import {
  ChildKeys,
  ChildkeyTake,
  CKBurn,
  distributeEmission,
  FirstEmissionBlockNumber,
  getHotkeyStake,
  increaseStake,
  LastEpochBlock,
  ParentKeys,
  PendingRootAlphaDivs,
  PendingServerEmission,
  PendingValidatorEmission,
  ROOT_NETUID,
  runCoinbase,
  SubnetAlphaIn,
  SubnetMovingPrice,
  SubnetOwnerCut,
  SubnetTAO,
  TaoWeight,
  Tempo,
} from '@taonet/runtime';
import { checkInt } from './coinbaseScenarioHandlers.js';
import type { EconomicsHandler } from './economicsHandler.js';
import {
  addDynamicNetwork,
  addNetwork,
  createMockChain,
  mockAccount,
  registerNeuron,
  subnetId,
  taoWeightRaw,
} from './mockChain.js';
import { big, isIntegerLike, num, optBig, type Rec } from './vectorValues.js';

/** An integer input that may carry prose after it (`"u64::MAX (100%)"`). */
function leadingInt(value: unknown, what: string): bigint {
  if (typeof value === 'string' && !isIntegerLike(value)) return big(value.trim().split(/\s+/)[0], what);
  return big(value, what);
}

/** A TAO weight stated as a float (`tao_weight`, `TaoWeight`) or raw (`TaoWeight_raw`). */
function readTaoWeight(inputs: Rec): bigint {
  if (inputs.TaoWeight_raw !== undefined) return big(inputs.TaoWeight_raw, 'TaoWeight_raw');
  const weight = inputs.tao_weight ?? inputs.TaoWeight;
  return weight === undefined ? 0n : taoWeightRaw(num(weight, 'tao_weight'));
}

/**
 * `test_pending_emission`: a dynamic subnet with reserves (1_000_000 TAO rao, 1 alpha) and tempo 1 runs two
 * zero-emission blocks whose epochs drain; then with the stated root pool, TAO weight and EMA price (root
 * selling on) and a tempo too long to drain, a third block leaves one block's split pending.
 */
const pendingEmissionSplit: EconomicsHandler = (inputs, expected, check, vector) => {
  const chain = createMockChain();
  const netuid = addDynamicNetwork(chain, mockAccount(1), mockAccount(2));
  const { state } = chain;
  SubnetOwnerCut.set(state, Number(optBig(inputs, 'owner_cut', 0n)));
  Tempo.set(state, [netuid], 1);
  FirstEmissionBlockNumber.set(state, [netuid], 0n);
  SubnetTAO.set(state, [netuid], 1_000_000n);
  SubnetAlphaIn.set(state, [netuid], 1n);
  LastEpochBlock.set(state, [netuid], 0n);
  const emission = optBig(inputs, 'block_tao_emission', 0n);
  chain.block = 10;
  runCoinbase(chain.ctx(), chain.modules, { remaining: emission });
  SubnetTAO.set(state, [ROOT_NETUID], big(inputs.root_SubnetTAO, 'root_SubnetTAO'));
  chain.block = 12;
  runCoinbase(chain.ctx(), chain.modules, { remaining: emission });
  Tempo.set(state, [netuid], 10_000);
  TaoWeight.set(state, readTaoWeight(inputs));
  SubnetMovingPrice.set(state, [netuid], I96F32.fromF64(num(inputs.SubnetMovingPrice, 'SubnetMovingPrice')));
  runCoinbase(chain.ctx(), chain.modules, { remaining: emission });
  for (const [field, item] of [
    ['PendingServerEmission', PendingServerEmission],
    ['PendingValidatorEmission', PendingValidatorEmission],
    ['PendingRootAlphaDivs', PendingRootAlphaDivs],
  ] as const) {
    checkInt(check, vector, field, field, expected[field], item.get(state, [netuid]));
  }
};

/**
 * `test_distribute_emission_no_miners_all_drained`: a dynamic subnet whose owner has no stake, plus
 * `registered_neurons` neurons with `init_stake` alpha each; `distribute_emission(server, validator, 0, 0)`.
 */
const distributeNoMiners: EconomicsHandler = (inputs, expected, check, vector) => {
  const chain = createMockChain();
  const netuid = addDynamicNetwork(chain, mockAccount(1), mockAccount(2));
  const { state } = chain;
  const count = Number(optBig(inputs, 'registered_neurons', 1n));
  const hotkeys = Array.from({ length: count }, (_, i) => mockAccount(3 + 2 * i));
  hotkeys.forEach((hotkey, i) => {
    const coldkey = mockAccount(4 + 2 * i);
    registerNeuron(chain, netuid, hotkey, coldkey);
    increaseStake(state, { hotkey, coldkey, netuid }, big(inputs.init_stake, 'init_stake'));
  });
  TaoWeight.set(state, readTaoWeight(inputs));
  distributeEmission(chain.ctx(), chain.modules, netuid, {
    server: big(inputs.pending_server, 'pending_server'),
    validator: big(inputs.pending_validator, 'pending_validator'),
    root: optBig(inputs, 'pending_root', 0n),
    ownerCut: optBig(inputs, 'pending_owner_cut', 0n),
  });
  const field = 'new_total_stake_for_hotkey';
  checkInt(check, vector, field, field, expected[field], getHotkeyStake(state, hotkeys[0]!, netuid));
};

/**
 * `test_drain_alpha_childkey_parentkey`: a stable subnet (tempo 1) where the child is registered, the parent
 * (another coldkey's view: no owner) holds `parent_stake` and delegates `child_proportion` to the child, with
 * the stated childkey take and CK burn; `distribute_emission(server, validator, 0, 0)`.
 */
const childkeyParentkey: EconomicsHandler = (inputs, expected, check, vector) => {
  const chain = createMockChain();
  const netuid = subnetId(1);
  addNetwork(chain, netuid, 1);
  const { state } = chain;
  const [parent, child, coldkey] = [mockAccount(1), mockAccount(2), mockAccount(3)];
  CKBurn.set(state, optBig(inputs, 'CKBurn', 0n));
  registerNeuron(chain, netuid, child, coldkey);
  increaseStake(state, { hotkey: parent, coldkey, netuid }, big(inputs.parent_stake, 'parent_stake'));
  const proportion =
    inputs.child_proportion === undefined ? U64_MAX : leadingInt(inputs.child_proportion, 'p');
  ChildKeys.set(state, [parent, netuid], [[proportion, child]]);
  ParentKeys.set(state, [child, netuid], [[proportion, parent]]);
  ChildkeyTake.set(state, [child, netuid], Number(big(inputs.ChildkeyTake, 'ChildkeyTake')));
  distributeEmission(chain.ctx(), chain.modules, netuid, {
    server: big(inputs.pending_server, 'pending_server'),
    validator: big(inputs.pending_validator, 'pending_validator'),
    root: 0n,
    ownerCut: 0n,
  });
  const parentStake = getHotkeyStake(state, parent, netuid);
  const childStake = getHotkeyStake(state, child, netuid);
  checkInt(
    check,
    vector,
    'parent_stake_after',
    'parent_stake_after',
    expected.parent_stake_after,
    parentStake,
  );
  checkInt(check, vector, 'child_stake_after', 'child_stake_after', expected.child_stake_after, childStake);
};

export const DISTRIBUTION_SCENARIO_HANDLERS: ReadonlyArray<readonly [string, EconomicsHandler]> = [
  ['test_pending_emission', pendingEmissionSplit],
  ['test_distribute_emission_no_miners_all_drained', distributeNoMiners],
  ['test_drain_alpha_childkey_parentkey', childkeyParentkey],
];
