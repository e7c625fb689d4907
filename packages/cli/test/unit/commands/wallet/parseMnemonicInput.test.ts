import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { isTaonetError } from '@taonet/primitives';
import { toSecretUri } from '../../../../src/commands/wallet/keyWriter.js';
import { parseMnemonicInput } from '../../../../src/commands/wallet/parseMnemonicInput.js';

describe('parseMnemonicInput', () => {
  it('keeps plain phrases and orders btcli numbered ones', () => {
    assert.equal(parseMnemonicInput('abandon ability able'), 'abandon ability able');
    assert.equal(parseMnemonicInput('2-ability 1-abandon 3-able'), 'abandon ability able');
  });

  it('rejects numbered phrases with gaps or repeats', () => {
    for (const text of ['1-a 3-b', '1-a 1-b', '2-a 3-b']) {
      assert.throws(
        () => parseMnemonicInput(text),
        (e: unknown) => isTaonetError(e, 'USAGE'),
      );
    }
  });
});

describe('toSecretUri', () => {
  it("turns btcli's --uri names into //Name and keeps real URIs", () => {
    assert.equal(toSecretUri('alice'), '//Alice');
    assert.equal(toSecretUri('//Bob'), '//Bob');
    assert.equal(toSecretUri('0x1234//x'), '0x1234//x');
  });
});
