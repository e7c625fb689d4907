/**
 * Our dendrite on loopback: its requests against the Python SDK's captures (headers, body, signed message),
 * its handling of a Python axon's response, fan-out with failures, IPv6, streaming, signed responses.
 */
import assert from 'node:assert/strict';
import http from 'node:http';
import { after, before, describe, it } from 'node:test';
import { createKeypairFromUri, initCrypto, type Keypair, signatureVerify } from '@taonet/crypto';
import { z } from 'zod';
import {
  type AxonTarget,
  createAxon,
  createDendrite,
  createDendriteMessage,
  type Dendrite,
  defineSynapse,
} from '../../src/index.js';
import { startAxon } from '../axonHarness.js';
import { definitionOf, Echo, loadWireSample, SAMPLE_NAMES, synapseHeaders } from '../wireSamples.js';

let alice: Keypair;
let bob: Keypair;
let dendrite: Dendrite;

before(async () => {
  await initCrypto();
  alice = createKeypairFromUri('//Alice');
  bob = createKeypairFromUri('//Bob');
  dendrite = createDendrite({ keypair: alice, externalIp: '127.0.0.2' });
});

after(() => dendrite.close());

interface Recorded {
  headers: [string, string][];
  body: string;
}

/** A server that records requests and answers with a fixed response; counts TCP connections. */
async function startRecorder(respond: (res: http.ServerResponse) => void) {
  const recorded: Recorded[] = [];
  let connections = 0;
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const headers: [string, string][] = [];
      for (let i = 0; i < req.rawHeaders.length; i += 2)
        headers.push([req.rawHeaders[i]!, req.rawHeaders[i + 1]!]);
      recorded.push({ headers, body: Buffer.concat(chunks).toString('utf8') });
      respond(res);
    });
  });
  server.on('connection', () => connections++);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as { port: number }).port;
  return { recorded, port, connections: () => connections, close: () => new Promise((r) => server.close(r)) };
}

const VARYING = /nonce|uuid|signature|total_size|axon_port|^host$|^content-length$|^user-agent$/i;

function normalizeBody(body: string): string {
  return body
    .replace(/"(nonce|total_size|port)": \d+/g, '"$1": N')
    .replace(/"uuid": "[^"]+"/g, '"uuid": U')
    .replace(/"signature": "0x[0-9a-f]+"/g, '"signature": S');
}

describe('dendrite requests against the SDK captures', () => {
  for (const name of SAMPLE_NAMES) {
    it(`${name}: same header set and values, same body, a verifying signature; reads the Python reply`, async () => {
      const sample = loadWireSample(name);
      const definition = definitionOf(sample);
      const pythonResponse = sample.response!;
      const recorder = await startRecorder((res) => {
        res.writeHead(
          200,
          pythonResponse.headers.filter(([k]) => !/^(date|server|content-length)$/.test(k)).flat(),
        );
        res.end(pythonResponse.body);
      });
      const input = JSON.parse(sample.request!.body) as Record<string, unknown>;
      const synapse = definition.create(input as never);
      const target: AxonTarget = { ip: '127.0.0.1', port: recorder.port, hotkey: bob.address };
      const result = await dendrite.call(target, synapse);
      await recorder.close();

      const sent = recorder.recorded[0]!;
      const ours = synapseHeaders(sent.headers);
      const theirs = synapseHeaders(sample.request!.headers);
      assert.deepEqual(
        ours.map(([k]) => k),
        theirs.map(([k]) => k),
        'header names and order',
      );
      const stable = (pairs: [string, string][]) => pairs.filter(([k]) => !VARYING.test(k));
      assert.deepEqual(stable(ours), stable(theirs), 'header values');
      assert.equal(normalizeBody(sent.body), normalizeBody(sample.request!.body), 'body');

      const header = (k: string) => ours.find(([n]) => n === k)![1];
      const message = createDendriteMessage({
        nonce: BigInt(header('bt_header_dendrite_nonce')),
        dendriteHotkey: header('bt_header_dendrite_hotkey'),
        axonHotkey: header('bt_header_axon_hotkey'),
        uuid: header('bt_header_dendrite_uuid'),
        bodyHash: header('computed_body_hash'),
      });
      assert.ok(signatureVerify(message, header('bt_header_dendrite_signature'), alice.address).isValid);
      assert.match(header('bt_header_dendrite_signature'), /^0x[0-9a-f]{128}$/);

      assert.equal(result.dendrite.statusCode, 200);
      assert.deepEqual(definition.deserialize(result as never), sample.dendrite_result.deserialized);
      assert.equal(result.axon.processTime, JSON.parse(pythonResponse.body).axon.process_time);
    });
  }
});

describe('dendrite fan-out', () => {
  it('queries axons concurrently and maps each failure to its status', async () => {
    const good = await startAxon({ keypair: bob }, [
      [Echo, { forward: (s: { text: string }) => ({ ...s, out: s.text }) }],
    ] as never);
    const notJson = await startRecorder((res) => {
      res.writeHead(200, { 'content-type': 'text/html' });
      res.end('<html>bad gateway</html>');
    });
    const silent = await startRecorder(() => undefined);
    const targets: AxonTarget[] = [
      { ip: '127.0.0.1', port: good.port, hotkey: bob.address },
      { ip: '127.0.0.1', port: 1, hotkey: bob.address },
      { ip: '127.0.0.1', port: notJson.port, hotkey: bob.address },
      { ip: '127.0.0.1', port: silent.port, hotkey: bob.address },
      { ip: '127.0.0.1', port: good.port, hotkey: alice.address },
    ];
    const started = performance.now();
    const results = await dendrite.forward(targets, Echo.create({ text: 'fan' } as never), { timeout: 0.5 });
    assert.ok(performance.now() - started < 4_000);
    assert.deepEqual(
      results.map((r) => r.dendrite.statusCode),
      [200, 503, 422, 408, 401],
    );
    assert.equal(results[1]!.dendrite.statusMessage, `Service unavailable at 127.0.0.1:1/Echo`);
    assert.equal(results[3]!.dendrite.statusMessage, 'Request timeout after 0.5 seconds');
    assert.match(results[2]!.dendrite.statusMessage ?? '', /^Failed to parse response/);
    assert.deepEqual(await dendrite.query(targets.slice(0, 2), Echo.create({ text: 'q' } as never)), [
      'q',
      null,
    ]);
    await Promise.all([good.axon.stop(), notJson.close(), silent.close()]);
  });

  it('reuses its keep-alive connection across calls', async () => {
    const recorder = await startRecorder((res) => {
      res.writeHead(404, { 'content-type': 'application/json' });
      res.end('{"message":"nope"}');
    });
    const target = { ip: '127.0.0.1', port: recorder.port, hotkey: bob.address };
    for (let i = 0; i < 3; i++) {
      const r = await dendrite.call(target, Echo.create({ text: 'k' } as never));
      assert.equal(r.dendrite.statusCode, 404);
      assert.equal(r.dendrite.statusMessage, 'nope');
    }
    assert.equal(recorder.connections(), 1);
    await recorder.close();
  });

  it('reaches an axon on an IPv6 address', async (t) => {
    const v6 = createAxon({ keypair: bob, host: '::1', port: 0 });
    v6.attach(Echo, { forward: (s: { text: string }) => ({ ...s, out: `v6:${s.text}` }) } as never);
    try {
      await v6.start();
    } catch {
      t.skip('no IPv6 loopback here');
      return;
    }
    const result = await dendrite.call(
      { ip: '::1', port: v6.port, hotkey: bob.address },
      Echo.create({ text: 'x' } as never),
    );
    assert.equal(result.dendrite.statusCode, 200, result.dendrite.statusMessage ?? '');
    assert.equal((result as unknown as { out: string }).out, 'v6:x');
    await v6.stop();
  });

  it('keeps frozen fields and checks signed responses when asked to', async () => {
    const Frozen = defineSynapse({
      name: 'Frozen',
      fields: { text: z.string(), out: z.string().nullable().default(null) },
      frozenFields: ['text'],
    });
    const tampering = { forward: (s: { text: string }) => ({ ...s, text: 'changed', out: 'o' }) };
    const signing = await startAxon({ keypair: bob, signResponses: true }, [[Frozen, tampering]] as never);
    const plain = await startAxon({ keypair: bob }, [[Frozen, tampering]] as never);
    const strict = createDendrite({ keypair: alice, requireSignedResponses: true });
    const ok = await strict.call(
      { ip: '127.0.0.1', port: signing.port, hotkey: bob.address },
      Frozen.create({ text: 'kept' }),
    );
    assert.equal(ok.dendrite.statusCode, 200);
    assert.equal(ok.text, 'kept');
    assert.equal(ok.out, 'o');
    const unsigned = await strict.call(
      { ip: '127.0.0.1', port: plain.port, hotkey: bob.address },
      Frozen.create({ text: 'k' }),
    );
    assert.equal(unsigned.dendrite.statusCode, 422);
    strict.close();
    await Promise.all([signing.axon.stop(), plain.axon.stop()]);
  });
});

describe('streaming synapses', () => {
  const Story = defineSynapse({
    name: 'Story',
    fields: { prompt: z.string(), completion: z.string().nullable().default(null) },
    requiredHashFields: ['prompt'],
    streaming: {
      finish: (synapse, items) => {
        synapse.completion = items.join('');
      },
    },
    deserialize: (s) => s.completion,
  });

  it('streams chunks from the axon, then gives the final synapse', async () => {
    const axon = await startAxon({ keypair: bob }, [
      [
        Story,
        {
          forward: async function* (s: { prompt: string }) {
            for (const word of `${s.prompt} once upon a time`.split(' ')) {
              await new Promise((resolve) => setTimeout(resolve, 5));
              yield `${word} `;
            }
          },
        },
      ],
    ] as never);
    const target = { ip: '127.0.0.1', port: axon.port, hotkey: bob.address };
    const call = dendrite.stream(target, Story.create({ prompt: 'so' }));
    const chunks: string[] = [];
    for await (const chunk of call) chunks.push(chunk);
    const final = await call.finished();
    assert.equal(chunks.join(''), 'so once upon a time ');
    assert.equal(final.dendrite.statusCode, 200);
    assert.equal(final.completion, 'so once upon a time ');
    const refused = dendrite.stream({ ...target, hotkey: alice.address }, Story.create({ prompt: 'x' }));
    const none: string[] = [];
    for await (const chunk of refused) none.push(chunk);
    assert.deepEqual(none, []);
    assert.equal((await refused.finished()).dendrite.statusCode, 401);
    await axon.axon.stop();
  });
});
