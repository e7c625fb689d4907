/**
 * Scenario: the composed runtime (createRuntime, genesis, applyBlock) runs the coinbase in its block step:
 * every block mints the block emission into the started subnet's pool and account, alpha is emitted and
 * paid out at the epochs, and `claim_root` dispatches through the executive.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { type AccountId, accountId, netUid } from '@taonet/primitives';
import {
  Account,
  BlockEmission,
  CurrencyIssuance,
  createRuntime,
  devGenesis,
  type Extrinsic,
  getSubnetAccountId,
  MemoryBackend,
  OverlayState,
  PendingServerEmission,
  SubnetAlphaOut,
  SubnetAlphaOutEmission,
  SubnetTAO,
  signed,
  Tempo,
  TotalIssuance,
} from '../../src/index.js';

const TAO = 1_000_000_000n;
const account = (n: number): AccountId => accountId(`0x${n.toString(16).padStart(64, '0')}`);
const [ALICE, OWNER, OWNER_HOT, AUTHOR] = [account(1), account(2), account(3), account(4)];
const NET = netUid(1);

describe('scenario: the runtime mints and distributes every block', () => {
  it('emits into a started subnet, pays its epochs and keeps every rao on an account', () => {
    const runtime = createRuntime({ fees: false });
    const genesis = devGenesis({
      accounts: [ALICE, OWNER, AUTHOR],
      subnets: [{ netuid: 1, owner: OWNER, ownerHotkey: OWNER_HOT }],
    });
    const backend = new MemoryBackend(runtime.buildGenesis(genesis).changes);
    const state = new OverlayState(backend);
    Tempo.set(state, [NET], 10);
    backend.apply(state.takeChanges());
    const poolBefore = SubnetTAO.get(state, [NET]);
    const surplus = () =>
      Account.get(state, [getSubnetAccountId(NET)]).data.free - SubnetTAO.get(state, [NET]);
    const surplusBefore = surplus();
    const issuedBefore = CurrencyIssuance.get(state);
    const block = (number: number, extrinsics: readonly Extrinsic[] = []) => {
      const header = { number, timestamp: number * 12_000, author: AUTHOR };
      const result = runtime.applyBlock(state, { header, extrinsics });
      backend.apply(state.takeChanges());
      return result;
    };
    // a new subnet's EMA price stays 0 in I96F32 for its first blocks: no subnet has a share yet and the
    // emission is recycled; from the first block its price registers, every block mints the full emission
    const deltas: bigint[] = [];
    for (let n = 1; n <= 40; n++) {
      const before = TotalIssuance.get(state);
      block(n);
      deltas.push(TotalIssuance.get(state) - before);
      assert.equal(SubnetAlphaOutEmission.get(state, [NET]), TAO, 'one alpha per block to participants');
    }
    const first = deltas.findIndex((d) => d > 0n);
    assert.ok(first > 0 && first < 30, `first minting block ${first + 1}`);
    assert.ok(deltas.slice(0, first).every((d) => d === 0n));
    assert.ok(deltas.slice(first).every((d) => d === BlockEmission.get(state)));
    const minted = deltas.reduce((a, b) => a + b, 0n);
    assert.equal(CurrencyIssuance.get(state) - issuedBefore, minted);
    assert.ok(SubnetTAO.get(state, [NET]) > poolBefore, 'the pool received TAO');
    assert.equal(surplus(), surplusBefore, "the subnet's account backs its pool");
    assert.ok(SubnetAlphaOut.get(state, [NET]) >= 30n * TAO, 'alpha emitted');
    assert.ok(PendingServerEmission.get(state, [NET]) < 10n * TAO, 'an epoch drained the pending emission');
    const call = { pallet: 'SubtensorModule', name: 'claim_root', args: { subnets: [NET] } };
    const claim = block(41, [{ origin: signed(ALICE), call }]);
    assert.ok(claim.outcomes[0]?.ok, 'claim_root dispatches');
  });
});
