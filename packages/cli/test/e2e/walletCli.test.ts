/**
 * The real `tao` executable (bin/tao.js, in child processes) on a temporary wallets directory and home:
 * wallets created without a terminal (password from an environment variable or --password-file), listed,
 * restored from their mnemonics to the same addresses, used to sign; the errors a user meets (wrong
 * password, missing wallet, existing key, no password source) as one message and a hint, never a stack
 * trace. Every --json output is checked against its schema. Three argon2 key derivations in all.
 */
import assert from 'node:assert/strict';
import { mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import {
  coldkeyResultSchema,
  hotkeyResultSchema,
  type WalletCreateResult,
  walletCreateResultSchema,
  walletListResultSchema,
  walletSignResultSchema,
  walletVerifyResultSchema,
} from '../../src/commands/wallet/walletSchemas.js';
import { type ErrorEnvelope, errorEnvelopeSchema } from '../../src/output/jsonEnvelope.js';
import { checkSchema } from '../../src/output/schema.js';
import { cleanEnv, jsonData as data, runTao, type TaoRun } from '../fixtures/taoProcess.js';

const STACK_LINE = /\n\s+at /;

describe('tao wallet (e2e)', () => {
  let dir = '';
  let walletPath = '';
  let env: Record<string, string> = {};
  let alice: WalletCreateResult;

  const tao = (args: string[], extraEnv: Record<string, string> = {}) =>
    runTao({ ...env, ...extraEnv }, [...args, '--wallet-path', walletPath]);

  function failure(run: TaoRun, code: string): ErrorEnvelope['error'] {
    assert.equal(run.code, 1);
    const parsed: unknown = JSON.parse(run.out);
    assert.deepEqual(checkSchema(errorEnvelopeSchema, parsed), []);
    const { error } = parsed as ErrorEnvelope;
    assert.equal(error.code, code);
    assert.equal(run.err, '');
    return error;
  }

  function humanFailure(run: TaoRun, pattern: RegExp): void {
    assert.equal(run.code, 1);
    assert.equal(run.out, '');
    assert.match(run.err, /^error: .+\nhint: .+\n$/);
    assert.match(run.err, pattern);
    assert.doesNotMatch(run.err, STACK_LINE);
  }

  before(async () => {
    dir = await mkdtemp(join(tmpdir(), 'tao-e2e-'));
    walletPath = join(dir, 'wallets');
    env = cleanEnv({ HOME: dir, TAO_CONFIG: join(dir, 'config.json'), NO_COLOR: '1' });
  });
  after(() => rm(dir, { recursive: true, force: true }));

  it('creates a wallet with the password from an environment variable', async () => {
    const run = await tao(['wallet', 'create', '--wallet.name', 'alice', '--no-prompt', '--json'], {
      TAO_WALLET_ALICE_PASSWORD: 'correct horse',
    });
    alice = data(walletCreateResultSchema, run);
    assert.equal(run.err, '');
    assert.equal(alice.coldkey.encrypted, true);
    assert.equal(alice.hotkey.encrypted, false);
    assert.equal(alice.coldkey.mnemonic?.split(' ').length, 12);
    const coldkey = await readFile(alice.coldkey.path);
    assert.equal(coldkey.subarray(0, 5).toString(), '$NACL');
    for (const path of [
      alice.coldkey.path,
      alice.coldkey.publicPath,
      alice.hotkey.path,
      alice.hotkey.publicPath,
    ]) {
      assert.equal((await stat(path)).mode & 0o777, 0o600, path);
    }
  });

  it('creates a coldkey with the password from --password-file', async () => {
    const file = join(dir, 'bob.pw');
    await writeFile(file, 'bob password\n', { mode: 0o600 });
    const run = await tao([
      'wallet',
      'new-coldkey',
      '--wallet-name',
      'bob',
      '--n-words',
      '24',
      '--password-file',
      file,
      '--json',
    ]);
    const bob = data(coldkeyResultSchema, run);
    assert.equal(bob.coldkey.encrypted, true);
    assert.equal(bob.coldkey.mnemonic?.split(' ').length, 24);
  });

  it('restores the same addresses from the mnemonics', async () => {
    const cold = await tao([
      'wallet',
      'regen-coldkey',
      '--wallet-name',
      'restored',
      '--mnemonic',
      alice.coldkey.mnemonic ?? '',
      '--no-use-password',
    ]);
    assert.equal(cold.code, 0, cold.err);
    assert.match(cold.out, new RegExp(`coldkey +${alice.coldkey.address} +not encrypted`));
    assert.doesNotMatch(cold.out + cold.err, new RegExp(alice.coldkey.mnemonic ?? '-'));
    const hot = await tao([
      'wallet',
      'regen_hotkey',
      '--name',
      'restored',
      '--hotkey',
      'default',
      '--mnemonic',
      alice.hotkey.mnemonic ?? '',
      '--json',
    ]);
    const restored = data(hotkeyResultSchema, hot);
    assert.equal(restored.hotkey.address, alice.hotkey.address);
    assert.equal(restored.hotkey.mnemonic, null);
  });

  it('lists the wallets with their addresses', async () => {
    const list = data(walletListResultSchema, await tao(['wallet', 'list', '--json']));
    assert.deepEqual(
      list.wallets.map((w) => [w.name, w.coldkey.encryption]),
      [
        ['alice', 'nacl'],
        ['bob', 'nacl'],
        ['restored', 'none'],
      ],
    );
    const [first, , third] = list.wallets;
    assert.equal(first?.coldkey.address, alice.coldkey.address);
    assert.equal(third?.coldkey.address, alice.coldkey.address);
    assert.deepEqual(
      first?.hotkeys.map((h) => h.address),
      [alice.hotkey.address],
    );
  });

  it('signs with a restored key and verifies against the original address', async () => {
    const signed = data(
      walletSignResultSchema,
      await tao(['wallet', 'sign', '--wallet-name', 'restored', '--message', 'hi', '--json']),
    );
    const verified = data(
      walletVerifyResultSchema,
      await tao([
        'wallet',
        'verify',
        '--message',
        'hi',
        '--signature',
        signed.signature,
        '--address',
        alice.coldkey.address,
        '--json',
      ]),
    );
    assert.equal(verified.type, 'sr25519');
    const forged = await tao([
      'wallet',
      'verify',
      '--message',
      'hi!',
      '--signature',
      signed.signature,
      '--address',
      alice.coldkey.address,
    ]);
    humanFailure(forged, /signature does not match/);
  });

  it('says the password is wrong, naming its source, without a stack trace', async () => {
    const file = join(dir, 'wrong.pw');
    await writeFile(file, 'not bob password\n');
    const run = await tao([
      'wallet',
      'sign',
      '--wallet-name',
      'bob',
      '--message',
      'x',
      '--password-file',
      file,
    ]);
    humanFailure(run, /wrong password for the coldkey of wallet "bob" \(from password file .*wrong\.pw\)/);
  });

  it('says a wallet does not exist and how to create it', async () => {
    const error = failure(
      await tao(['wallet', 'sign', '--wallet-name', 'nobody', '--message', 'x', '--json']),
      'KEYFILE_NOT_FOUND',
    );
    assert.match(error.hint ?? '', /tao wallet create --wallet-name nobody/);
  });

  it('refuses to replace an existing key without --overwrite, before writing anything', async () => {
    const before = await readFile(alice.coldkey.path);
    const run = await tao(['wallet', 'create', '--wallet-name', 'alice', '--no-use-password']);
    humanFailure(run, /alice\/coldkey already exists\nhint: pass --overwrite/);
    assert.deepEqual(await readFile(alice.coldkey.path), before);
  });

  it('without a terminal, names the variable and flag that give a missing password', async () => {
    const error = failure(
      await tao(['wallet', 'new-coldkey', '--wallet-name', 'carol', '--json']),
      'PASSWORD_REQUIRED',
    );
    assert.match(error.hint ?? '', /--password-file .*TAO_WALLET_CAROL_PASSWORD/);
    await assert.rejects(stat(join(walletPath, 'carol', 'coldkey')), { code: 'ENOENT' });
  });
});
