import assert from 'node:assert/strict';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { isTaonetError } from '@taonet/primitives';
import {
  decodeBtwalletEnvPassword,
  ensureNewPasswordPolicy,
  getBtwalletPasswordEnvName,
  getPasswordEnvNames,
  type PasswordRequest,
  resolvePassword,
} from '../../../src/index.js';

const code = (expected: string) => (e: unknown) => isTaonetError(e, expected);
const cold: PasswordRequest = {
  purpose: 'unlock',
  wallet: 'my-validator',
  key: 'coldkey',
  path: '/home/ubuntu/.bittensor/wallets/my-validator/coldkey',
  attempt: 1,
};
const hot: PasswordRequest = {
  ...cold,
  key: 'hotkey',
  hotkey: 'miner.1',
  path: '/w/my-validator/hotkeys/miner.1',
};

/** btwallet's encoding of BT_PW_* values: base64(password XOR name), written independently here. */
function btwalletEncode(password: string, name: string): string {
  const p = Buffer.from(password, 'utf8');
  return Buffer.from(p.map((b, i) => b ^ name.charCodeAt(i % name.length))).toString('base64');
}

describe('password sources', () => {
  let dir: string;
  before(async () => {
    dir = await mkdtemp(join(tmpdir(), 'taonet-pw-'));
  });
  after(() => rm(dir, { recursive: true, force: true }));

  it('names the environment variables, specific first', () => {
    assert.deepEqual(getPasswordEnvNames(cold), ['TAO_WALLET_MY_VALIDATOR_PASSWORD', 'TAO_WALLET_PASSWORD']);
    assert.deepEqual(getPasswordEnvNames(hot), [
      'TAO_WALLET_MY_VALIDATOR_HOTKEY_MINER_1_PASSWORD',
      'TAO_HOTKEY_PASSWORD',
    ]);
    assert.equal(
      getBtwalletPasswordEnvName('/home/ubuntu/.bittensor/wallets/mywallet/coldkey'),
      'BT_PW__HOME_UBUNTU__BITTENSOR_WALLETS_MYWALLET_COLDKEY',
    );
  });

  it('option, then file, then environment, then prompt', async () => {
    const file = join(dir, 'pw');
    await writeFile(file, 'from-file\n');
    const env = { TAO_WALLET_PASSWORD: 'generic', TAO_WALLET_MY_VALIDATOR_PASSWORD: 'specific' };
    const prompt = () => 'typed';
    const all = { password: 'given', passwordFile: file, env, prompt };
    assert.equal((await resolvePassword(cold, all)).password, 'given');
    const { password: _, ...noOption } = all;
    assert.deepEqual(await resolvePassword(cold, noOption), {
      password: 'from-file',
      from: `password file ${file}`,
      prompted: false,
    });
    const { passwordFile: __, ...envFirst } = noOption;
    assert.equal((await resolvePassword(cold, envFirst)).password, 'specific');
    assert.equal(
      (await resolvePassword(cold, { ...envFirst, passwordEnv: 'MY_VAR', env: { ...env, MY_VAR: 'mine' } }))
        .password,
      'mine',
    );
    assert.equal(
      (await resolvePassword(cold, { env: { TAO_WALLET_PASSWORD: 'generic' } })).password,
      'generic',
    );
    const prompted = await resolvePassword(cold, { env: {}, prompt });
    assert.deepEqual(prompted, { password: 'typed', from: 'prompt', prompted: true });
    assert.equal((await resolvePassword(cold, { env, useEnv: false, prompt })).password, 'typed');
  });

  it('reads *_FILE variables and strips one trailing newline only', async () => {
    const file = join(dir, 'secret');
    await writeFile(file, ' pass word \r\n\n');
    const env = { TAO_WALLET_PASSWORD_FILE: file };
    assert.equal((await resolvePassword(cold, { env })).password, ' pass word \r\n');
    await writeFile(file, 'crlf\r\n');
    assert.equal((await resolvePassword(cold, { env })).password, 'crlf');
    await assert.rejects(
      resolvePassword(cold, { passwordFile: join(dir, 'missing') }),
      code('PASSWORD_FILE_UNREADABLE'),
    );
  });

  it("reads btwallet's BT_PW_ variable to unlock, not to encrypt", async () => {
    const name = getBtwalletPasswordEnvName(cold.path);
    const env = { [name]: btwalletEncode('pässword 1', name) };
    assert.equal(decodeBtwalletEnvPassword(env[name] ?? '', name), 'pässword 1');
    assert.equal((await resolvePassword(cold, { env })).password, 'pässword 1');
    await assert.rejects(
      resolvePassword({ ...cold, purpose: 'encrypt' }, { env }),
      code('PASSWORD_REQUIRED'),
    );
  });

  it('without a source, PASSWORD_REQUIRED says how to give one', async () => {
    await assert.rejects(
      resolvePassword(cold, { env: {} }),
      (e) =>
        code('PASSWORD_REQUIRED')(e) &&
        /TAO_WALLET_MY_VALIDATOR_PASSWORD or TAO_WALLET_PASSWORD/.test((e as Error).message),
    );
  });

  it('a new password needs 6 characters', () => {
    assert.throws(() => ensureNewPasswordPolicy('12345'), code('WEAK_PASSWORD'));
    assert.doesNotThrow(() => ensureNewPasswordPolicy('✓✓✓✓✓✓'));
  });
});
