import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  formatDuration,
  formatPercent,
  formatPrice,
  formatTao,
  formatU16,
  fromI96F32Bits,
  shortAddress,
  toDisplayJson,
} from '../../../../web/src/chain/format.js';
import { parseSearch } from '../../../../web/src/chain/parseSearch.js';

describe('formatting', () => {
  it('shows rao as TAO with grouping and rounding', () => {
    assert.equal(formatTao(1_234_567_890_123n), '1,234.5679');
    assert.equal(formatTao(5n, 9), '0.000000005');
    assert.equal(formatTao(-1_500_000_000n, 2), '-1.50');
    assert.equal(formatTao(21_000_000_000_000_000n, 0), '21,000,000');
  });

  it('shows fractions, durations, fixed-point prices and addresses', () => {
    assert.equal(formatU16(65_535), '1.0000');
    assert.equal(formatPercent(0.1234), '12.34%');
    assert.equal(formatDuration(59_000), '59s');
    assert.equal(formatDuration(3 * 86_400_000 + 4 * 3_600_000), '3d 4h');
    assert.equal(fromI96F32Bits(3n << 31n), 1.5);
    assert.equal(formatPrice(0.0000125), '1.250e-5');
    assert.equal(formatPrice(1.5), '1.500000');
    assert.equal(formatPrice(0), '0');
    assert.equal(shortAddress('5GrwvaEF5zXb26Fz9rcQpDWS57CtERHpNehXCPcNoHGKutQY'), '5Grwva…utQY');
    assert.equal(toDisplayJson({ a: 1n, b: new Uint8Array([1, 255]) }), '{\n "a": "1",\n "b": "0x01ff"\n}');
  });
});

describe('parseSearch', () => {
  it('tells block numbers, hashes, extrinsic ids and addresses apart', () => {
    assert.deepEqual(parseSearch(' 1,024 '), { kind: 'block', number: 1024 });
    assert.deepEqual(parseSearch('12-3'), { kind: 'extrinsic', block: 12, index: 3 });
    assert.deepEqual(parseSearch(`0x${'AB'.repeat(32)}`), { kind: 'hash', hash: `0x${'ab'.repeat(32)}` });
    assert.deepEqual(parseSearch('5GrwvaEF5zXb26Fz9rcQpDWS57CtERHpNehXCPcNoHGKutQY'), {
      kind: 'account',
      address: '5GrwvaEF5zXb26Fz9rcQpDWS57CtERHpNehXCPcNoHGKutQY',
    });
    assert.equal(parseSearch('hello'), undefined);
    assert.equal(parseSearch('0x1234'), undefined);
  });
});
