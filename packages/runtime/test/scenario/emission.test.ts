/**
 * Scenario: four subnets over 600 blocks, starting 300 TAO below the first halving, with validators, miners,
 * registrations and stake moves. Every block checks the accounting (see emissionScenario.ts); over the run
 * the block emission halves exactly when 10.5M TAO are issued, epochs pay out, and subnets with higher EMA
 * prices receive more TAO.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { TotalIssuance } from '../../src/balances/schema.js';
import { TAO } from '../unit/coinbase/coinbaseChain.js';
import { runEmissionScenario } from './emissionScenario.js';

const HALVING = 10_500_000n * TAO;

describe('scenario: emission over several subnets and a halving', () => {
  it('halves at 10.5M TAO, pays epochs, favours higher prices, accounts for every rao', () => {
    const result = runEmissionScenario({
      subnets: 4,
      blocks: 600,
      initialIssuance: HALVING - 300n * TAO,
      tempo: 50,
    });
    const { emissions, taoReceived } = result;
    const first = emissions.indexOf(TAO / 2n);
    assert.ok(first > 250 && first < 320, `halved at block ${first}`);
    assert.ok(emissions.slice(0, first).every((e) => e === TAO));
    assert.ok(emissions.slice(first).every((e) => e === TAO / 2n));
    assert.ok(TotalIssuance.get(result.chain.state) >= HALVING);
    assert.ok(result.epochsRun >= 40, `${result.epochsRun} epochs`);
    assert.ok(result.registrations > 0, 'neurons registered during the run');
    for (let i = 1; i < taoReceived.length; i++) {
      assert.ok((taoReceived[i] ?? 0n) > (taoReceived[i - 1] ?? 0n), `subnet ${i} earns more than ${i - 1}`);
    }
    const total = taoReceived.reduce((a, b) => a + b, 0n);
    const expected = emissions.reduce((a, b) => a + b, 0n);
    assert.ok(total <= expected && total >= expected - 600n * 4n, `${total} of ${expected}`);
  });
});
