/**
 * Scenario (slow, ~12 s): ten subnets for 5,000 blocks with validators, miners, registrations and stake
 * moves, crossing the first halving halfway. Every block checks the accounting (see emissionScenario.ts):
 * the halving law, every minted rao on an account, every minted alpha in its subnet's issuance. Over the run
 * epochs pay out, and TAO follows the EMA prices: each subnet earns more than the cheaper ones.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { TAO } from '../unit/coinbase/coinbaseChain.js';
import { runEmissionScenario } from './emissionScenario.js';

const HALVING = 10_500_000n * TAO;

describe('scenario: ten subnets over 5,000 blocks', () => {
  it('follows the halving law, favours higher prices and accounts for every rao', () => {
    const result = runEmissionScenario({
      subnets: 10,
      blocks: 5_000,
      initialIssuance: HALVING - 2_500n * TAO,
      tempo: 360,
    });
    const { emissions, taoReceived } = result;
    const first = emissions.indexOf(TAO / 2n);
    assert.ok(first > 2_000 && first < 3_000, `halved at block ${first}`);
    assert.ok(emissions.slice(0, first).every((e) => e === TAO));
    assert.ok(emissions.slice(first).every((e) => e === TAO / 2n));
    assert.ok(result.epochsRun >= 130, `${result.epochsRun} epochs`);
    assert.ok(result.registrations > 50, `${result.registrations} registrations`);
    for (let i = 1; i < taoReceived.length; i++) {
      assert.ok((taoReceived[i] ?? 0n) > (taoReceived[i - 1] ?? 0n), `subnet ${i} earns more than ${i - 1}`);
    }
    const total = taoReceived.reduce((a, b) => a + b, 0n);
    const expected = emissions.reduce((a, b) => a + b, 0n);
    assert.ok(total <= expected && total >= expected - 5_000n * 10n, `${total} of ${expected}`);
  });
});
