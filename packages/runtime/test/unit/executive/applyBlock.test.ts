import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { accountId } from '@taonet/primitives';
import { CurrencyIssuance, TotalIssuance } from '../../../src/balances/schema.js';
import { computeFee } from '../../../src/balances/transactionFee.js';
import type { BoundCall } from '../../../src/dispatch/callDef.js';
import { none, root, signed } from '../../../src/dispatch/origin.js';
import { devGenesis } from '../../../src/genesis/presets.js';
import { createRuntime } from '../../../src/runtime.js';
import { MemoryBackend } from '../../../src/state/memoryBackend.js';
import { OverlayState } from '../../../src/state/overlayState.js';
import { Account, BlockNumber } from '../../../src/system/schema.js';
import { Now } from '../../../src/timestamp/schema.js';

const ALICE = accountId(new Uint8Array(32).fill(1));
const BOB = accountId(new Uint8Array(32).fill(2));
const AUTHOR = accountId(new Uint8Array(32).fill(9));
const TAO = 1_000_000_000n;

const transfer = (to: typeof BOB, value: bigint): BoundCall => ({
  pallet: 'Balances',
  name: 'transfer_keep_alive',
  args: { dest: { tag: 'Id', value: to }, value },
});

function chain(feeDestination: 'author' | 'burn' = 'author') {
  const runtime = createRuntime();
  const genesis = runtime.buildGenesis({ ...devGenesis({ accounts: [ALICE, AUTHOR] }), feeDestination });
  const state = new OverlayState(new MemoryBackend(genesis.changes));
  return { runtime, state };
}

const free = (state: OverlayState, who: typeof ALICE) => Account.get(state, [who]).data.free;

describe('applyBlock', () => {
  it('sets the block number and time, applies extrinsics in order, charges fees to the author', () => {
    const { runtime, state } = chain();
    const before = { alice: free(state, ALICE), author: free(state, AUTHOR) };
    const call = transfer(BOB, 10n * TAO);
    const length = runtime.callCodec.enc(call).length;
    const result = runtime.applyBlock(state, {
      header: { number: 7, timestamp: 84_000, author: AUTHOR },
      extrinsics: [{ origin: signed(ALICE), call }],
    });
    assert.deepEqual(
      result.outcomes.map((o) => o.ok),
      [true],
    );
    const fee = computeFee(length, 0n);
    assert.equal(result.outcomes[0]?.feePaid, fee);
    assert.equal(BlockNumber.get(state), 7);
    assert.equal(Now.get(state), 84_000n);
    assert.equal(free(state, BOB), 10n * TAO);
    assert.equal(free(state, ALICE), before.alice - 10n * TAO - fee);
    assert.equal(free(state, AUTHOR), before.author + fee);
    assert.equal(Account.get(state, [ALICE]).nonce, 1);
    const names = result.events.map((event) => `${event.pallet}.${event.name}`);
    assert.ok(names.includes('TransactionPayment.TransactionFeePaid'));
    assert.equal(names.at(-1), 'System.ExtrinsicSuccess');
  });

  it('a failing extrinsic keeps its fee and nonce but reverts its call; issuance is conserved', () => {
    const { runtime, state } = chain();
    const issued = CurrencyIssuance.get(state);
    const result = runtime.applyBlock(state, {
      header: { number: 1, timestamp: 12_000, author: AUTHOR },
      extrinsics: [
        { origin: signed(ALICE), call: transfer(BOB, 10_000_000n * TAO) }, // more than Alice has
        { origin: signed(ALICE), call: transfer(BOB, 1n * TAO), nonce: 1 },
      ],
    });
    assert.equal(result.outcomes[0]?.ok, false);
    assert.equal(result.outcomes[0]?.error?.error, 'InsufficientBalance');
    assert.ok((result.outcomes[0]?.feePaid ?? 0n) > 0n);
    assert.equal(result.outcomes[1]?.ok, true);
    assert.equal(Account.get(state, [ALICE]).nonce, 2);
    assert.equal(free(state, BOB), 1n * TAO);
    assert.equal(CurrencyIssuance.get(state), issued, 'fees moved to the author, none lost');
  });

  it('a wrong nonce or an unpayable fee fails without running the call or charging', () => {
    const { runtime, state } = chain();
    const result = runtime.applyBlock(state, {
      header: { number: 1, timestamp: 0 },
      extrinsics: [
        { origin: signed(ALICE), call: transfer(BOB, TAO), nonce: 5 },
        { origin: signed(BOB), call: transfer(ALICE, TAO) },
      ],
    });
    assert.deepEqual(
      result.outcomes.map((o) => [o.ok, o.error?.error, o.feePaid]),
      [
        [false, 'Future', 0n],
        [false, 'Payment', 0n],
      ],
    );
    assert.equal(Account.get(state, [ALICE]).nonce, 0);
  });

  it('with FeeDestination = burn the fee leaves both issuance counters', () => {
    const { runtime, state } = chain('burn');
    const issued = { currency: CurrencyIssuance.get(state), total: TotalIssuance.get(state) };
    const result = runtime.applyBlock(state, {
      header: { number: 1, timestamp: 0, author: AUTHOR },
      extrinsics: [{ origin: signed(ALICE), call: transfer(BOB, TAO) }],
    });
    const fee = result.outcomes[0]?.feePaid ?? 0n;
    assert.ok(fee > 0n);
    assert.equal(CurrencyIssuance.get(state), issued.currency - fee);
    assert.equal(TotalIssuance.get(state), issued.total - fee);
  });

  it('root and none origins pay nothing; unknown calls fail with CallNotFound', () => {
    const { runtime, state } = chain();
    const result = runtime.applyBlock(state, {
      header: { number: 1, timestamp: 0 },
      extrinsics: [
        { origin: none, call: { pallet: 'Timestamp', name: 'set', args: { now: 5n } } },
        {
          origin: root,
          call: { pallet: 'AdminUtils', name: 'sudo_set_stake_threshold', args: { min_stake: 1n } },
        },
        { origin: signed(ALICE), call: { pallet: 'Nope', name: 'nothing', args: {} } },
      ],
    });
    assert.deepEqual(
      result.outcomes.map((o) => [o.ok, o.error?.error ?? null, o.feePaid ?? 0n]),
      [
        [true, null, 0n],
        [true, null, 0n],
        [false, 'CallNotFound', 0n],
      ],
    );
  });

  it('is deterministic: the same blocks on the same genesis give the same writes', () => {
    const run = () => {
      const { runtime, state } = chain();
      runtime.applyBlock(state, {
        header: { number: 1, timestamp: 12_000, author: AUTHOR },
        extrinsics: [{ origin: signed(ALICE), call: transfer(BOB, 3n * TAO) }],
      });
      return [...state.takeChanges()];
    };
    assert.deepEqual(run(), run());
  });
});

describe('signed call filters', () => {
  it('a coldkey with an announced swap can only call the swap calls: a transfer is refused, fee-free', () => {
    const { runtime, state } = chain();
    const announce: BoundCall = {
      pallet: 'SubtensorModule',
      name: 'announce_coldkey_swap',
      args: { new_coldkey_hash: `0x${'ab'.repeat(32)}` },
    };
    const first = runtime.applyBlock(state, {
      header: { number: 1, timestamp: 12_000, author: AUTHOR },
      extrinsics: [{ origin: signed(ALICE), call: announce }],
    });
    assert.equal(first.outcomes[0]?.ok, true);
    const before = free(state, ALICE);
    const second = runtime.applyBlock(state, {
      header: { number: 2, timestamp: 24_000, author: AUTHOR },
      extrinsics: [{ origin: signed(ALICE), call: transfer(BOB, TAO) }],
    });
    assert.equal(second.outcomes[0]?.ok, false);
    assert.equal(second.outcomes[0]?.error?.error, 'ColdkeySwapAnnounced');
    assert.equal(second.outcomes[0]?.feePaid, 0n);
    assert.equal(free(state, ALICE), before);
    assert.equal(free(state, BOB), 0n);
  });
});
