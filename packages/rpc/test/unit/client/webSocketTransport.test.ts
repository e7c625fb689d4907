import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { isTaonetError } from '@taonet/primitives';
import { FakeWebSocket as FakeSocket } from '@taonet/testing/fakeWebSocket';
import { createWebSocketTransport } from '../../../src/index.js';

function connect() {
  const transport = createWebSocketTransport('ws://fake', { WebSocket: FakeSocket, timeoutMs: 1_000 });
  const socket = FakeSocket.last;
  assert.ok(socket !== undefined);
  return { transport, socket };
}

const timers = () => process.getActiveResourcesInfo().filter((kind) => kind === 'Timeout').length;

describe('createWebSocketTransport', () => {
  it('whenOpen() resolves once the socket opens, with the requests made before already written', async () => {
    const before = timers();
    const { transport, socket } = connect();
    const health = transport.request('system_health', []);
    const writtenAtOpen = transport.whenOpen!().then(() => socket.sent.map((m) => m.method));
    await new Promise((resolve) => setImmediate(resolve));
    assert.equal(socket.sent.length, 0); // nothing can be written before the socket opens
    socket.open();
    assert.deepEqual(await writtenAtOpen, ['system_health']);
    // once open, a request is written in the call itself
    const chain = transport.request('system_chain', []);
    assert.deepEqual(
      socket.sent.map((m) => m.method),
      ['system_health', 'system_chain'],
    );
    await transport.whenOpen!(); // resolved from now on
    socket.answer(1, 'ok');
    socket.answer(2, 'dev');
    assert.equal(await health, 'ok');
    assert.equal(await chain, 'dev');
    await transport.close();
    assert.equal(timers(), before); // the answered requests' timers are cleared
  });

  it('whenOpen() rejects, with the requests waiting, when the socket cannot connect', async () => {
    const before = timers();
    const { transport, socket } = connect();
    const waiting = transport.request('system_health', []);
    const opening = transport.whenOpen!();
    socket.fail();
    await assert.rejects(opening, (error) => isTaonetError(error, 'RPC_TRANSPORT'));
    await assert.rejects(waiting, (error) => isTaonetError(error, 'RPC_TRANSPORT'));
    await assert.rejects(transport.whenOpen!(), (error) => isTaonetError(error, 'RPC_TRANSPORT'));
    assert.equal(socket.sent.length, 0);
    assert.equal(timers(), before);
  });

  it('whenOpen() rejects when the socket closes before it opens (no error event)', async () => {
    const { transport, socket } = connect();
    const opening = transport.whenOpen!();
    const waiting = transport.request('system_health', []);
    socket.drop();
    await assert.rejects(
      opening,
      (error) =>
        isTaonetError(error, 'RPC_TRANSPORT_CLOSED') && /closed before it opened/.test(String(error)),
    );
    await assert.rejects(waiting, (error) => isTaonetError(error, 'RPC_TRANSPORT_CLOSED'));
  });
});
