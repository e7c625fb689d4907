import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { fromHex, toHex } from '@taonet/primitives';
import { blake2b, blake2b128, blake2b256, twox64, twox128, twox256 } from '../../src/index.js';

const ALICE = fromHex('0xd43593c715fdd31c61141abd04a99fd6822c8558854ccde39a5684e7a56da27d');

describe('hashing', () => {
  it('twox128 of pallet and item names gives the well-known storage prefixes', () => {
    assert.equal(toHex(twox128('System')), '0x26aa394eea5630e07c48ae0c9558cef7');
    assert.equal(toHex(twox128('Balances')), '0xc2261276cc9d1f8598ea4b6a74b15c2f');
    assert.equal(toHex(twox128('Account')), '0xb99d880ec681799c0cf30e8886371da9');
    assert.equal(toHex(twox128('Number')), '0x02a5c1b19ab7a04f536c519aca4983ac');
    assert.equal(toHex(twox128('TotalIssuance')), '0x57c875e4cff74148e4628f264b974c80');
  });

  it('twox64 is xxhash64 (seed 0) in little-endian bytes', () => {
    assert.equal(toHex(twox64('')), '0x99e9d85137db46ef'); // xxh64("") = 0xef46db3751d8e999
    assert.equal(toHex(twox64('abc')), '0x990977adf52cbc44'); // xxh64("abc") = 0x44bc2cf5ad770999
    assert.equal(toHex(twox256('')).slice(0, 18), '0x99e9d85137db46ef');
    assert.equal(twox256('x').length, 32);
  });

  it('blake2b matches RFC 7693 and Substrate values', () => {
    assert.equal(toHex(blake2b256('')), '0x0e5751c026e543b2e8ab2eb06099daa1d1e5df47778f7787faab45cdf12fe3a8');
    assert.equal(toHex(blake2b128('')), '0xcae66941d9efbd404e4d88758ea67670');
    assert.equal(
      toHex(blake2b('abc', 512)),
      '0xba80a53f981c4d0d6a2797b69f12f6e94c212f14685ac4b74b12bb6fdbffa2d1' +
        '7d87c5392aab792dc252d5de4533cc9518d38aa8dbf1925ab92386edd4009923',
    );
    assert.deepEqual(blake2b(''), blake2b256(''));
  });

  it("blake2b128 of Alice's key is the Blake2_128Concat part of her System.Account key", () => {
    assert.equal(toHex(blake2b128(ALICE)), '0xde1e86a9a8c739864cf3cc5ec2bea59f');
  });

  it('hashes strings as UTF-8', () => {
    assert.deepEqual(blake2b256('System'), blake2b256(new TextEncoder().encode('System')));
    assert.deepEqual(twox128('é'), twox128(Uint8Array.of(0xc3, 0xa9)));
  });

  it('reads a string as @polkadot/util u8aToU8a does: 0x and an even number of hex digits is hex', async () => {
    const { u8aToU8a } = await import('@polkadot/util');
    for (const text of [
      '0x',
      '0x00ff',
      '0xABcd',
      '0x0',
      '0xabc',
      '0xzz',
      '0X00',
      'x00',
      '',
      'abc',
      '0x00 ',
    ]) {
      assert.deepEqual(blake2b256(text), blake2b256(u8aToU8a(text)), text);
      assert.deepEqual(twox64(text), twox64(u8aToU8a(text)), text);
    }
  });
});

describe('blake2b512', () => {
  it('is blake2b with a 64-byte digest, as @polkadot/util-crypto computes it', async () => {
    const { blake2AsU8a } = await import('@polkadot/util-crypto');
    const { blake2b512 } = await import('../../src/index.js');
    for (const length of [0, 1, 42, 127, 128, 129, 300]) {
      const data = Uint8Array.from({ length }, (_, i) => (i * 31 + length) & 0xff);
      assert.deepEqual(blake2b512(data), blake2AsU8a(data, 512));
      assert.deepEqual(blake2b(data, 512), blake2AsU8a(data, 512));
    }
  });
});
