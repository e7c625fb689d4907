/**
 * `tao subnet template-miner --no-chain` as a real process (the interop-test miner): queried on loopback by
 * our dendrite signed by //Alice it answers Dummy with twice the input; an unsigned request gets 401; it
 * stops on SIGTERM with exit 0. With `--log-format json --json` every line it writes is JSON, and SIGINT
 * ends it with the result envelope. `--help` lists the options. On a dev node (`--network`): an
 * unregistered hotkey is refused (NOT_REGISTERED, exit 1); registered, the miner publishes its axon
 * (`axon served`, seen in the chain's neuron info), answers the subnet's registered hotkeys (403 to others)
 * and stops on SIGTERM with exit 0.
 */
import assert from 'node:assert/strict';
import { type ChildProcessWithoutNullStreams, spawn } from 'node:child_process';
import { once } from 'node:events';
import { createServer } from 'node:net';
import { after, before, describe, it } from 'node:test';
import { createKeypairFromUri, initCrypto } from '@taonet/crypto';
import { burnedRegister, createClient, getNeuronLite } from '@taonet/sdk';
import { createDendrite, type Dendrite } from '@taonet/subnet';
import { Dummy } from '@taonet/subnet-template';
import { type DevNode, startDevNode } from '@taonet/testing/devNode';
import { cleanEnv, jsonFailure, runTao, TAO_BIN } from '../fixtures/taoProcess.js';

const BOB = '5FHneW46xGXgs5mUiveU4sbTyGBzmstUspZC92UhjJM694ty';

/** A loopback port nothing listens on now. */
async function findFreePort(): Promise<number> {
  const server = createServer().listen(0, '127.0.0.1');
  await once(server, 'listening');
  const address = server.address();
  server.close();
  await once(server, 'close');
  assert.ok(address !== null && typeof address === 'object');
  return address.port;
}

interface MinerProcess {
  child: ChildProcessWithoutNullStreams;
  out(): string;
  err(): string;
  exited: Promise<number | null>;
}

/** Spawns `tao subnet template-miner ...args`; resolves once `ready` holds of its stdout and stderr. */
async function startMiner(
  args: readonly string[],
  ready: (out: string, err: string) => boolean,
): Promise<MinerProcess> {
  const child = spawn(process.execPath, [TAO_BIN, 'subnet', 'template-miner', ...args], {
    env: cleanEnv({}),
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  let out = '';
  let err = '';
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`the miner did not start in time: ${err}`)), 60_000);
    const check = () => {
      if (!ready(out, err)) return;
      clearTimeout(timer);
      resolve();
    };
    child.stdout.on('data', (chunk) => {
      out += chunk;
      check();
    });
    child.stderr.on('data', (chunk) => {
      err += chunk;
      check();
    });
    void exited.then((code) => reject(new Error(`the miner exited with ${code}: ${err}`)));
  });
  return { child, out: () => out, err: () => err, exited };
}

function stopped(miner: MinerProcess): void {
  if (miner.child.exitCode === null && miner.child.signalCode === null) miner.child.kill('SIGKILL');
}

describe('tao subnet template-miner (e2e, no chain)', () => {
  let dendrite: Dendrite;
  let miner: MinerProcess | undefined;
  let port = 0;

  before(async () => {
    await initCrypto();
    dendrite = createDendrite({ keypair: createKeypairFromUri('//Alice') });
    port = await findFreePort();
    const args = ['--no-chain', '--port', String(port), '--hotkey-uri', '//Bob', '--host', '127.0.0.1'];
    miner = await startMiner(args, (out) => /template miner listening on .*\n/.test(out));
  });

  after(() => {
    dendrite.close();
    if (miner !== undefined) stopped(miner);
  });

  it('prints the address and hotkey it serves, once', () => {
    const lines = miner!
      .out()
      .split('\n')
      .filter((line) => line.includes('listening'));
    assert.deepEqual(lines, [`template miner listening on 127.0.0.1:${port} hotkey ${BOB}`]);
  });

  it('answers a Dummy signed by //Alice with twice the input', async () => {
    const target = { ip: '127.0.0.1', port, hotkey: BOB };
    const [answer] = await dendrite.forward([target], Dummy.create({ dummy_input: 21 }), { timeout: 5 });
    assert.equal(answer?.dendrite.statusCode, 200, answer?.dendrite.statusMessage ?? '');
    assert.equal(answer?.dummy_output, 42);
    assert.deepEqual(
      await dendrite.query([target], Dummy.create({ dummy_input: -7 }), { timeout: 5 }),
      [-14],
    );
  });

  it('refuses an unsigned request (401)', async () => {
    const response = await fetch(`http://127.0.0.1:${port}/Dummy`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ name: 'Dummy', dummy_input: 1 }),
    });
    const text = await response.text();
    assert.equal(response.status, 401, text);
    assert.match(text, /Not Verified with error: Missing Hotkey/);
  });

  it('closes its axon and exits 0 on SIGTERM', async () => {
    miner!.child.kill('SIGTERM');
    assert.equal(await miner!.exited, 0, miner!.err());
    assert.match(miner!.out(), /template miner stopped \(SIGTERM\)/);
    await assert.rejects(fetch(`http://127.0.0.1:${port}/Dummy`, { method: 'POST', body: '{}' }));
  });

  it('writes JSON lines only with --log-format json --json, and its result envelope on SIGINT', async () => {
    const args = ['--no-chain', '--port', '0', '--hotkey-uri', '//Bob', '--log-format', 'json', '--json'];
    const json = await startMiner(args, (_out, err) => /"msg":"miner\.listening".*\n/.test(err));
    try {
      json.child.kill('SIGINT');
      assert.equal(await json.exited, 0, json.err());
      const records = json
        .err()
        .trim()
        .split('\n')
        .map((line) => JSON.parse(line) as { msg: string });
      assert.deepEqual(
        records.map((record) => record.msg),
        ['miner.started', 'miner.listening', 'process.stopping', 'miner.stopped'],
      );
      const envelope = JSON.parse(json.out()) as { ok: boolean; data: { stoppedBy: string; hotkey: string } };
      assert.equal(envelope.ok, true);
      assert.equal(envelope.data.stoppedBy, 'SIGINT');
      assert.equal(envelope.data.hotkey, BOB);
    } finally {
      stopped(json);
    }
  });

  it('lists its options in --help', async () => {
    const run = await runTao(cleanEnv({}), ['subnet', 'template-miner', '--help']);
    assert.equal(run.code, 0, run.err);
    for (const flag of [
      '--port',
      '--hotkey-uri',
      '--wallet-name',
      '--wallet-hotkey',
      '--wallet-path',
      '--no-chain',
      '--netuid',
      '--external-ip',
      '--external-port',
      '--log-format',
      '--network',
    ]) {
      assert.match(run.out, new RegExp(`^\\s+(-\\w, )?${flag}\\b`, 'm'), flag);
    }
  });
});

describe('tao subnet template-miner (e2e, dev node)', () => {
  let node: DevNode | undefined;
  let miner: MinerProcess | undefined;
  let dendrite: Dendrite | undefined;

  before(async () => {
    await initCrypto();
    node = await startDevNode(['--block-time', '250']);
  });

  after(async () => {
    dendrite?.close();
    if (miner !== undefined) stopped(miner);
    await node?.stop();
  });

  it('refuses a hotkey that is not registered on the subnet', async () => {
    const args = ['subnet', 'template-miner', '--network', node!.url, '--hotkey-uri', '//TemplateCliMiner'];
    const run = await runTao(cleanEnv({}), [...args, '--port', '0', '--json']);
    assert.match(jsonFailure(run, 'NOT_REGISTERED'), /not registered on subnet 1/);
  });

  it('registered, publishes its axon, serves registered hotkeys only, and exits 0 on SIGTERM', async () => {
    const hotkey = createKeypairFromUri('//TemplateCliMiner');
    const client = createClient({ url: node!.url, timeoutMs: 10_000 });
    try {
      const signer = createKeypairFromUri('//Charlie');
      const { uid } = await burnedRegister(client, { signer, netuid: 1, hotkey: hotkey.address });
      const args = ['--network', node!.url, '--netuid', '1', '--hotkey-uri', '//TemplateCliMiner'];
      const flags = ['--port', '0', '--external-ip', '127.0.0.1', '--log-format', 'json'];
      // stdout and stderr are separate pipes: wait for the listening line too, whichever comes last
      miner = await startMiner(
        [...args, ...flags],
        (out, err) => /"msg":"axon served"/.test(err) && out.includes('\n'),
      );
      const listening = JSON.parse(miner.out().trim()) as { msg: string; port: number; hotkey: string };
      assert.equal(listening.msg, 'miner.listening');
      assert.equal(listening.hotkey, hotkey.address);
      const axon = (await getNeuronLite(client, { netuid: 1, uid }))?.axon;
      // The chain refuses 127.0.0.1: a miner bound to every interface publishes 127.0.0.2 on Linux.
      assert.deepEqual([axon?.ip, axon?.port], ['127.0.0.2', listening.port]);

      const target = { ip: '127.0.0.1', port: listening.port, hotkey: hotkey.address };
      const synapse = Dummy.create({ dummy_input: 5 });
      dendrite = createDendrite({ keypair: createKeypairFromUri('//Alice//stash') }); // subnet 1's owner
      const [answer] = await dendrite.forward([target], synapse, { timeout: 5 });
      assert.equal(answer?.dummy_output, 10, answer?.dendrite.statusMessage ?? '');
      const stranger = createDendrite({ keypair: createKeypairFromUri('//Alice') });
      const [refused] = await stranger.forward([target], synapse, { timeout: 5 });
      stranger.close();
      assert.equal(refused?.dendrite.statusCode, 403);

      miner.child.kill('SIGTERM');
      assert.equal(await miner.exited, 0, miner.err());
    } finally {
      await client.close();
    }
  });
});
