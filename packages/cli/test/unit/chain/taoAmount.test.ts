import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { formatPercent, formatTao, parseTao } from '../../../src/chain/taoAmount.js';

describe('taoAmount', () => {
  it('formats rao as TAO with 9 decimals', () => {
    assert.equal(formatTao(1_500_000_000n), '1.500000000');
    assert.equal(formatTao(1n), '0.000000001');
    assert.equal(formatTao(-2_000_000_001n), '-2.000000001');
  });

  it('parses decimal TAO exactly', () => {
    assert.equal(parseTao('1.5', '--amount'), 1_500_000_000n);
    assert.equal(parseTao('τ0.000000001', '--amount'), 1n);
    assert.equal(parseTao('1_000', '--amount'), 1_000_000_000_000n);
    assert.equal(parseTao('.25', '--amount'), 250_000_000n);
    assert.equal(parseTao('3.', '--amount'), 3_000_000_000n);
  });

  it('refuses signs, words and more than 9 decimals', () => {
    for (const bad of ['-1', 'abc', '', '.', '1.0000000001', '1e9']) {
      assert.throws(() => parseTao(bad, '--amount'), { code: 'USAGE' }, bad);
    }
  });

  it('round-trips', () => {
    for (const rao of [0n, 7n, 123_456_789_012n]) assert.equal(parseTao(formatTao(rao), '--a'), rao);
  });

  it('formats percentages', () => {
    assert.equal(formatPercent(0.12345), '12.35%');
  });
});
