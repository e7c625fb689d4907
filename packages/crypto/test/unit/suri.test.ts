import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { isTaonetError, toHex } from '@taonet/primitives';
import { blake2b256, createDeriveJunction, DEV_PHRASE, parseDerivePath, parseSuri } from '../../src/index.js';

function chainCode(...bytes: number[]): string {
  const out = new Uint8Array(32);
  out.set(bytes);
  return toHex(out);
}

describe('parseSuri', () => {
  it('defaults the phrase to the dev phrase', () => {
    const suri = parseSuri('//Alice');
    assert.equal(suri.phrase, DEV_PHRASE);
    assert.equal(suri.derivePath, '//Alice');
    assert.equal(suri.password, undefined);
    assert.equal(suri.junctions.length, 1);
    assert.equal(suri.junctions[0]!.isHard, true);
    assert.equal(suri.junctions[0]!.code, 'Alice');
  });

  it('splits phrase, hard and soft junctions and password', () => {
    const suri = parseSuri(`${DEV_PHRASE}//hard/soft//0///my/pass word`);
    assert.equal(suri.phrase, DEV_PHRASE);
    assert.equal(suri.derivePath, '//hard/soft//0');
    assert.deepEqual(
      suri.junctions.map((j) => [j.code, j.isHard]),
      [
        ['hard', true],
        ['soft', false],
        ['0', true],
      ],
    );
    assert.equal(suri.password, 'my/pass word');
  });

  it('takes a hex seed as the phrase', () => {
    const suri = parseSuri(`0x${'ab'.repeat(32)}//stash`);
    assert.equal(suri.phrase, `0x${'ab'.repeat(32)}`);
    assert.equal(suri.junctions.length, 1);
  });

  it('accepts an empty password and a password alone', () => {
    assert.equal(parseSuri('//Alice///').password, '');
    const onlyPassword = parseSuri('///secret');
    assert.equal(onlyPassword.phrase, DEV_PHRASE);
    assert.equal(onlyPassword.junctions.length, 0);
    assert.equal(onlyPassword.password, 'secret');
  });

  it('rejects malformed URIs without echoing them', () => {
    for (const bad of ['', 'bottom drive!', 'word/', 'word//', 'a-b//c']) {
      assert.throws(
        () => parseSuri(bad),
        (e) => isTaonetError(e, 'INVALID_SURI') && (bad === '' || !e.message.includes(bad)),
        JSON.stringify(bad),
      );
    }
  });
});

describe('derive junctions', () => {
  it('encodes a u64 number as 8 little-endian bytes', () => {
    assert.equal(toHex(createDeriveJunction('/0').chainCode), chainCode());
    assert.equal(toHex(createDeriveJunction('1').chainCode), chainCode(1));
    assert.equal(toHex(createDeriveJunction('/258').chainCode), chainCode(2, 1));
    assert.equal(toHex(createDeriveJunction('+5').chainCode), chainCode(5)); // Rust's u64 parse takes '+'
    assert.equal(
      toHex(createDeriveJunction('18446744073709551615').chainCode),
      chainCode(...Array(8).fill(255)),
    );
  });

  it('encodes anything else as a SCALE string, hashed when longer than 32 bytes', () => {
    assert.equal(
      toHex(createDeriveJunction('/Alice').chainCode),
      chainCode(5 << 2, ...new TextEncoder().encode('Alice')),
    );
    // beyond u64: a string, as in sp_core
    const big = '18446744073709551616';
    assert.equal(
      toHex(createDeriveJunction(big).chainCode),
      chainCode(big.length << 2, ...new TextEncoder().encode(big)),
    );
    // 0x-looking text is a string too (polkadot-js would hex-decode it; Substrate does not)
    assert.equal(toHex(createDeriveJunction('0x12').chainCode), chainCode(4 << 2, 0x30, 0x78, 0x31, 0x32));
    const long = 'PathNameLongerThan32BytesWhichShouldBeHashed';
    const encoded = Uint8Array.of(long.length << 2, ...new TextEncoder().encode(long));
    assert.deepEqual(createDeriveJunction(`/${long}`).chainCode, blake2b256(encoded));
    assert.equal(createDeriveJunction(`/${long}`).isHard, true);
  });

  it('parses paths and rejects empty parts', () => {
    assert.deepEqual(parseDerivePath(''), []);
    assert.equal(parseDerivePath('//a/b//c').length, 3);
    for (const bad of ['a', '/', '//', '/a/', '///a']) {
      assert.throws(
        () => parseDerivePath(bad),
        (e) => isTaonetError(e, 'INVALID_DERIVATION_PATH'),
        bad,
      );
    }
    assert.throws(
      () => createDeriveJunction(''),
      (e) => isTaonetError(e, 'INVALID_DERIVATION_PATH'),
    );
  });
});
