import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { base58Encode, blake2AsU8a, encodeAddress } from '@polkadot/util-crypto';
import { accountId, fromHex, isTaonetError, toHex } from '@taonet/primitives';
import fc from 'fast-check';
import {
  accountIdToSs58,
  decodeSs58,
  encodeSs58,
  isValidSs58,
  SS58_PREFIX,
  ss58,
  ss58ToAccountId,
} from '../../src/index.js';

const ALICE_HEX = '0xd43593c715fdd31c61141abd04a99fd6822c8558854ccde39a5684e7a56da27d';
const ALICE = '5GrwvaEF5zXb26Fz9rcQpDWS57CtERHpNehXCPcNoHGKutQY';

/** A checksum-valid address with any one-byte prefix, including the reserved ones encodeSs58 refuses. */
function rawAddress(prefixByte: number, key: Uint8Array): string {
  const body = Uint8Array.of(prefixByte, ...key);
  const sum = blake2AsU8a(Uint8Array.of(...new TextEncoder().encode('SS58PRE'), ...body), 512);
  return base58Encode(Uint8Array.of(...body, sum[0]!, sum[1]!));
}

function code(expected: string, pattern?: RegExp) {
  return (e: unknown) => isTaonetError(e, expected) && (pattern === undefined || pattern.test(e.message));
}

describe('ss58', () => {
  it('encodes with prefix 42 by default', () => {
    assert.equal(SS58_PREFIX, 42);
    assert.equal(encodeSs58(fromHex(ALICE_HEX)), ALICE);
    assert.equal(encodeSs58(ALICE_HEX), ALICE);
    assert.equal(accountIdToSs58(accountId(ALICE_HEX)), ALICE);
  });

  it('encodes and decodes other networks, one- and two-byte prefixes', () => {
    assert.equal(encodeSs58(ALICE_HEX, 0), '15oF4uVJwmo4TdGW7VfQxNLavjCXviqxT9S1MgbjMNHr6Sp5');
    assert.equal(encodeSs58(ALICE_HEX, 2), 'HNZata7iMYWmk5RvZRTiAsSDhV8366zq2YGb3tLH5Upf74F');
    for (const prefix of [0, 2, 42, 63, 64, 255, 1000, 16383]) {
      const address = encodeSs58(ALICE_HEX, prefix);
      assert.equal(address, encodeAddress(fromHex(ALICE_HEX), prefix), `prefix ${prefix}`);
      const decoded = decodeSs58(address);
      assert.equal(decoded.prefix, prefix);
      assert.equal(toHex(decoded.publicKey), ALICE_HEX);
    }
  });

  it('encodes alike whatever was encoded before: prefixes switched, a bad prefix or key refused between', () => {
    const bob = fromHex('0x8eaf04151687736326c9fea17e25fc5287613693c912909cb226aa4794f26a48');
    for (const prefix of [64, 42, 16383, 0, 42]) {
      assert.equal(encodeSs58(bob, prefix), encodeAddress(bob, prefix), `prefix ${prefix}`);
      assert.throws(() => encodeSs58(ALICE_HEX, 46));
      assert.throws(() => encodeSs58(new Uint8Array(31), prefix));
      assert.equal(
        encodeSs58(ALICE_HEX, prefix),
        encodeAddress(fromHex(ALICE_HEX), prefix),
        `prefix ${prefix}`,
      );
    }
  });

  it('decodes the btwallet prefix-0 test address', () => {
    const decoded = decodeSs58('16ADqpMa4yzfmWs3nuTSMhfZ2ckeGtvqhPWCNqECEGDcGgU2');
    assert.equal(decoded.prefix, 0);
    assert.equal(
      toHex(decoded.publicKey),
      '0xe4359ad3e2716c539a1d663ebd0a51bdc5c98a12e663bb4c4402db47828c9446',
    );
  });

  it('converts between account ids and addresses', () => {
    assert.equal(ss58ToAccountId(ALICE), ALICE_HEX);
    assert.equal(ss58ToAccountId(ALICE, 42), ALICE_HEX);
    assert.equal(ss58(ALICE), ALICE);
    assert.throws(() => ss58ToAccountId(ALICE, 0), code('INVALID_SS58', /has prefix 42, expected 0/));
  });

  it('round-trips any key and prefix, byte-identical to @polkadot/util-crypto', () => {
    const prefix = fc.integer({ min: 0, max: 16383 }).filter((p) => p !== 46 && p !== 47);
    fc.assert(
      fc.property(fc.uint8Array({ minLength: 32, maxLength: 32 }), prefix, (key, p) => {
        const address = encodeSs58(key, p);
        assert.equal(address, encodeAddress(key, p));
        const decoded = decodeSs58(address, p);
        assert.deepEqual(decoded.publicKey, key);
        assert.equal(decoded.prefix, p);
        assert.equal(ss58ToAccountId(accountIdToSs58(toHex(key) as never, p)), toHex(key));
      }),
      { numRuns: 200 },
    );
  });

  it('rejects non-base58 characters, naming them', () => {
    assert.throws(() => decodeSs58(''), code('INVALID_SS58', /empty/));
    assert.throws(
      () => decodeSs58(`${ALICE.slice(0, 5)}0${ALICE.slice(6)}`),
      code('INVALID_SS58', /"0" at position 6/),
    );
    assert.throws(() => decodeSs58(`${ALICE.slice(0, 47)}l`), code('INVALID_SS58', /"l" at position 48/));
    assert.throws(() => decodeSs58(`${ALICE} `), code('INVALID_SS58', /" " at position 49/));
  });

  it('rejects bad lengths', () => {
    assert.throws(
      () => decodeSs58(ALICE.slice(0, 40)),
      code(
        'INVALID_SS58',
        /decodes to 29 bytes; an account address with its prefix has 36 \(two-byte prefix\)/,
      ),
    );
    assert.throws(
      () => decodeSs58(`${ALICE}5`),
      code('INVALID_SS58', /decodes to 36 bytes; .* has 35 \(one-byte prefix\)/),
    );
    // A valid 33-byte-key (ecdsa) style payload is not an account address.
    assert.throws(
      () => decodeSs58(rawAddress(42, new Uint8Array(33))),
      code('INVALID_SS58', /decodes to 36 bytes/),
    );
  });

  it('rejects a wrong checksum', () => {
    const swapped = `${ALICE.slice(0, 10)}${ALICE[11]}${ALICE[10]}${ALICE.slice(12)}`;
    assert.throws(() => decodeSs58(swapped), code('INVALID_SS58', /checksum does not match/));
    const last = ALICE.endsWith('Y') ? 'Z' : 'Y';
    assert.throws(() => decodeSs58(`${ALICE.slice(0, 47)}${last}`), code('INVALID_SS58', /checksum/));
  });

  it('rejects bad and reserved prefixes', () => {
    assert.throws(
      () => decodeSs58(rawAddress(46, fromHex(ALICE_HEX))),
      code('INVALID_SS58', /prefix 46 is reserved/),
    );
    assert.throws(
      () => decodeSs58(rawAddress(200, fromHex(ALICE_HEX))),
      code('INVALID_SS58', /not an SS58 prefix byte/),
    );
    for (const bad of [-1, 16384, 1.5, Number.NaN]) {
      assert.throws(() => encodeSs58(ALICE_HEX, bad), code('INVALID_SS58_PREFIX', /\[0, 16383\]/));
    }
    assert.throws(() => encodeSs58(ALICE_HEX, 47), code('INVALID_SS58_PREFIX', /reserved/));
  });

  it('rejects keys that are not 32 bytes', () => {
    assert.throws(() => encodeSs58(new Uint8Array(31)), code('INVALID_PUBLIC_KEY', /32 bytes, got 31/));
    assert.throws(() => encodeSs58('0x1234'), code('INVALID_ACCOUNT'));
  });

  it('isValidSs58 never throws', () => {
    assert.equal(isValidSs58(ALICE), true);
    assert.equal(isValidSs58(ALICE, 42), true);
    assert.equal(isValidSs58(ALICE, 0), false);
    for (const bad of ['', 'hello', ALICE.slice(1), `${ALICE}1`, ALICE_HEX])
      assert.equal(isValidSs58(bad), false);
  });
});
