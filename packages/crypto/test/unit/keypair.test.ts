import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { Keyring } from '@polkadot/keyring';
import { isTaonetError, toHex } from '@taonet/primitives';
import fc from 'fast-check';
import {
  createKeypairFromMnemonic,
  createKeypairFromSecretKey,
  createKeypairFromSeed,
  createKeypairFromUri,
  DEV_PHRASE,
  initCrypto,
  mnemonicToMiniSecret,
  verifySignature,
} from '../../src/index.js';

// Vectors from btwallet's own tests (tests/test_keyfile.py) and Substrate's well-known dev accounts.
const BT_PHRASE = 'old leopard transfer rib spatial phone calm indicate online fire caution review';
const BT_SEED = '0xda3cf5b1e9144931a0f0db65664aab662673b099415a7f8121b7245fb0be4143';
const BT_PRIVATE_KEY =
  '0x1f1995bdf3a17b60626a26cfe6f564b337d46056b7a1281b64c649d592ccda0a' +
  '9cffd34d9fb01cae1fba61aeed184c817442a2186d5172416729a4b54dd4b84e';
const BT_PUBLIC = '0xe4359ad3e2716c539a1d663ebd0a51bdc5c98a12e663bb4c4402db47828c9446';

function code(expected: string, pattern?: RegExp) {
  return (e: unknown) => isTaonetError(e, expected) && (pattern === undefined || pattern.test(e.message));
}

describe('keypair', () => {
  before(() => initCrypto());

  it('derives the dev accounts', () => {
    assert.equal(createKeypairFromUri('//Alice').address, '5GrwvaEF5zXb26Fz9rcQpDWS57CtERHpNehXCPcNoHGKutQY');
    assert.equal(createKeypairFromUri('//Bob').address, '5FHneW46xGXgs5mUiveU4sbTyGBzmstUspZC92UhjJM694ty');
    assert.equal(
      createKeypairFromUri('//Alice').accountId,
      '0xd43593c715fdd31c61141abd04a99fd6822c8558854ccde39a5684e7a56da27d',
    );
    const edAlice = createKeypairFromUri('//Alice', { type: 'ed25519' });
    assert.equal(edAlice.address, '5FA9nQDVg267DEd8m1ZypXLBnvN7SFxYwV7ndqSYGiN9TTpu');
    assert.equal(edAlice.accountId, '0x88dc3417d5058ec4b4503e0c12ea1a0a89be200fe98922423d4334014fa6b0ee');
    assert.equal(edAlice.type, 'ed25519');
    assert.equal(
      createKeypairFromMnemonic(DEV_PHRASE).address,
      '5DfhGyQdFobKM8NsWvEeAKk5EQQgYe9AydgJ7rMB6E1EqRzV',
    );
    assert.equal(
      createKeypairFromUri(DEV_PHRASE).address,
      '5DfhGyQdFobKM8NsWvEeAKk5EQQgYe9AydgJ7rMB6E1EqRzV',
    );
  });

  it("matches btwallet's test vectors (mnemonic, hard, soft, nested, long junction)", () => {
    const key = createKeypairFromMnemonic(BT_PHRASE);
    assert.equal(key.address, '5HDvhV6WDCjCKyrXqGQSDYqQAzkzabNhctmiDYEqgBC66BsX');
    assert.equal(key.accountId, BT_PUBLIC);
    assert.equal(createKeypairFromSeed(BT_SEED).address, key.address);
    assert.equal(
      createKeypairFromUri(`${BT_PHRASE}//Alice`).address,
      '5FEiH8iuDUw271xbqWTWuB6WrDjv5dnCeDX1CyHubAniXDNN',
    );
    assert.equal(
      createKeypairFromUri(`${BT_PHRASE}/Alice`).address,
      '5GNXbA46ma5dg19GXdiKi5JH3mnkZ8Yea3bBtZAvj7t99P9i',
    );
    assert.equal(
      createKeypairFromUri('//Bob/test').address,
      '5CJGwWiKXSE16WJaxBdPZhWqUYkotgenLUALv7ZvqQ4TXeqf',
    );
    assert.equal(
      createKeypairFromUri('/Bob//test').address,
      '5Cwc8tShrshDJUp1P1M21dKUTcYQpV9GcfSa4hUBNmMdV3Cx',
    );
    assert.equal(
      createKeypairFromUri('//PathNameLongerThan32BytesWhichShouldBeHashed').address,
      '5GR5pfZeNs1uQiSWVxZaQiZou3wdZiX894eqgvfNfHbEh7W2',
    );
  });

  it('a 0x seed URI derives like the mnemonic it came from; its password is ignored', () => {
    const fromSeed = createKeypairFromUri(`${BT_SEED}//Alice`);
    assert.equal(fromSeed.address, '5FEiH8iuDUw271xbqWTWuB6WrDjv5dnCeDX1CyHubAniXDNN');
    assert.equal(createKeypairFromUri(`${BT_SEED}//Alice///pw`).address, fromSeed.address);
    assert.throws(() => createKeypairFromUri('0x1234//Alice'), code('INVALID_SEED', /32 bytes, got 2/));
    assert.throws(() => createKeypairFromUri('0xzz'), code('INVALID_SEED', /malformed/));
  });

  it('a mnemonic password is the BIP39 passphrase', () => {
    const withPassword = createKeypairFromUri(`${DEV_PHRASE}//Alice///secret`);
    assert.notEqual(withPassword.address, createKeypairFromUri('//Alice').address);
    assert.equal(createKeypairFromUri('//Alice///secret').address, withPassword.address);
    const seed = mnemonicToMiniSecret(DEV_PHRASE, 'secret');
    assert.equal(createKeypairFromUri(`${toHex(seed)}//Alice`).address, withPassword.address);
  });

  it('matches @polkadot/keyring for random sr25519 paths (hard and soft)', () => {
    const keyring = new Keyring({ type: 'sr25519', ss58Format: 42 });
    const junction = fc.record({
      hard: fc.boolean(),
      code: fc.oneof(fc.stringMatching(/^[a-zA-Z][a-zA-Z0-9]{0,40}$/), fc.nat(1_000_000).map(String)),
    });
    fc.assert(
      fc.property(fc.array(junction, { minLength: 1, maxLength: 3 }), (parts) => {
        const path = parts.map((p) => `${p.hard ? '//' : '/'}${p.code}`).join('');
        assert.equal(
          createKeypairFromUri(path).address,
          keyring.addFromUri(`${DEV_PHRASE}${path}`).address,
          path,
        );
      }),
      { numRuns: 25 },
    );
  });

  it('matches @polkadot/keyring for random ed25519 hard paths', () => {
    const keyring = new Keyring({ type: 'ed25519', ss58Format: 42 });
    fc.assert(
      fc.property(
        // not "0x…": @polkadot reads such a junction as hex bytes, sp_core (and this package) as text
        fc.array(
          fc.stringMatching(/^[a-zA-Z0-9]{1,40}$/).filter((code) => !code.startsWith('0x')),
          { minLength: 1, maxLength: 3 },
        ),
        (codes) => {
          const path = codes.map((c) => `//${c}`).join('');
          const mine = createKeypairFromUri(path, { type: 'ed25519' });
          assert.equal(mine.address, keyring.addFromUri(`${DEV_PHRASE}${path}`).address, path);
        },
      ),
      { numRuns: 25 },
    );
  });

  it('refuses soft derivation for ed25519', () => {
    assert.throws(
      () => createKeypairFromUri('//Alice/soft', { type: 'ed25519' }),
      code('INVALID_DERIVATION_PATH', /ed25519 keys have only hard derivation .* soft junction \/soft/),
    );
  });

  it('uses the requested SS58 prefix', () => {
    assert.equal(
      createKeypairFromUri('//Alice', { ss58Prefix: 0 }).address,
      '15oF4uVJwmo4TdGW7VfQxNLavjCXviqxT9S1MgbjMNHr6Sp5',
    );
    assert.throws(() => createKeypairFromUri('//Alice', { ss58Prefix: 46 }), code('INVALID_SS58_PREFIX'));
  });

  it('rejects bad seeds, mnemonics, URIs and types', () => {
    assert.throws(() => createKeypairFromSeed(new Uint8Array(31)), code('INVALID_SEED', /32 bytes, got 31/));
    assert.throws(() => createKeypairFromSeed('0x12'), code('INVALID_SEED', /got 1/));
    assert.throws(() => createKeypairFromMnemonic('not a mnemonic'), code('INVALID_MNEMONIC', /got 3/));
    assert.throws(() => createKeypairFromUri('word word//x'), code('INVALID_MNEMONIC'));
    assert.throws(() => createKeypairFromUri(''), code('INVALID_SURI'));
    assert.throws(
      () => createKeypairFromUri('//Alice', { type: 'ecdsa' as never }),
      code('INVALID_KEYPAIR_TYPE'),
    );
  });

  it("exports the sr25519 secret in btwallet's privateKey form, and the seed when known", () => {
    const secret = createKeypairFromMnemonic(BT_PHRASE).exportSecret();
    assert.equal(secret.type, 'sr25519');
    assert.equal(toHex(secret.secretKey), BT_PRIVATE_KEY);
    assert.equal(toHex(secret.seed!), BT_SEED);
    assert.equal(createKeypairFromUri('//Alice').exportSecret().seed, undefined);
    assert.equal(createKeypairFromSecretKey(BT_PRIVATE_KEY).accountId, BT_PUBLIC);
  });

  it('exports ed25519 seeds, derived ones included', () => {
    const key = createKeypairFromUri('//Alice', { type: 'ed25519' });
    const secret = key.exportSecret();
    assert.equal(secret.secretKey.length, 32);
    assert.deepEqual(secret.seed, secret.secretKey);
    assert.equal(createKeypairFromSeed(secret.seed!, { type: 'ed25519' }).address, key.address);
    assert.equal(createKeypairFromSecretKey(secret.secretKey, { type: 'ed25519' }).address, key.address);
  });

  it('a keypair rebuilt from its exported secret signs for the same key', () => {
    for (const uri of ['//Alice', '//Alice/soft//hard/0']) {
      const key = createKeypairFromUri(uri);
      const again = createKeypairFromSecretKey(key.exportSecret().secretKey);
      assert.equal(again.address, key.address);
      assert.equal(verifySignature('sr25519', 'hi', again.sign('hi'), key.publicKey), true);
    }
  });

  it('rejects a non-canonical or wrongly sized sr25519 secret key', () => {
    assert.throws(
      () => createKeypairFromSecretKey(new Uint8Array(64).fill(255)),
      code('INVALID_SECRET_KEY', /canonical/),
    );
    assert.throws(
      () => createKeypairFromSecretKey(new Uint8Array(32)),
      code('INVALID_SECRET_KEY', /64 bytes, got 32/),
    );
    assert.throws(
      () => createKeypairFromSecretKey(new Uint8Array(64), { type: 'ed25519' }),
      code('INVALID_SECRET_KEY', /32 bytes, got 64/),
    );
  });

  it('never shows secrets when serialised, and is not broken by mutating publicKey', () => {
    const key = createKeypairFromMnemonic(BT_PHRASE);
    const json = JSON.stringify(key);
    assert.deepEqual(JSON.parse(json), { type: 'sr25519', address: key.address, accountId: BT_PUBLIC });
    assert.ok(!json.includes(BT_SEED.slice(2)) && !json.includes(BT_PRIVATE_KEY.slice(2, 40)));
    key.publicKey.fill(0);
    assert.equal(key.verify('x', key.sign('x')), true);
    assert.equal(key.accountId, BT_PUBLIC);
  });
});
