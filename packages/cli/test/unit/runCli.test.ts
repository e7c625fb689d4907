/**
 * The command line in process (captured streams, a temporary config and wallets directory): help,
 * usage errors, btcli's flag spellings, config and the wallet commands that need no password.
 */
import assert from 'node:assert/strict';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { configSetResultSchema, configShowResultSchema } from '../../src/commands/config/configSchemas.js';
import {
  coldkeypubResultSchema,
  coldkeyResultSchema,
  walletCreateResultSchema,
  walletListResultSchema,
} from '../../src/commands/wallet/walletSchemas.js';
import { errorEnvelopeSchema, successEnvelopeSchema } from '../../src/output/jsonEnvelope.js';
import { checkSchema, type Schema } from '../../src/output/schema.js';
import { runCli } from '../../src/runCli.js';
import { captureIo } from '../fixtures/captureIo.js';
import { POLKADOT_EXPORT } from '../fixtures/polkadotExport.js';

const ALICE = '5GrwvaEF5zXb26Fz9rcQpDWS57CtERHpNehXCPcNoHGKutQY';

describe('runCli', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'tao-cli-'));
  after(() => rm(dir, { recursive: true, force: true }));
  const env = { TAO_CONFIG: join(dir, 'config.json'), NO_COLOR: '1' };
  const walletPath = join(dir, 'wallets');

  async function run(args: string[], extraEnv: Record<string, string> = {}) {
    const io = captureIo({ ...env, ...extraEnv }, dir);
    const code = await runCli(args, io);
    return { code, out: io.out(), err: io.err() };
  }

  function json<T>(schema: Schema<T>, text: string): T {
    const parsed: unknown = JSON.parse(text);
    assert.deepEqual(checkSchema(schema, parsed), []);
    return parsed as T;
  }

  it('prints help listing only the groups that have commands', async () => {
    const { code, out } = await run(['--help']);
    assert.equal(code, 0);
    assert.match(out, /wallet\|w/);
    assert.match(out, /config\|c/);
    assert.match(out, /^\s+stake\|st\s/m);
    assert.equal((await run(['--version'])).code, 0);
  });

  it('reports usage errors with exit code 2, as JSON when asked', async () => {
    const unknown = await run(['wallet', 'lst']);
    assert.equal(unknown.code, 2);
    assert.match(unknown.err, /unknown command 'lst' \(did you mean list\?\)/);
    const bad = await run(['wallet', 'list', '--bogus', '--json']);
    assert.equal(bad.code, 2);
    const envelope = json(errorEnvelopeSchema, bad.out);
    assert.equal(envelope.error.code, 'USAGE');
    assert.equal(envelope.command, 'wallet list');
    assert.equal((await run(['wallet'])).code, 2);
  });

  it('creates a development wallet from --uri with btcli flag spellings, without a password', async () => {
    const { code, out, err } = await run([
      'w',
      'create',
      '--wallet.name',
      'alice',
      '--wallet_path',
      walletPath,
      '-H',
      'miner',
      '--uri',
      'alice',
      '--json-out',
    ]);
    assert.equal(code, 0, err);
    const { data } = json(successEnvelopeSchema(walletCreateResultSchema), out);
    assert.equal(data.coldkey.address, ALICE);
    assert.equal(data.hotkey.name, 'miner');
    assert.equal(data.coldkey.encrypted, false);
    assert.equal(data.coldkey.mnemonic, null);
  });

  it('writes a watch-only coldkeypub and lists wallets naturally sorted', async () => {
    const pub = await run([
      'wallet',
      'regen_coldkeypub',
      '--name',
      'watch10',
      '-p',
      walletPath,
      '--ss58',
      ALICE,
      '--json',
    ]);
    assert.equal(pub.code, 0, pub.err);
    assert.equal(json(successEnvelopeSchema(coldkeypubResultSchema), pub.out).data.coldkeypub.address, ALICE);
    await run(['wallet', 'regen-coldkeypub', '--wallet-name', 'watch9', '-p', walletPath, '--ss58', ALICE]);
    const list = await run(['wallet', 'list', '--wallet-path', walletPath, '--json']);
    const { data } = json(successEnvelopeSchema(walletListResultSchema), list.out);
    assert.deepEqual(
      data.wallets.map((w) => w.name),
      ['alice', 'watch9', 'watch10'],
    );
    const watch = data.wallets[2];
    assert.equal(watch?.coldkey.exists, false);
    assert.equal(watch?.coldkey.address, ALICE);
    const human = await run(['wallet', 'list', '--wallet-path', walletPath]);
    assert.match(human.out, /watch10 {2}5Grwva\S+ {2}watch-only/);
  });

  it("restores from a polkadot-js export with btcli's --json <file>, and from a mnemonic with --json output", async () => {
    const exportFile = join(dir, 'export.json');
    const passwordFile = join(dir, 'export.pw');
    await writeFile(exportFile, JSON.stringify(POLKADOT_EXPORT.json));
    await writeFile(passwordFile, `${POLKADOT_EXPORT.password}\n`);
    const args = ['wallet', 'regen-coldkey', '-p', walletPath, '--no-use-password'];
    const fromExport = await run([
      ...args,
      '--name',
      'pj',
      '--json',
      exportFile,
      '--json-password-file',
      passwordFile,
      '--json-output',
    ]);
    const { data } = json(successEnvelopeSchema(coldkeyResultSchema), fromExport.out);
    assert.equal(data.coldkey.address, POLKADOT_EXPORT.address);
    const phrase = 'bottom drive obey lake curtain smoke basket hold race lonely fit walk';
    const fromPhrase = await run([...args, '--name', 'dev', '--mnemonic', phrase, '--json']);
    assert.equal(
      json(successEnvelopeSchema(coldkeyResultSchema), fromPhrase.out).data.coldkey.mnemonic,
      null,
    );
    const both = await run([...args, '--name', 'x', '--mnemonic', phrase, '--seed', '0x00']);
    assert.equal(both.code, 2);
    assert.match(both.err, /give only one of --mnemonic, --seed and --json <file>/);
    const typo = await run([...args, '--name', 'x', '--mnemonic', phrase.replace('lake', 'lakke'), '--json']);
    const error = json(errorEnvelopeSchema, typo.out).error;
    assert.equal(error.code, 'INVALID_MNEMONIC');
    assert.doesNotMatch(typo.out, /lakke/);
  });

  it('refuses to replace a key without --overwrite when prompts are off', async () => {
    const again = await run([
      'wallet',
      'regen-coldkeypub',
      '--wallet-name',
      'watch9',
      '-p',
      walletPath,
      '--ss58',
      ALICE,
    ]);
    assert.equal(again.code, 1);
    assert.match(again.err, /^error: .*watch9\/coldkeypub\.txt already exists\nhint: pass --overwrite/);
  });

  it('sets, shows and unsets config values, checking them first', async () => {
    const set = await run(['config', 'set', 'networks.devnet', 'ws://10.0.0.5:9944', '--json']);
    assert.equal(json(successEnvelopeSchema(configSetResultSchema), set.out).data.changes[0]?.previous, null);
    assert.equal((await run(['config', 'set', '--network', 'devnet', '--wallet-name', 'alice'])).code, 0);
    const saved = JSON.parse(await readFile(env.TAO_CONFIG, 'utf8'));
    assert.deepEqual(saved, {
      network: 'devnet',
      'wallet-name': 'alice',
      networks: { devnet: 'ws://10.0.0.5:9944' },
    });
    const list = await run(['config', 'list', '--json'], { TAO_WALLET_NAME: 'bob' });
    const { data } = json(successEnvelopeSchema(configShowResultSchema), list.out);
    assert.equal(data.endpoint.url, 'ws://10.0.0.5:9944');
    assert.deepEqual(
      data.settings.find((s) => s.key === 'wallet-name'),
      { key: 'wallet-name', value: 'bob', source: 'env', env: 'TAO_WALLET_NAME' },
    );
    const bad = await run(['config', 'set', 'network', 'finney']);
    assert.equal(bad.code, 1);
    assert.match(bad.err, /unknown network "finney"/);
    assert.equal((await run(['config', 'unset', 'network'])).code, 0);
    const get = await run(['config', 'get', 'network', '--json']);
    assert.equal(
      json(successEnvelopeSchema(configShowResultSchema), get.out).data.settings[0]?.source,
      'default',
    );
  });
});
