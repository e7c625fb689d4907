import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { isTaonetError } from '@taonet/primitives';
import { FakeWebSocket, nextFakeWebSocket } from '@taonet/testing/fakeWebSocket';
import {
  ClientClosedError,
  ConnectionError,
  type ConnectionStatus,
  createReconnectingTransport,
  TimeoutError,
} from '../../../src/index.js';
import { countHandles, type RpcTestServer, startRpcTestServer } from '../fixtures/rpcTestServer.js';

const HEADS = {
  name: 'chain_subscribeNewHeads',
  unsubscribe: 'chain_unsubscribeNewHeads',
  notification: 'chain_newHead',
};
const WATCH = {
  name: 'author_submitAndWatchExtrinsic',
  unsubscribe: 'author_unwatchExtrinsic',
  notification: 'author_extrinsicUpdate',
};

const waitFor = async (check: () => boolean, timeoutMs = 2_000) => {
  const start = Date.now();
  while (!check()) {
    if (Date.now() - start > timeoutMs) throw new Error('condition not met in time');
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
};

describe('createReconnectingTransport', () => {
  let server: RpcTestServer;
  let baseline: Record<string, number>;

  before(async () => {
    baseline = countHandles();
    server = await startRpcTestServer();
  });
  after(() => server.close());

  it('answers requests, then close() resolves with the socket closed and refuses more requests', async () => {
    const statuses: ConnectionStatus[] = [];
    const transport = createReconnectingTransport({
      url: server.url,
      timeoutMs: 1_000,
      onStatus: (s) => statuses.push(s),
    });
    assert.equal(transport.status, 'connecting');
    const health = await transport.request('system_health', []);
    assert.deepEqual(health, { peers: 0, isSyncing: false, shouldHavePeers: false });
    assert.equal(transport.status, 'open');
    await transport.close();
    assert.deepEqual(statuses, ['open', 'closed']);
    await assert.rejects(transport.request('system_health', []), ClientClosedError);
  });

  it('times out a request that gets no answer with a TimeoutError', async () => {
    const transport = createReconnectingTransport({ url: server.url, timeoutMs: 80 });
    try {
      const error = await transport.request('test_never', []).catch((e: unknown) => e);
      assert.ok(error instanceof TimeoutError);
      assert.equal((error as TimeoutError).code, 'RPC_TIMEOUT');
      assert.match((error as Error).message, /test_never got no answer within 80 ms/);
    } finally {
      await transport.close();
    }
  });

  it('fails with a ConnectionError when nothing listens (with and without reconnection)', async () => {
    const url = 'ws://127.0.0.1:1';
    const once = createReconnectingTransport({ url, timeoutMs: 2_000, reconnect: false });
    await assert.rejects(once.request('system_health', []), (e) => isTaonetError(e, 'RPC_CONNECTION'));
    await once.close();
    const retrying = createReconnectingTransport({ url, timeoutMs: 150, reconnect: { initialDelayMs: 10 } });
    const error = await retrying.request('system_health', []).catch((e: unknown) => e);
    assert.ok(error instanceof ConnectionError);
    assert.match((error as Error).message, /not established within 150 ms/);
    await retrying.close();
  });

  it('whenOpen() connects and resolves once open, with the requests made before written', async () => {
    const transport = createReconnectingTransport({
      url: 'ws://fake',
      WebSocket: FakeWebSocket,
      keepAliveMs: 0,
    });
    const health = transport.request('system_health', []);
    const writtenAtOpen = transport.whenOpen().then(() => socket.sent.map((m) => m.method));
    const socket = await nextFakeWebSocket();
    assert.equal(transport.status, 'connecting');
    socket.open();
    assert.deepEqual(await writtenAtOpen, ['system_health']);
    assert.equal(transport.status, 'open');
    await transport.whenOpen(); // open: resolves at once
    socket.answer(1, 'ok');
    assert.equal(await health, 'ok');
    await transport.close();
    // no request: whenOpen() alone opens the connection
    const idle = createReconnectingTransport({ url: 'ws://fake', WebSocket: FakeWebSocket, keepAliveMs: 0 });
    const opening = idle.whenOpen();
    (await nextFakeWebSocket()).open();
    await opening;
    assert.equal(idle.status, 'open');
    await idle.close();
  });

  it('whenOpen() rejects when the connection cannot be opened, or the transport is closed first', async () => {
    const refused = createReconnectingTransport({
      url: 'ws://fake',
      WebSocket: FakeWebSocket,
      reconnect: false,
    });
    const opening = refused.whenOpen();
    (await nextFakeWebSocket()).fail();
    await assert.rejects(opening, ConnectionError);
    await assert.rejects(refused.whenOpen(), ConnectionError);
    await refused.close();
    const url = 'ws://127.0.0.1:1';
    const retrying = createReconnectingTransport({ url, timeoutMs: 150, reconnect: { initialDelayMs: 10 } });
    await assert.rejects(retrying.whenOpen(), /not established within 150 ms/);
    await retrying.close();
    const closing = createReconnectingTransport({ url: 'ws://fake', WebSocket: FakeWebSocket });
    const waiting = closing.whenOpen();
    await nextFakeWebSocket();
    await closing.close();
    await assert.rejects(waiting, ClientClosedError);
    await assert.rejects(closing.whenOpen(), ClientClosedError);
  });

  it('reconnects after a drop, fails the request in flight, and resubscribes', async () => {
    const statuses: ConnectionStatus[] = [];
    const transport = createReconnectingTransport({
      url: server.url,
      timeoutMs: 1_000,
      reconnect: { initialDelayMs: 10 },
      onStatus: (s) => statuses.push(s),
    });
    const heads: unknown[] = [];
    const errors: Error[] = [];
    const sub = await transport.subscribe!(
      HEADS,
      [],
      (item) => heads.push(item),
      (e) => errors.push(e),
    );
    server.notify('chain_newHead', { number: '0x1' });
    await waitFor(() => heads.length === 1);
    const inFlight = transport.request('test_never', []).catch((e: unknown) => e);
    const subscribedBefore = server.subscribeCount;
    server.drop();
    const lost = await inFlight;
    assert.ok(lost instanceof ConnectionError, String(lost));
    await waitFor(() => server.subscribeCount === subscribedBefore + 1);
    server.notify('chain_newHead', { number: '0x2' });
    await waitFor(() => heads.length === 2);
    assert.deepEqual(heads, [{ number: '0x1' }, { number: '0x2' }]);
    assert.ok(await transport.request('system_health', []));
    assert.deepEqual(statuses, ['open', 'reconnecting', 'open']);
    assert.deepEqual(errors, []);
    await sub.unsubscribe();
    await transport.close();
  });

  it('ends an extrinsic watch with a ConnectionError when the connection drops (it cannot resume)', async () => {
    const transport = createReconnectingTransport({
      url: server.url,
      timeoutMs: 1_000,
      reconnect: { initialDelayMs: 10 },
    });
    const errors: Error[] = [];
    await transport.subscribe!(
      WATCH,
      ['0x00'],
      () => undefined,
      (e) => errors.push(e),
    );
    server.drop();
    await waitFor(() => errors.length === 1);
    assert.ok(errors[0] instanceof ConnectionError);
    await transport.close();
  });

  it('notices a connection that stopped answering (keep-alive) and opens a new one', async () => {
    const transport = createReconnectingTransport({
      url: server.url,
      timeoutMs: 60,
      keepAliveMs: 30,
      reconnect: { initialDelayMs: 10 },
    });
    await transport.request('system_health', []);
    const before = server.connections;
    server.mute = true;
    await waitFor(() => transport.status === 'reconnecting' || server.connections > before);
    server.mute = false;
    await waitFor(() => server.connections > before && transport.status === 'open');
    assert.ok(await transport.request('system_health', []));
    await transport.close();
  });

  it('leaves no socket or timer behind', async () => {
    await server.close();
    // the server's listening handle goes a moment after its close callback
    await waitFor(() => (countHandles().TCPServerWrap ?? 0) === (baseline.TCPServerWrap ?? 0)).catch(
      () => undefined,
    );
    const now = countHandles();
    for (const kind of ['TCPSocketWrap', 'TCPServerWrap', 'Timeout']) {
      assert.equal(
        now[kind] ?? 0,
        baseline[kind] ?? 0,
        `${kind}: ${JSON.stringify(now)} vs ${JSON.stringify(baseline)}`,
      );
    }
  });
});
