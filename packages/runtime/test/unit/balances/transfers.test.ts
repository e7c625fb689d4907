/** The Balances transfer calls through the composed runtime (fees off: amounts are exact). */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { type AccountId, accountId } from '@taonet/primitives';
import { CurrencyIssuance, EXISTENTIAL_DEPOSIT, TotalIssuance } from '../../../src/balances/schema.js';
import type { BoundCall } from '../../../src/dispatch/callDef.js';
import { signed } from '../../../src/dispatch/origin.js';
import { createRuntime } from '../../../src/runtime.js';
import { MemoryBackend } from '../../../src/state/memoryBackend.js';
import { OverlayState } from '../../../src/state/overlayState.js';
import { Account } from '../../../src/system/schema.js';

const ALICE = accountId(new Uint8Array(32).fill(1));
const BOB = accountId(new Uint8Array(32).fill(2));
const CHARLIE = accountId(new Uint8Array(32).fill(3));
const TAO = 1_000_000_000n;

function chain() {
  const runtime = createRuntime({ fees: false });
  const balances = [
    { account: ALICE, free: 10n * TAO },
    { account: BOB, free: TAO },
  ];
  const state = new OverlayState(new MemoryBackend(runtime.buildGenesis({ balances }).changes));
  let number = 0;
  const apply = (who: AccountId, call: BoundCall) => {
    const block = {
      header: { number: ++number, timestamp: number * 12_000 },
      extrinsics: [{ origin: signed(who), call }],
    };
    const result = runtime.applyBlock(state, block);
    return { outcome: result.outcomes[0], events: result.events.map((event) => event.name) };
  };
  const free = (who: AccountId) => Account.get(state, [who]).data.free;
  const issuance = () => [CurrencyIssuance.get(state), TotalIssuance.get(state)];
  return { apply, free, issuance, state };
}

const call = (name: string, args: Record<string, unknown>): BoundCall => ({ pallet: 'Balances', name, args });
const to = (who: AccountId) => ({ tag: 'Id', value: who });

describe('Balances transfers', () => {
  it('transfer_keep_alive refuses to take the sender below the existential deposit', () => {
    const { apply, free } = chain();
    const refused = apply(BOB, call('transfer_keep_alive', { dest: to(ALICE), value: TAO - 100n }));
    assert.equal(refused.outcome?.error?.error, 'Expendability');
    assert.equal(free(BOB), TAO);
    assert.equal(
      apply(BOB, call('transfer_keep_alive', { dest: to(ALICE), value: TAO - 500n })).outcome?.ok,
      true,
    );
    assert.equal(free(BOB), EXISTENTIAL_DEPOSIT);
  });

  it('transfer_allow_death reaps the sender: the dust leaves both issuance counters', () => {
    const { apply, free, issuance, state } = chain();
    const result = apply(BOB, call('transfer_allow_death', { dest: to(ALICE), value: TAO - 100n }));
    assert.equal(result.outcome?.ok, true);
    assert.ok(result.events.includes('DustLost'));
    assert.equal(free(BOB), 0n);
    assert.equal(Account.contains(state, [BOB]), false, 'the account is reaped');
    assert.deepEqual(issuance(), [11n * TAO - 100n, 11n * TAO - 100n]);
  });

  it('a new account needs the existential deposit', () => {
    const { apply, free } = chain();
    const refused = apply(ALICE, call('transfer_allow_death', { dest: to(CHARLIE), value: 499n }));
    assert.equal(refused.outcome?.error?.error, 'ExistentialDeposit');
    assert.equal(free(CHARLIE), 0n);
  });

  it('transfer_all sends everything, or everything above the deposit with keep_alive', () => {
    const { apply, free, issuance } = chain();
    assert.equal(
      apply(ALICE, call('transfer_all', { dest: to(CHARLIE), keep_alive: true })).outcome?.ok,
      true,
    );
    assert.deepEqual([free(ALICE), free(CHARLIE)], [EXISTENTIAL_DEPOSIT, 10n * TAO - EXISTENTIAL_DEPOSIT]);
    assert.equal(
      apply(BOB, call('transfer_all', { dest: to(CHARLIE), keep_alive: false })).outcome?.ok,
      true,
    );
    assert.deepEqual([free(BOB), free(CHARLIE)], [0n, 11n * TAO - EXISTENTIAL_DEPOSIT]);
    assert.deepEqual(issuance(), [11n * TAO, 11n * TAO]);
  });

  it('only account ids are addresses: an account index is refused', () => {
    const { apply, free } = chain();
    const refused = apply(
      ALICE,
      call('transfer_allow_death', { dest: { tag: 'Index', value: 2 }, value: TAO }),
    );
    assert.equal(refused.outcome?.error?.error, 'CallFiltered');
    assert.equal(free(ALICE), 10n * TAO);
  });
});
