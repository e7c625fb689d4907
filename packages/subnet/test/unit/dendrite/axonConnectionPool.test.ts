import assert from 'node:assert/strict';
import net from 'node:net';
import { after, describe, it } from 'node:test';
import { AxonConnectionPool } from '../../../src/dendrite/axonConnectionPool.js';
import { TransportError } from '../../../src/dendrite/httpExchange.js';

/** A raw TCP server: `onRequest(socket, index)` runs for each request head it receives. */
async function startServer(onRequest: (socket: net.Socket, index: number) => void) {
  let requests = 0;
  let connections = 0;
  const sockets = new Set<net.Socket>();
  const server = net.createServer((socket) => {
    connections++;
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
    let seen = '';
    socket.on('data', (chunk) => {
      seen += chunk.toString('latin1');
      while (seen.includes('\r\n\r\n')) {
        seen = seen.slice(seen.indexOf('\r\n\r\n') + 4);
        onRequest(socket, requests++);
      }
    });
    socket.on('error', () => undefined);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    port: (server.address() as net.AddressInfo).port,
    connections: () => connections,
    close: () => {
      for (const socket of sockets) socket.destroy();
      return new Promise((resolve) => server.close(resolve));
    },
  };
}

const OK = 'HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nok';

const pool = new AxonConnectionPool(2);
after(() => pool.close());

function request(port: number, timeoutMs = 2_000) {
  return pool.request({
    host: '127.0.0.1',
    port,
    head: 'POST /Echo HTTP/1.1\r\nHost: x\r\nContent-Length: 2\r\n\r\n',
    body: '{}',
    maxResponseBytes: 1024,
    timeoutMs,
  });
}

async function failure(promise: Promise<unknown>): Promise<TransportError> {
  try {
    await promise;
  } catch (error) {
    assert.ok(error instanceof TransportError);
    return error;
  }
  assert.fail('expected a TransportError');
}

describe('AxonConnectionPool', () => {
  it('reuses keep-alive connections and caps them per axon', async () => {
    const server = await startServer((socket) => setTimeout(() => socket.write(OK), 20));
    const replies = await Promise.all(Array.from({ length: 6 }, () => request(server.port)));
    assert.deepEqual(
      replies.map((r) => r.body.toString()),
      Array(6).fill('ok'),
    );
    assert.equal(server.connections(), 2);
    await request(server.port);
    assert.equal(server.connections(), 2);
    await server.close();
  });

  it('retries once on a fresh connection when the reused one was closed by the axon', async () => {
    const server = await startServer((socket, index) => {
      if (index === 1) socket.destroy();
      else socket.write(OK);
    });
    await request(server.port);
    const second = await request(server.port);
    assert.equal(second.body.toString(), 'ok');
    assert.equal(server.connections(), 2);
    await server.close();
  });

  it('opens a new connection when the axon closes after replying', async () => {
    const server = await startServer((socket) => socket.end(OK));
    await request(server.port);
    await request(server.port);
    assert.equal(server.connections(), 2);
    await server.close();
  });

  it('classifies failures: unreachable, timeout, cut mid-body, too large', async () => {
    assert.equal((await failure(request(1))).kind, 'unreachable');
    const silent = await startServer(() => undefined);
    assert.equal((await failure(request(silent.port, 100))).kind, 'timeout');
    await silent.close();
    const cut = await startServer((socket) => socket.end('HTTP/1.1 200 OK\r\nContent-Length: 9\r\n\r\nok'));
    assert.equal((await failure(request(cut.port))).kind, 'payload');
    await cut.close();
    const huge = await startServer((socket) =>
      socket.write('HTTP/1.1 200 OK\r\nContent-Length: 5000\r\n\r\n'),
    );
    assert.equal((await failure(request(huge.port))).kind, 'tooLarge');
    await huge.close();
    const hangUp = await startServer((socket) => socket.destroy());
    assert.equal((await failure(request(hangUp.port))).kind, 'disconnected');
    await hangUp.close();
  });

  it('cancels on the caller signal', async () => {
    const silent = await startServer(() => undefined);
    const controller = new AbortController();
    const pending = pool.request({
      host: '127.0.0.1',
      port: silent.port,
      head: 'POST / HTTP/1.1\r\n\r\n',
      body: '',
      maxResponseBytes: 10,
      timeoutMs: 5_000,
      signal: controller.signal,
    });
    controller.abort();
    assert.equal((await failure(pending)).kind, 'aborted');
    await silent.close();
  });
});
