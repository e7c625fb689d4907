/**
 * The value shortcuts decode exactly what scale-ts decodes: the hand-written scalar decoders on any bytes
 * (subarrays included), and the remembered values, which come back as fresh copies.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  AccountIdCodec,
  AlphaRaoCodec,
  BlockNumberCodec,
  HashCodec,
  I32F32Codec,
  I64F64Codec,
  I96F32Codec,
  MechIdCodec,
  NetUidCodec,
  RaoCodec,
  U64F64Codec,
  U96F32Codec,
  UidCodec,
} from '@taonet/primitives';
import fc from 'fast-check';
import { bool, type Codec, i8, i16, i32, i64, i128, Tuple, u8, u16, u32, u64, u128, Vector } from 'scale-ts';
import { MemoryBackend } from '../../../src/state/memoryBackend.js';
import { OverlayState } from '../../../src/state/overlayState.js';
import { Identity } from '../../../src/state/storageHasher.js';
import { keyPart, storageMap } from '../../../src/state/storageItem.js';
import { fastDecoder, ValueCodec } from '../../../src/state/valueCodec.js';

const CODECS: [string, Codec<unknown>, number][] = [
  ['u8', u8, 1],
  ['u16', u16, 2],
  ['u32', u32, 4],
  ['u64', u64, 8],
  ['u128', u128, 16],
  ['i8', i8, 1],
  ['i16', i16, 2],
  ['i32', i32, 4],
  ['i64', i64, 8],
  ['i128', i128, 16],
  ['bool', bool, 1],
  ['NetUid', NetUidCodec, 2],
  ['Uid', UidCodec, 2],
  ['MechId', MechIdCodec, 1],
  ['BlockNumber', BlockNumberCodec, 4],
  ['Rao', RaoCodec, 8],
  ['AlphaRao', AlphaRaoCodec, 8],
  ['I32F32', I32F32Codec, 8],
  ['I64F64', I64F64Codec, 16],
  ['I96F32', I96F32Codec, 16],
  ['U64F64', U64F64Codec, 16],
  ['U96F32', U96F32Codec, 16],
  ['AccountId', AccountIdCodec, 32],
  ['Hash', HashCodec, 32],
  ['Tuple(u16, u64) (scale-ts fallback)', Tuple(u16, u64) as Codec<unknown>, 10],
] as [string, Codec<unknown>, number][];

describe('fastDecoder', () => {
  for (const [name, codec, size] of CODECS) {
    it(`${name}: decodes what scale-ts decodes, at any offset`, () => {
      const decode = fastDecoder(codec);
      fc.assert(
        fc.property(fc.uint8Array({ minLength: size, maxLength: size + 4 }), fc.nat(3), (bytes, pad) => {
          const expected = codec.dec(bytes.slice());
          assert.deepEqual(decode(bytes, 0), expected);
          const padded = new Uint8Array(pad + bytes.length + 3);
          padded.set(bytes, pad);
          assert.deepEqual(decode(padded, pad), expected);
          assert.deepEqual(decode(padded.subarray(pad), 0), expected);
        }),
        { numRuns: 200 },
      );
    });
  }

  it('throws on bytes too short for a scalar, as scale-ts does', () => {
    for (const [name, codec, size] of CODECS.filter(([, , size]) => size <= 16)) {
      assert.throws(() => fastDecoder(codec)(new Uint8Array(size - 1), 0), RangeError, name);
      assert.throws(
        () => fastDecoder(codec)(new Uint8Array(size + 2).subarray(1, size), 0),
        RangeError,
        name,
      );
    }
  });
});

describe('ValueCodec', () => {
  it('hands out a fresh copy of a remembered array each time', () => {
    const values = new ValueCodec(Vector(u16));
    const bytes = Vector(u16).enc([1, 2, 3]);
    const first = values.decode(bytes);
    first.push(4);
    const second = values.decode(bytes);
    assert.deepEqual(second, [1, 2, 3]);
    second[0] = 9;
    assert.deepEqual(values.decode(bytes), [1, 2, 3]);
  });

  it('never remembers nested values: each read is decoded afresh', () => {
    const values = new ValueCodec(Vector(Tuple(u16, u16)));
    const bytes = Vector(Tuple(u16, u16)).enc([[1, 2]]);
    const first = values.decode(bytes);
    first[0]![1] = 7;
    assert.deepEqual(values.decode(bytes), [[1, 2]]);
  });

  it('reads what was written, including values the codec wraps (a u16 above 65535)', () => {
    const Item = storageMap<number, number>({
      pallet: 'Test',
      name: 'Wrapped',
      key: keyPart(u16, Identity),
      value: u16,
      default: 0,
    });
    const state = new OverlayState(new MemoryBackend());
    Item.set(state, [1], 70_000);
    assert.equal(Item.get(state, [1]), 70_000 - 65_536);
    Item.set(state, [1], 5);
    assert.equal(Item.get(state, [1]), 5);
    state.transaction(() => Item.set(state, [1], 6));
    assert.equal(Item.get(state, [1]), 6);
    assert.throws(() =>
      state.transaction(() => {
        Item.set(state, [1], 7);
        throw new Error('revert');
      }),
    );
    assert.equal(Item.get(state, [1]), 6);
  });
});
