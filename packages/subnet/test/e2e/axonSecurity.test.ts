/**
 * The holes of the SDK's axon (spec/client.md §1.10, axon_probe_reference.json), each tried against ours:
 * every refused request gets the right status and never reaches `forward`.
 */
import assert from 'node:assert/strict';
import net from 'node:net';
import { after, before, describe, it } from 'node:test';
import { createKeypairFromUri, initCrypto, type Keypair } from '@taonet/crypto';
import { nowNs } from '../../src/index.js';
import {
  rawRequest,
  type SignedRequest,
  signRequest,
  startAxon,
  type TestAxon,
  tempDir,
  totalForwards,
  withHeader,
} from '../axonHarness.js';
import { Echo } from '../wireSamples.js';

let alice: Keypair;
let bob: Keypair;
let charlie: Keypair;
let test: TestAxon;

const echo = { forward: (s: { text: string }) => ({ ...s, out: s.text.toUpperCase() }) };

before(async () => {
  await initCrypto();
  alice = createKeypairFromUri('//Alice');
  bob = createKeypairFromUri('//Bob');
  charlie = createKeypairFromUri('//Charlie');
  test = await startAxon({ keypair: bob, limits: { maxBodyBytes: 4096 } }, [[Echo, echo]] as never);
});

after(() => test.axon.stop());

function sign(text = 'hi', extra: Partial<Parameters<typeof signRequest>[1]> = {}): SignedRequest {
  return signRequest(Echo.create({ text }), {
    keypair: alice,
    axonHotkey: bob.address,
    port: test.port,
    ...extra,
  });
}

async function send(request: SignedRequest, target: TestAxon = test) {
  const headers = withHeader(request.headers, 'Content-Length', String(Buffer.byteLength(request.body)));
  const response = await rawRequest({ port: target.port, path: request.path, headers, body: request.body });
  return {
    status: response.status,
    message: JSON.parse(response.body).message as string | undefined,
    response,
  };
}

async function expectRefused(
  request: SignedRequest,
  status: number,
  pattern: RegExp,
  target: TestAxon = test,
) {
  const before = totalForwards(target);
  const { status: got, message } = await send(request, target);
  assert.equal(got, status, message);
  assert.match(message ?? '', pattern);
  assert.equal(totalForwards(target), before, 'a refused request reached forward');
}

describe('axon security', () => {
  it('serves a well-signed request', async () => {
    const { status, response } = await send(sign('hello'));
    assert.equal(status, 200);
    assert.equal(JSON.parse(response.body).out, 'HELLO');
  });

  it('refuses an unsigned request, even for a real hotkey (401)', async () => {
    const request = sign();
    request.headers = withHeader(request.headers, 'bt_header_dendrite_signature', null);
    await expectRefused(request, 401, /Missing Signature/);
  });

  it("refuses a signature by another key, and one made for another axon's hotkey (401)", async () => {
    const forged = sign();
    const other = sign('x', { keypair: charlie });
    const charlieSig = other.headers.find(([k]) => k === 'bt_header_dendrite_signature')![1];
    forged.headers = withHeader(forged.headers, 'bt_header_dendrite_signature', charlieSig);
    await expectRefused(forged, 401, /Signature mismatch/);
    await expectRefused(sign('x', { axonHotkey: charlie.address }), 401, /Signature mismatch/);
    const short = sign();
    short.headers = withHeader(short.headers, 'bt_header_dendrite_signature', '0x1234');
    await expectRefused(short, 401, /Invalid signature/);
  });

  it('serves a request once: an identical replay is refused (401)', async () => {
    const request = sign('once');
    assert.equal((await send(request)).status, 200);
    await expectRefused(request, 401, /already used/);
  });

  it('accepts a parallel fan-out arriving out of order, each nonce once', async () => {
    const base = nowNs();
    const requests = [5n, 1n, 4n, 2n, 3n].map((i) => sign(`n${i}`, { nonce: base - i * 1_000_000n }));
    const results = await Promise.all(requests.map((r) => send(r)));
    assert.deepEqual(
      results.map((r) => r.status),
      [200, 200, 200, 200, 200],
    );
    const replays = await Promise.all(requests.map((r) => send(r)));
    assert.deepEqual(
      replays.map((r) => r.status),
      [401, 401, 401, 401, 401],
    );
  });

  it('refuses a stale nonce, however large the unsigned timeout header (401)', async () => {
    const stale = sign('old', { nonce: nowNs() - 20_000_000_000n });
    await expectRefused(stale, 401, /Nonce is too old: acceptable delta is 16.00 seconds/);
    const stretched = sign('old', { nonce: nowNs() - 120_000_000_000n, timeout: 1e9 });
    await expectRefused(stretched, 401, /acceptable delta is 64.00 seconds/);
  });

  it('keeps the window when the version header claims an old SDK (401)', async () => {
    const request = sign('old', { nonce: nowNs() - 20_000_000_000n });
    request.headers = withHeader(request.headers, 'bt_header_dendrite_version', '7001000');
    await expectRefused(request, 401, /too old/);
  });

  it('refuses a nonce from the future (401)', async () => {
    await expectRefused(
      sign('future', { nonce: nowNs() + 3_600_000_000_000n }),
      401,
      /too far in the future/,
    );
  });

  it('refuses a body changed after signing (400) and a body of the wrong type (422)', async () => {
    const edited = sign('original');
    edited.body = edited.body.replace('"original"', '"tampered"');
    await expectRefused(edited, 400, /Hash mismatch/);
    const wrongType = signRequest(Echo.create({ text: '5' }), {
      keypair: alice,
      axonHotkey: bob.address,
      port: test.port,
    });
    wrongType.body = wrongType.body.replace('"text": "5"', '"text": 5');
    await expectRefused(wrongType, 422, /Invalid synapse body: synapse Echo: text: /);
  });

  it('refuses an oversized body (413)', async () => {
    await expectRefused(sign('x'.repeat(5000)), 413, /larger than 4096 bytes/);
  });

  it('needs no input_obj headers nor header_size/total_size, and serves GET like POST', async () => {
    const request = sign('lean');
    request.headers = request.headers.filter(([k]) => !/input_obj|header_size|total_size/.test(k));
    assert.equal((await send(request)).status, 200);
    const get = sign('get');
    const response = await rawRequest({
      port: test.port,
      method: 'GET',
      path: get.path,
      headers: get.headers,
      body: get.body,
    });
    assert.equal(response.status, 200);
    assert.equal(JSON.parse(response.body).out, 'GET');
  });

  it('cuts a client that trickles its headers (slowloris)', async () => {
    const slow = await startAxon({ keypair: bob, limits: { headersTimeoutMs: 300 } }, [
      [Echo, echo],
    ] as never);
    const started = performance.now();
    const socket = net.connect(slow.port, '127.0.0.1');
    socket.on('error', () => undefined);
    socket.write('POST /Echo HTTP/1.1\r\nHost: x\r\n');
    const timer = setInterval(() => socket.write('x-slow: 1\r\n'), 50);
    let received = '';
    socket.on('data', (d) => {
      received += d.toString();
    });
    await new Promise((resolve) => socket.on('close', resolve));
    clearInterval(timer);
    const elapsed = performance.now() - started;
    assert.ok(elapsed < 4_000, `closed after ${elapsed} ms`);
    assert.match(received, /^HTTP\/1.1 408/);
    assert.equal(totalForwards(slow), 0);
    await slow.axon.stop();
  });
});

describe('axon limits', () => {
  it('rate-limits a flooding hotkey (429) without reaching forward', async () => {
    const limited = await startAxon({ keypair: bob, limits: { perHotkey: { ratePerSecond: 1, burst: 3 } } }, [
      [Echo, echo],
    ] as never);
    const requests = Array.from({ length: 8 }, (_, i) =>
      signRequest(Echo.create({ text: `f${i}` }), {
        keypair: alice,
        axonHotkey: bob.address,
        port: limited.port,
      }),
    );
    const statuses: number[] = [];
    for (const r of requests) statuses.push((await send(r, limited)).status);
    assert.deepEqual(statuses.slice(0, 3), [200, 200, 200]);
    assert.ok(
      statuses.slice(3).every((s) => s === 429),
      statuses.join(),
    );
    assert.equal(totalForwards(limited), 3);
    const other = signRequest(Echo.create({ text: 'c' }), {
      keypair: charlie,
      axonHotkey: bob.address,
      port: limited.port,
    });
    assert.equal((await send(other, limited)).status, 200, 'another hotkey is not limited');
    await limited.axon.stop();
  });

  it('caps the requests one hotkey has in flight (429)', async () => {
    const slowEcho = {
      forward: async (s: { text: string }) => {
        await new Promise((resolve) => setTimeout(resolve, 150));
        return s;
      },
    };
    const capped = await startAxon({ keypair: bob, limits: { perHotkey: { maxConcurrent: 2 } } }, [
      [Echo, slowEcho],
    ] as never);
    const requests = Array.from({ length: 4 }, (_, i) =>
      signRequest(Echo.create({ text: `c${i}` }), {
        keypair: alice,
        axonHotkey: bob.address,
        port: capped.port,
      }),
    );
    const statuses = (await Promise.all(requests.map((r) => send(r, capped)))).map((r) => r.status).sort();
    assert.deepEqual(statuses, [200, 200, 429, 429]);
    await capped.axon.stop();
  });

  it('enforces the timeout on the server (408) and aborts the late forward', async () => {
    let aborted = false;
    const stuck = {
      forward: (_s: unknown, ctx: { signal: AbortSignal }) =>
        new Promise((resolve) => {
          ctx.signal.addEventListener('abort', () => {
            aborted = true;
            resolve(_s);
          });
        }),
    };
    const late = await startAxon({ keypair: bob }, [[Echo, stuck]] as never);
    const started = performance.now();
    const request = signRequest(Echo.create({ text: 't' }), {
      keypair: alice,
      axonHotkey: bob.address,
      port: late.port,
      timeout: 0.3,
    });
    const { status, message } = await send(request, late);
    assert.equal(status, 408);
    assert.equal(message, 'Response timeout after: 0.3s');
    assert.ok(performance.now() - started < 4_000);
    assert.ok(aborted, 'forward saw its signal abort');
    await late.axon.stop();
  });

  it('refuses unregistered hotkeys and, when asked, non-validators (403)', async () => {
    const gated = await startAxon({ keypair: bob, requireValidator: true }, [[Echo, echo]] as never, {
      isRegistered: (hotkey) => hotkey !== charlie.address,
      isValidator: async (hotkey) => hotkey === alice.address,
    });
    const from = (keypair: Keypair) =>
      signRequest(Echo.create({ text: 'v' }), { keypair, axonHotkey: bob.address, port: gated.port });
    await expectRefused(
      from(charlie),
      403,
      /Forbidden. Key is blacklisted: hotkey .* is not registered./,
      gated,
    );
    await expectRefused(from(bob), 403, /is not a validator/, gated);
    assert.equal((await send(from(alice), gated)).status, 200);
    await gated.axon.stop();
  });

  it('answers 503 when the forward queue is full', async () => {
    let releaseAll: () => void = () => undefined;
    const gate = new Promise<void>((resolve) => {
      releaseAll = resolve;
    });
    const blocking = { forward: async (s: unknown) => gate.then(() => s) };
    const small = await startAxon(
      { keypair: bob, limits: { maxConcurrentForwards: 1, maxQueuedForwards: 1 } },
      [[Echo, blocking]] as never,
    );
    const requests = Array.from({ length: 3 }, (_, i) =>
      signRequest(Echo.create({ text: `q${i}` }), {
        keypair: alice,
        axonHotkey: bob.address,
        port: small.port,
      }),
    );
    const pending = requests.map((r) => send(r, small));
    const third = await pending[2]!;
    assert.equal(third.status, 503);
    releaseAll();
    assert.deepEqual(
      (await Promise.all(pending.slice(0, 2))).map((r) => r.status),
      [200, 200],
    );
    assert.equal(totalForwards(small), 2);
    await small.axon.stop();
  });
});

describe('replay protection across restarts', () => {
  it('refuses a replay after a restart, with a state dir', async () => {
    const dir = tempDir();
    const first = await startAxon({ keypair: bob, stateDir: dir }, [[Echo, echo]] as never);
    const request = signRequest(Echo.create({ text: 'r' }), {
      keypair: alice,
      axonHotkey: bob.address,
      port: first.port,
    });
    assert.equal((await send(request, first)).status, 200);
    await first.axon.stop();
    const second = await startAxon({ keypair: bob, stateDir: dir }, [[Echo, echo]] as never);
    await expectRefused(request, 401, /already used/, second);
    const fresh = signRequest(Echo.create({ text: 'r2' }), {
      keypair: alice,
      axonHotkey: bob.address,
      port: second.port,
    });
    assert.equal((await send(fresh, second)).status, 200);
    await second.axon.stop();
  });

  it('refuses requests signed before it started, without a state dir', async () => {
    const request = signRequest(Echo.create({ text: 'm' }), {
      keypair: alice,
      axonHotkey: bob.address,
      port: 0,
    });
    const memoryOnly = await startAxon({ keypair: bob }, [[Echo, echo]] as never);
    await expectRefused(request, 401, /predates/, memoryOnly);
    await memoryOnly.axon.stop();
  });
});
