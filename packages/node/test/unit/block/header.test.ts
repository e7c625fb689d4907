import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { blake2b256 } from '@taonet/crypto';
import { type Hash, toHex } from '@taonet/primitives';
import fc from 'fast-check';
import {
  addSeal,
  computeExtrinsicsRoot,
  createSlotDigest,
  decodeHeader,
  encodeDigestItem,
  encodeHeader,
  getHeaderSlot,
  type Header,
  splitSeal,
} from '../../../src/index.js';

const hash = (byte: number) => toHex(new Uint8Array(32).fill(byte)) as Hash;

describe('header', () => {
  it('encodes as Substrate: parent, compact number, roots, digest; Aura pre-runtime slot', () => {
    const header: Header = {
      parentHash: hash(1),
      number: 69,
      stateRoot: hash(2),
      extrinsicsRoot: hash(3),
      digest: [createSlotDigest(0x0102)],
    };
    const bytes = encodeHeader(header);
    assert.equal(toHex(bytes.subarray(32, 34)), '0x1501'); // compact(69)
    // PreRuntime(6) ++ "aura" ++ compact(8) ++ slot u64 LE
    assert.equal(toHex(encodeDigestItem(createSlotDigest(0x0102))), '0x066175726120' + '0201000000000000');
    assert.deepEqual(decodeHeader(bytes), header);
    assert.equal(getHeaderSlot(header), 0x0102);
    const sealed = addSeal(header, new Uint8Array(64).fill(9));
    assert.deepEqual(splitSeal(sealed)?.unsealed, header);
    assert.equal(splitSeal(header), undefined);
  });

  it('round-trips arbitrary headers and refuses trailing bytes', () => {
    const h = fc.uint8Array({ minLength: 32, maxLength: 32 }).map((b) => toHex(b) as Hash);
    const item = fc.oneof(
      fc.record({ kind: fc.constant('other' as const), data: fc.uint8Array({ maxLength: 40 }) }),
      fc.record({
        kind: fc.constantFrom('preRuntime' as const, 'seal' as const, 'consensus' as const),
        engine: fc.constantFrom('aura', 'BABE', 'FRNK'),
        data: fc.uint8Array({ maxLength: 80 }),
      }),
      fc.constant({ kind: 'runtimeEnvironmentUpdated' as const }),
    );
    fc.assert(
      fc.property(
        h,
        fc.nat(),
        h,
        h,
        fc.array(item, { maxLength: 4 }),
        (parentHash, number, stateRoot, extrinsicsRoot, digest) => {
          const header = {
            parentHash,
            number,
            stateRoot,
            extrinsicsRoot,
            digest: digest.map((d) => ({ ...d })),
          };
          assert.deepEqual(decodeHeader(encodeHeader(header)), header);
        },
      ),
    );
    const bytes = encodeHeader({
      parentHash: hash(0),
      number: 1,
      stateRoot: hash(0),
      extrinsicsRoot: hash(0),
      digest: [],
    });
    assert.throws(() => decodeHeader(Uint8Array.from([...bytes, 0])), { code: 'BAD_FORMAT' });
  });

  it('extrinsics root: binary Merkle tree of blake2-256 leaves, odd node promoted', () => {
    const xs = [Uint8Array.of(1), Uint8Array.of(2), Uint8Array.of(3)];
    const [a, b, c] = xs.map((x) => blake2b256(x));
    const ab = blake2b256(Uint8Array.from([...a!, ...b!]));
    const root = blake2b256(Uint8Array.from([...ab, ...c!]));
    assert.equal(computeExtrinsicsRoot(xs), toHex(root));
    assert.equal(computeExtrinsicsRoot([]), hash(0));
    assert.equal(computeExtrinsicsRoot([xs[0]!]), toHex(a!));
  });
});
