import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { base58Decode, base58Encode } from '@polkadot/util-crypto';
import fc from 'fast-check';
import { decodeBase58, encodeBase58 } from '../../src/base58.js';

describe('base58', () => {
  it('matches @polkadot/util-crypto both ways, leading zero bytes included', () => {
    const bytes = fc.tuple(fc.nat({ max: 4 }), fc.uint8Array({ maxLength: 48 }));
    fc.assert(
      fc.property(bytes, ([zeros, tail]) => {
        const data = Uint8Array.of(...new Array<number>(zeros).fill(0), ...tail);
        const text = encodeBase58(data);
        assert.equal(text, base58Encode(data));
        assert.deepEqual(decodeBase58(text), data);
        if (text !== '') assert.deepEqual(decodeBase58(text), base58Decode(text));
      }),
      { numRuns: 500 },
    );
  });

  it('encodes known values and refuses characters outside the alphabet', () => {
    assert.equal(encodeBase58(new Uint8Array()), '');
    assert.equal(encodeBase58(Uint8Array.of(0, 0, 1)), '112');
    assert.equal(encodeBase58(new TextEncoder().encode('hello world')), 'StV1DL6CwTryKyV');
    assert.deepEqual(decodeBase58('StV1DL6CwTryKyV'), new TextEncoder().encode('hello world'));
    for (const bad of ['0', 'O', 'I', 'l', 'é', '5 ']) assert.equal(decodeBase58(bad), undefined);
  });
});
