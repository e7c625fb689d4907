import assert from 'node:assert/strict';
import type { AddressInfo } from 'node:net';
import { after, before, describe, it } from 'node:test';
import { WebSocketServer } from 'ws';
import { NetWebSocket } from '../../../src/client/netWebSocket.js';

type Event = { data?: unknown; error?: unknown };

function open(url: string): Promise<{ ws: NetWebSocket; messages: unknown[]; closed: Promise<void> }> {
  const ws = new NetWebSocket(url);
  const messages: unknown[] = [];
  ws.addEventListener('message', (event: Event) => messages.push(event.data));
  const closed = new Promise<void>((resolve) => ws.addEventListener('close', () => resolve()));
  return new Promise((resolve, reject) => {
    ws.addEventListener('open', () => resolve({ ws, messages, closed }));
    ws.addEventListener('error', (event: Event) => reject(event.error));
  });
}

const until = async (check: () => boolean) => {
  for (let i = 0; i < 400 && !check(); i++) await new Promise((resolve) => setTimeout(resolve, 5));
  assert.ok(check(), 'condition not met in time');
};

describe('NetWebSocket', () => {
  let server: WebSocketServer;
  let url: string;

  before(async () => {
    server = new WebSocketServer({ port: 0, host: '127.0.0.1' });
    await new Promise((resolve) => server.once('listening', resolve));
    url = `ws://127.0.0.1:${(server.address() as AddressInfo).port}/`;
    server.on('connection', (socket) => {
      socket.on('message', (data, isBinary) => {
        const text = data.toString();
        if (text === 'big') socket.send('x'.repeat(200_000));
        else if (text === 'huge') socket.send(Buffer.alloc(3_000_000, 'h').toString());
        else if (text === 'trickle') {
          // one frame (126-length header) cut into single bytes, then a short frame, in separate writes
          const raw = (socket as unknown as { _socket: import('node:net').Socket })._socket;
          const frame = Buffer.concat([Buffer.from([0x81, 126, 0x01, 0x2c]), Buffer.alloc(300, 't')]);
          for (let i = 0; i < frame.length; i += 97) raw.write(frame.subarray(i, i + 97));
          raw.write(Buffer.from([0x81, 0x01, 0x21]));
        } else if (text === 'fragmented') {
          socket.send('ab', { fin: false });
          socket.send('cd', { fin: false });
          socket.send('é', { fin: true });
        } else if (text === 'ping') socket.ping('hello');
        else if (text === 'bye') socket.close(1000);
        else socket.send(isBinary ? data : `echo ${text}`);
      });
    });
  });
  after(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it('sends and receives text: short, 16-bit and 64-bit lengths, fragmented', async () => {
    const { ws, messages, closed } = await open(url);
    assert.equal(ws.readyState, 1);
    ws.send('hi');
    ws.send('y'.repeat(300));
    ws.send('z'.repeat(70_000));
    ws.send('big');
    ws.send('fragmented');
    ws.send('huge');
    ws.send('trickle');
    await until(() => messages.length === 8);
    assert.equal(messages[5], 'h'.repeat(3_000_000));
    assert.deepEqual(messages.slice(6), ['t'.repeat(300), '!']);
    assert.deepEqual(messages.slice(0, 2), ['echo hi', `echo ${'y'.repeat(300)}`]);
    assert.equal(messages[2], `echo ${'z'.repeat(70_000)}`);
    assert.equal(messages[3], 'x'.repeat(200_000));
    assert.equal(messages[4], 'abcdé');
    ws.close();
    await closed;
    assert.equal(ws.readyState, 3);
  });

  it('answers pings and follows a close from the server', async () => {
    const { ws, closed } = await open(url);
    const pong = new Promise<string>((resolve) =>
      [...server.clients].at(-1)?.once('pong', (data) => resolve(data.toString())),
    );
    ws.send('ping');
    assert.equal(await pong, 'hello');
    ws.send('bye');
    await closed;
    assert.equal(ws.readyState, 3);
  });

  it('reports a refused connection as an error, then a close', async () => {
    const port = (server.address() as AddressInfo).port;
    const probe = new WebSocketServer({ port: 0, host: '127.0.0.1' });
    await new Promise((resolve) => probe.once('listening', resolve));
    const free = (probe.address() as AddressInfo).port;
    await new Promise<void>((resolve) => probe.close(() => resolve()));
    assert.notEqual(free, port);
    const ws = new NetWebSocket(`ws://127.0.0.1:${free}`);
    const events: string[] = [];
    ws.addEventListener('error', () => events.push('error'));
    await new Promise<void>((resolve) => ws.addEventListener('close', () => resolve()));
    assert.deepEqual(events, ['error']);
    assert.equal(ws.readyState, 3);
    assert.throws(() => new NetWebSocket('wss://example.invalid'), /ws:\/\/ only/);
  });
});
