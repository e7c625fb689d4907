import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { base58Decode, base58Encode } from '@polkadot/util-crypto';
import fc from 'fast-check';
import { decodeBase58, encodeBase58 } from '../../src/base58.js';

describe('base58', () => {
  it('matches @polkadot/util-crypto both ways, leading zero bytes included', () => {
    const bytes = fc.tuple(fc.nat({ max: 4 }), fc.uint8Array({ maxLength: 80 }));
    fc.assert(
      fc.property(bytes, ([zeros, tail]) => {
        const data = Uint8Array.of(...new Array<number>(zeros).fill(0), ...tail);
        const text = encodeBase58(data);
        assert.equal(text, base58Encode(data));
        assert.deepEqual(decodeBase58(text), data);
        if (text !== '') assert.deepEqual(decodeBase58(text), base58Decode(text));
      }),
      { numRuns: 2000 },
    );
  });

  it('encodes known values and refuses characters outside the alphabet', () => {
    assert.equal(encodeBase58(new Uint8Array()), '');
    assert.equal(encodeBase58(Uint8Array.of(0, 0, 1)), '112');
    assert.equal(encodeBase58(new TextEncoder().encode('hello world')), 'StV1DL6CwTryKyV');
    assert.deepEqual(decodeBase58('StV1DL6CwTryKyV'), new TextEncoder().encode('hello world'));
    for (const bad of ['0', 'O', 'I', 'l', 'é', '5 ']) assert.equal(decodeBase58(bad), undefined);
    assert.deepEqual(decodeBase58(''), new Uint8Array());
    assert.deepEqual(decodeBase58('111'), new Uint8Array(3));
    assert.equal(encodeBase58(new Uint8Array(3)), '111');
  });

  it('encodes every length across the 8-digit groups, from one byte to well past an address', () => {
    for (let length = 1; length <= 72; length++) {
      for (const fill of [0x01, 0x7f, 0xff]) {
        const data = new Uint8Array(length).fill(fill);
        assert.equal(encodeBase58(data), base58Encode(data), `${length} bytes of ${fill}`);
        assert.deepEqual(decodeBase58(base58Encode(data)), data);
      }
    }
  });

  it('refuses a character outside the alphabet anywhere in the text', () => {
    const address = '5GrwvaEF5zXb26Fz9rcQpDWS57CtERHpNehXCPcNoHGKutQY';
    for (let at = 0; at < address.length; at++) {
      assert.equal(decodeBase58(`${address.slice(0, at)}0${address.slice(at + 1)}`), undefined);
    }
  });
});
