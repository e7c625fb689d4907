import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { mnemonicToMiniSecret as polkadotMiniSecret } from '@polkadot/util-crypto';
import { bip39ToMiniSecret } from '@polkadot/wasm-crypto';
import { isTaonetError, toHex } from '@taonet/primitives';
import fc from 'fast-check';
import {
  DEV_PHRASE,
  entropyToMnemonic,
  generateMnemonic,
  initCrypto,
  isValidMnemonic,
  MNEMONIC_WORD_COUNTS,
  mnemonicToEntropy,
  mnemonicToMiniSecret,
  splitMnemonic,
  validateMnemonic,
} from '../../src/index.js';

const BTWALLET_PHRASE = 'old leopard transfer rib spatial phone calm indicate online fire caution review';

function code(pattern: RegExp) {
  return (e: unknown) => isTaonetError(e, 'INVALID_MNEMONIC') && pattern.test(e.message);
}

describe('mnemonic', () => {
  before(() => initCrypto());

  it('maps entropy to words as BIP39 (reference vectors)', () => {
    assert.equal(
      entropyToMnemonic(new Uint8Array(16)),
      'abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon about',
    );
    assert.equal(
      entropyToMnemonic(new Uint8Array(16).fill(0x7f)),
      'legal winner thank year wave sausage worth useful legal winner thank yellow',
    );
    assert.equal(
      entropyToMnemonic(new Uint8Array(16).fill(0xff)),
      'zoo zoo zoo zoo zoo zoo zoo zoo zoo zoo zoo wrong',
    );
    assert.equal(entropyToMnemonic(new Uint8Array(32).fill(0xff)).split(' ').at(-1), 'vote');
    assert.throws(
      () => entropyToMnemonic(new Uint8Array(15)),
      (e) => isTaonetError(e, 'INVALID_ENTROPY'),
    );
  });

  it('gives the mini-secret btwallet and Substrate give', () => {
    assert.equal(
      toHex(mnemonicToMiniSecret(BTWALLET_PHRASE)),
      '0xda3cf5b1e9144931a0f0db65664aab662673b099415a7f8121b7245fb0be4143',
    );
    assert.equal(mnemonicToEntropy(DEV_PHRASE).length, 16);
  });

  it('matches substrate-bip39 (Rust, via wasm) and polkadot-js for random phrases and passwords', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(16, 20, 24, 28, 32).chain((n) => fc.uint8Array({ minLength: n, maxLength: n })),
        fc.string({ maxLength: 12 }),
        (entropy, password) => {
          const phrase = entropyToMnemonic(entropy);
          assert.deepEqual(mnemonicToEntropy(phrase), entropy);
          const mine = mnemonicToMiniSecret(phrase, password);
          assert.deepEqual(mine, bip39ToMiniSecret(phrase, password));
          assert.deepEqual(mine, polkadotMiniSecret(phrase, password, undefined, true));
        },
      ),
      { numRuns: 40 },
    );
  });

  it('tolerates case and extra whitespace (the key depends on the entropy only)', () => {
    const messy = `  ${DEV_PHRASE.toUpperCase().replaceAll(' ', ' \n\t ')}  `;
    assert.deepEqual(splitMnemonic(messy), DEV_PHRASE.split(' '));
    assert.deepEqual(mnemonicToMiniSecret(messy), mnemonicToMiniSecret(DEV_PHRASE));
  });

  it('a password changes the mini-secret', () => {
    assert.notDeepEqual(mnemonicToMiniSecret(DEV_PHRASE, 'pw'), mnemonicToMiniSecret(DEV_PHRASE));
  });

  it('names a wrong word count', () => {
    assert.throws(() => validateMnemonic(''), code(/12, 15, 18, 21 or 24 words, got 0/));
    assert.throws(() => validateMnemonic(DEV_PHRASE.split(' ').slice(0, 11).join(' ')), code(/got 11/));
    assert.throws(() => validateMnemonic(`${DEV_PHRASE} walk`), code(/got 13/));
  });

  it('names every unknown word and its position', () => {
    const words = DEV_PHRASE.split(' ');
    words[2] = 'obeyy';
    words[9] = 'lonley';
    assert.throws(
      () => validateMnemonic(words.join(' ')),
      code(/not in the BIP39 English word list: word 3 "obeyy", word 10 "lonley"/),
    );
  });

  it('names a checksum failure', () => {
    const words = DEV_PHRASE.split(' ');
    [words[0], words[1]] = [words[1]!, words[0]!];
    assert.throws(() => validateMnemonic(words.join(' ')), code(/checksum does not match/));
    assert.throws(() => mnemonicToMiniSecret('abandon '.repeat(12).trim()), code(/checksum/));
  });

  it('generates valid phrases of each allowed length', () => {
    for (const count of MNEMONIC_WORD_COUNTS) {
      const phrase = generateMnemonic(count);
      assert.equal(phrase.split(' ').length, count);
      assert.equal(isValidMnemonic(phrase), true);
    }
    assert.equal(generateMnemonic().split(' ').length, 12);
    assert.notEqual(generateMnemonic(), generateMnemonic());
    assert.throws(() => generateMnemonic(13 as never), code(/got 13/));
  });

  it('isValidMnemonic never throws', () => {
    assert.equal(isValidMnemonic(DEV_PHRASE), true);
    assert.equal(isValidMnemonic('This is an invalid mnemonic'), false);
    assert.equal(isValidMnemonic(''), false);
  });
});
