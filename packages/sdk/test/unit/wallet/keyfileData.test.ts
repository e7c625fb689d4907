import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import {
  createKeypairFromMnemonic,
  createKeypairFromSeed,
  createKeypairFromUri,
  initCrypto,
} from '@taonet/crypto';
import { isTaonetError } from '@taonet/primitives';
import fc from 'fast-check';
import {
  createKeyFromKeyfileData,
  createKeyfileData,
  createPublicKeyfileData,
  decodeKeyfileData,
  encodeKeyfileData,
  getStoredPublicKey,
} from '../../../src/index.js';
import {
  BTWALLET_ADDRESS,
  BTWALLET_KEYFILE_JSON,
  BTWALLET_MNEMONIC,
  BTWALLET_PRIVATE_KEY,
  BTWALLET_PUBLIC_KEY,
  BTWALLET_SEED,
} from './compatVectors.js';

const text = (bytes: Uint8Array) => new TextDecoder().decode(bytes);
const code = (expected: string) => (e: unknown) => isTaonetError(e, expected);

describe('keyfile data', () => {
  before(() => initCrypto());

  it('writes the fields btwallet writes, compact, in a fixed order', () => {
    const data = createKeyfileData(createKeypairFromMnemonic(BTWALLET_MNEMONIC), {
      mnemonic: BTWALLET_MNEMONIC,
    });
    assert.deepEqual(data, JSON.parse(BTWALLET_KEYFILE_JSON));
    const expected =
      `{"accountId":"${BTWALLET_PUBLIC_KEY}","publicKey":"${BTWALLET_PUBLIC_KEY}",` +
      `"privateKey":"${BTWALLET_PRIVATE_KEY}","secretPhrase":"${BTWALLET_MNEMONIC}",` +
      `"secretSeed":"${BTWALLET_SEED}","ss58Address":"${BTWALLET_ADDRESS}"}`;
    assert.equal(text(encodeKeyfileData(data)), expected);
  });

  it('omits secretPhrase without a mnemonic and secretSeed after derivation (as btwallet)', () => {
    const alice = createKeyfileData(createKeypairFromUri('//Alice'));
    assert.deepEqual(Object.keys(alice), ['accountId', 'publicKey', 'privateKey', 'ss58Address']);
    const seeded = createKeyfileData(createKeypairFromSeed(BTWALLET_SEED));
    assert.equal(seeded.secretSeed, BTWALLET_SEED);
    assert.equal(seeded.secretPhrase, undefined);
  });

  it('public files hold accountId, publicKey and ss58Address only', () => {
    const data = createPublicKeyfileData({
      address: BTWALLET_ADDRESS as never,
      publicKey: BTWALLET_PUBLIC_KEY as never,
    });
    assert.equal(
      text(encodeKeyfileData(data)),
      `{"accountId":"${BTWALLET_PUBLIC_KEY}","publicKey":"${BTWALLET_PUBLIC_KEY}","ss58Address":"${BTWALLET_ADDRESS}"}`,
    );
  });

  it('reads a btwallet keyfile in any key order, null meaning absent', () => {
    const key = createKeyFromKeyfileData(decodeKeyfileData(new TextEncoder().encode(BTWALLET_KEYFILE_JSON)));
    assert.equal(key.address, BTWALLET_ADDRESS);
    assert.equal(key.keypair?.address, BTWALLET_ADDRESS);
    const withNulls = decodeKeyfileData(`{"secretPhrase":null,"secretSeed":"${BTWALLET_SEED}","extra":1}`);
    assert.deepEqual(withNulls, { secretSeed: BTWALLET_SEED });
  });

  it("loads in btwallet's order: secretPhrase, secretSeed, privateKey, then public fields", () => {
    const alice = createKeypairFromUri('//Alice');
    const mixed = {
      secretPhrase: BTWALLET_MNEMONIC,
      secretSeed: `0x${'11'.repeat(32)}`,
      ss58Address: alice.address,
    };
    assert.equal(createKeyFromKeyfileData(mixed).address, BTWALLET_ADDRESS);
    const { secretPhrase: _, ...seedFirst } = mixed;
    assert.equal(
      createKeyFromKeyfileData(seedFirst).address,
      createKeypairFromSeed(seedFirst.secretSeed).address,
    );
    assert.equal(createKeyFromKeyfileData({ privateKey: BTWALLET_PRIVATE_KEY }).address, BTWALLET_ADDRESS);
    const publicOnly = createKeyFromKeyfileData({ ss58Address: alice.address });
    assert.deepEqual(publicOnly, { address: alice.address, publicKey: alice.accountId });
    assert.equal(createKeyFromKeyfileData({ publicKey: BTWALLET_PUBLIC_KEY }).address, BTWALLET_ADDRESS);
  });

  it('reads the secretSeed btwallet writes as raw bytes when they happen to be UTF-8', () => {
    const raw = 'abcdefghijklmnopqrstuvwxyz012345';
    const key = createKeyFromKeyfileData({ secretSeed: `0x${raw}` });
    assert.equal(key.address, createKeypairFromSeed(new TextEncoder().encode(raw)).address);
  });

  it('rejects what is not a keyfile, never quoting its content', () => {
    const secretish = 'old leopard transfer rib';
    const cases = [`{"secretPhrase": "${secretish}"`, '[1,2]', '"text"', `${secretish}`, '{"secretSeed":5}'];
    for (const bad of cases) {
      assert.throws(
        () => decodeKeyfileData(bad),
        (e) => code('KEYFILE_INVALID')(e) && !(e as Error).message.includes('leopard'),
      );
    }
    assert.throws(() => decodeKeyfileData(Uint8Array.of(0xff, 0xfe, 0x00)), code('KEYFILE_INVALID'));
    assert.throws(() => createKeyFromKeyfileData({}), code('KEYFILE_INVALID'));
  });

  it('a bad secret names the field, not the words', () => {
    const check = (e: unknown) =>
      code('KEYFILE_INVALID')(e) && /secretPhrase/.test((e as Error).message) && !/leopardx/.test(String(e));
    assert.throws(() => createKeyFromKeyfileData({ secretPhrase: 'leopardx '.repeat(12) }), check);
    assert.throws(() => createKeyFromKeyfileData({ secretSeed: '0x1234' }), code('KEYFILE_INVALID'));
    assert.throws(() => getStoredPublicKey({ ss58Address: '5Grw' }), code('KEYFILE_INVALID'));
  });

  it('round-trips any seed through encode and decode (property)', () => {
    fc.assert(
      fc.property(fc.uint8Array({ minLength: 32, maxLength: 32 }), (seed) => {
        const keypair = createKeypairFromSeed(seed);
        const bytes = encodeKeyfileData(createKeyfileData(keypair));
        const key = createKeyFromKeyfileData(decodeKeyfileData(bytes));
        return key.address === keypair.address && key.keypair?.accountId === keypair.accountId;
      }),
      { numRuns: 50 },
    );
  });
});
