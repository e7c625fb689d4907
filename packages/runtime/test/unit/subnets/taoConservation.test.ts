/**
 * Property: whatever mix of subnet registrations, neuron registrations, dissolutions and blocks runs, every
 * rao stays accounted for: the balances issuance equals the sum of all accounts (fees to the author, locks
 * and burns to subnet accounts, payouts to stakers, recycling out of both).
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { CurrencyIssuance } from '../../../src/balances/schema.js';
import { NetworkRateLimit } from '../../../src/subnets/schema.js';
import { getAllSubnetNetuids } from '../../../src/subnets/subnetRegistry.js';
import { Account } from '../../../src/system/schema.js';
import {
  AUTHOR,
  account,
  createSubnetChain,
  ROOT,
  ROOT_ORIGIN,
  type SubnetChain,
  TAO,
} from './subnetChain.js';

const COLDKEYS = [account(1), account(2), account(3)];

type Action =
  | { kind: 'network'; who: number; hot: number }
  | { kind: 'neuron'; who: number; hot: number; subnet: number }
  | { kind: 'dissolve'; subnet: number }
  | { kind: 'blocks'; n: number };

const action: fc.Arbitrary<Action> = fc.oneof(
  fc.record({ kind: fc.constant('network' as const), who: fc.nat(2), hot: fc.nat(40) }),
  fc.record({ kind: fc.constant('neuron' as const), who: fc.nat(2), hot: fc.nat(40), subnet: fc.nat(5) }),
  fc.record({ kind: fc.constant('dissolve' as const), subnet: fc.nat(5) }),
  fc.record({ kind: fc.constant('blocks' as const), n: fc.integer({ min: 1, max: 500 }) }),
);

function totalBalances(chain: SubnetChain): bigint {
  let total = 0n;
  for (const [, info] of Account.entries(chain.state)) total += info.data.free;
  return total;
}

function run(chain: SubnetChain, step: Action): void {
  const subnets = getAllSubnetNetuids(chain.state).filter((n) => n !== ROOT);
  const pick = (i: number) => subnets[i % Math.max(subnets.length, 1)];
  if (step.kind === 'network') {
    chain.call(COLDKEYS[step.who] as never, 'register_network', { hotkey: account(0x100 + step.hot) });
  } else if (step.kind === 'neuron' && pick(step.subnet) !== undefined) {
    const args = { netuid: pick(step.subnet), hotkey: account(0x100 + step.hot) };
    chain.call(COLDKEYS[step.who] as never, 'burned_register', args);
  } else if (step.kind === 'dissolve' && pick(step.subnet) !== undefined) {
    chain.call(ROOT_ORIGIN, 'root_dissolve_network', { netuid: pick(step.subnet) });
  } else if (step.kind === 'blocks') {
    chain.nextBlock(step.n);
  }
}

describe('TAO conservation across the subnet lifecycle', () => {
  it('keeps the issuance equal to the sum of all balances (fast-check)', () => {
    fc.assert(
      fc.property(fc.array(action, { maxLength: 30 }), (steps) => {
        const chain = createSubnetChain({ author: AUTHOR });
        NetworkRateLimit.set(chain.state, 0n);
        for (const who of COLDKEYS) chain.endow(who, 5_000n * TAO);
        for (const step of steps) {
          run(chain, step);
          assert.equal(totalBalances(chain), CurrencyIssuance.get(chain.state));
        }
      }),
      { numRuns: 25 },
    );
  });
});
