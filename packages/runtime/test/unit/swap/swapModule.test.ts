import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { netUid } from '@taonet/primitives';
import { root, signed } from '../../../src/dispatch/origin.js';
import { Executive } from '../../../src/executive/executive.js';
import { FeeRate, SubnetMechanism } from '../../../src/swap/schema.js';
import { createSwapModule } from '../../../src/swap/swapModule.js';
import { ALICE, createTestChain, NETUID, seedPool } from './swapFixture.js';

function setup() {
  const chain = createTestChain();
  const executive = new Executive([createSwapModule(chain.api)]);
  seedPool(chain, NETUID, 10n ** 12n, 10n ** 12n);
  return { chain, executive };
}

const errorOf = (outcome: { readonly error?: { readonly pallet: string; readonly error: string } }) =>
  outcome.error === undefined ? undefined : `${outcome.error.pallet}.${outcome.error.error}`;

describe('pallet Swap (index 28)', () => {
  it('set_fee_rate [0]: root sets the rate of an existing subnet and emits FeeRateSet', () => {
    const { chain, executive } = setup();
    assert.equal(executive.findCallByIndex(28, 0)?.name, 'set_fee_rate');
    const outcome = executive.applyExtrinsic(chain.ctx(), 0, root, {
      pallet: 'Swap',
      name: 'set_fee_rate',
      args: { netuid: NETUID, rate: 10_000 },
    });
    assert.equal(outcome.ok, true);
    assert.equal(FeeRate.get(chain.state, [NETUID]), 10_000);
    const event = chain.events.all().find((e) => e.name === 'FeeRateSet');
    assert.deepEqual(event?.data, { netuid: NETUID, rate: 10_000 });
  });

  it('set_fee_rate refuses non-root origins, unknown subnets and rates above 10_000', () => {
    const { chain, executive } = setup();
    const call = (origin: Parameters<typeof executive.applyExtrinsic>[2], netuid: number, rate: number) =>
      errorOf(
        executive.applyExtrinsic(chain.ctx(), 0, origin, {
          pallet: 'Swap',
          name: 'set_fee_rate',
          args: { netuid: netUid(netuid), rate },
        }),
      );
    assert.equal(call(signed(ALICE), 1, 100), 'System.BadOrigin');
    assert.equal(call(root, 9, 100), 'Swap.MechanismDoesNotExist');
    assert.equal(call(root, 1, 10_001), 'Swap.FeeRateTooHigh');
    assert.equal(FeeRate.get(chain.state, [NETUID]), 33);
    assert.equal(SubnetMechanism.get(chain.state, [netUid(9)]), 0);
  });

  it('the liquidity calls [1..5] are deprecated for every origin', () => {
    const { chain, executive } = setup();
    const calls: [number, string, unknown][] = [
      [1, 'add_liquidity', { hotkey: ALICE, netuid: NETUID, tick_low: -10, tick_high: 10, liquidity: 5n }],
      [2, 'remove_liquidity', { hotkey: ALICE, netuid: NETUID, position_id: 1n }],
      [3, 'modify_position', { hotkey: ALICE, netuid: NETUID, position_id: 1n, liquidity_delta: -3n }],
      [4, 'toggle_user_liquidity', { netuid: NETUID, enable: true }],
      [5, 'disable_lp', {}],
    ];
    for (const [index, name, args] of calls) {
      const def = executive.findCallByIndex(28, index);
      assert.equal(def?.name, name);
      assert.deepEqual(def.args.dec(def.args.enc(args)), args, `${name} arguments round-trip`);
      for (const origin of [root, signed(ALICE)]) {
        const outcome = executive.applyExtrinsic(chain.ctx(), 0, origin, { pallet: 'Swap', name, args });
        assert.equal(errorOf(outcome), 'Swap.Deprecated');
      }
    }
  });
});
