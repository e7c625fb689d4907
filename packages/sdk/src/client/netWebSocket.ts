/**
 * A WebSocket client for `ws://` URLs on Node, straight over `node:net` (RFC 6455: the HTTP/1.1 upgrade,
 * masked client frames, fragmented and 16/64-bit-length server frames, ping/pong, the close handshake).
 * The `ws` package loads `http`, `https` and `tls` on import, ~10–30 ms of CPU in a fresh process, more
 * than the connection itself: a one-shot `tao` command connects with this class instead. It has the
 * browser's shape, as much as the JSON-RPC transport uses: `readyState`, `send(text)`, `close()`,
 * `addEventListener('open' | 'message' | 'error' | 'close')`. `wss://` goes through `ws`. Nor does it load
 * node:crypto (~2.5 ms) before the first request is written: random bytes from secureRandom.ts, the
 * handshake's SHA-1 from @noble/hashes (JavaScript).
 */
import { connect, type Socket } from 'node:net';
import { sha1 } from '@noble/hashes/legacy';
import { fillRandom } from './secureRandom.js';

const CONNECTING = 0;
const OPEN = 1;
const CLOSING = 2;
const CLOSED = 3;
const GUID = '258EAFA5-E914-47DA-95CA-C5AB0DC85B11';
const CLOSE_TIMEOUT_MS = 1_000;
const OP = { continuation: 0, text: 1, binary: 2, close: 8, ping: 9, pong: 10 } as const;

type EventType = 'open' | 'close' | 'error' | 'message';
type Listener = (event: { data?: unknown; error?: unknown }) => void;

/** A whole frame: its payload and where it ends in the buffer. */
interface Frame {
  readonly fin: boolean;
  readonly opcode: number;
  readonly payload: Buffer;
  readonly end: number;
}

/** The frame at the start of `buffer`, or the number of bytes it needs (a guess while the header is cut). */
function readFrame(buffer: Buffer): Frame | number {
  if (buffer.length < 2) return 2;
  const b0 = buffer[0] ?? 0;
  const b1 = buffer[1] ?? 0;
  let length = b1 & 0x7f;
  let offset = 2;
  if (length === 126) {
    if (buffer.length < 4) return 4;
    length = buffer.readUInt16BE(2);
    offset = 4;
  } else if (length === 127) {
    if (buffer.length < 10) return 10;
    length = Number(buffer.readBigUInt64BE(2));
    offset = 10;
  }
  const masked = (b1 & 0x80) !== 0;
  const start = offset + (masked ? 4 : 0);
  if (buffer.length < start + length) return start + length;
  const payload = buffer.subarray(start, start + length);
  if (masked) for (let i = 0; i < length; i++) payload[i]! ^= buffer[offset + (i & 3)] ?? 0;
  return { fin: (b0 & 0x80) !== 0, opcode: b0 & 0x0f, payload, end: start + length };
}

/** A masked client frame. */
function encodeFrame(opcode: number, payload: Buffer): Buffer {
  const length = payload.length;
  const extra = length < 126 ? 0 : length < 65_536 ? 2 : 8;
  const frame = Buffer.allocUnsafe(2 + extra + 4 + length);
  frame[0] = 0x80 | opcode;
  if (extra === 0) frame[1] = 0x80 | length;
  else if (extra === 2) {
    frame[1] = 0x80 | 126;
    frame.writeUInt16BE(length, 2);
  } else {
    frame[1] = 0x80 | 127;
    frame.writeBigUInt64BE(BigInt(length), 2);
  }
  const maskAt = 2 + extra;
  fillRandom(frame.subarray(maskAt, maskAt + 4));
  for (let i = 0; i < length; i++) frame[maskAt + 4 + i] = (payload[i] ?? 0) ^ (frame[maskAt + (i & 3)] ?? 0);
  return frame;
}

/** The handshake's `Sec-WebSocket-Key`: 16 random bytes in base64. */
function randomKey(): string {
  const key = Buffer.alloc(16);
  fillRandom(key);
  return key.toString('base64');
}

export class NetWebSocket {
  readyState: number = CONNECTING;
  private readonly socket: Socket;
  private readonly listeners = new Map<EventType, Listener[]>();
  private readonly key = randomKey();
  private buffer: Buffer = Buffer.alloc(0);
  /** Chunks received after `buffer`, joined once the frame they complete has all its bytes. */
  private pending: Buffer[] = [];
  private pendingLength = 0;
  private needed = 0;
  private handshakeDone = false;
  private fragments: Buffer[] = [];
  private fragmentOpcode = 0;
  private closeTimer: ReturnType<typeof setTimeout> | undefined;

  constructor(url: string) {
    const target = new URL(url);
    if (target.protocol !== 'ws:') throw new Error(`NetWebSocket speaks ws:// only, not ${target.protocol}`);
    const host = target.hostname.replace(/^\[|\]$/g, '');
    const port = Number(target.port || 80);
    this.socket = connect({ host, port });
    this.socket.setNoDelay(true);
    this.socket.once('connect', () => {
      const path = `${target.pathname || '/'}${target.search}`;
      this.socket.write(
        `GET ${path} HTTP/1.1\r\nHost: ${target.host}\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n` +
          `Sec-WebSocket-Key: ${this.key}\r\nSec-WebSocket-Version: 13\r\n\r\n`,
      );
    });
    this.socket.on('data', (chunk: Buffer) => this.onData(chunk));
    this.socket.on('error', (error) => this.emit('error', { error }));
    this.socket.once('close', () => this.onSocketClosed());
  }

  addEventListener(type: EventType, listener: Listener): void {
    const list = this.listeners.get(type);
    if (list === undefined) this.listeners.set(type, [listener]);
    else list.push(listener);
  }

  send(data: string): void {
    if (this.readyState !== OPEN) throw new Error('the WebSocket is not open');
    this.socket.write(encodeFrame(OP.text, Buffer.from(data, 'utf8')));
  }

  close(): void {
    if (this.readyState === CLOSING || this.readyState === CLOSED) return;
    if (this.readyState === CONNECTING) {
      this.readyState = CLOSING;
      this.socket.destroy();
      return;
    }
    this.readyState = CLOSING;
    this.socket.write(encodeFrame(OP.close, Buffer.from([0x03, 0xe8]))); // 1000: normal closure
    this.closeTimer = setTimeout(() => this.socket.destroy(), CLOSE_TIMEOUT_MS);
    this.closeTimer.unref();
  }

  private emit(type: EventType, event: { data?: unknown; error?: unknown }): void {
    for (const listener of this.listeners.get(type) ?? []) listener(event);
  }

  private fail(message: string): void {
    this.emit('error', { error: new Error(message) });
    this.socket.destroy();
  }

  private onSocketClosed(): void {
    clearTimeout(this.closeTimer);
    this.readyState = CLOSED;
    this.emit('close', {});
  }

  private onData(chunk: Buffer): void {
    // A large message comes in many chunks: copy them together once, not at every chunk.
    this.pending.push(chunk);
    this.pendingLength += chunk.length;
    if (this.buffer.length + this.pendingLength < this.needed) return;
    this.buffer =
      this.buffer.length === 0 && this.pending.length === 1
        ? chunk
        : Buffer.concat([this.buffer, ...this.pending]);
    this.pending = [];
    this.pendingLength = 0;
    this.needed = 0;
    if (!this.handshakeDone && !this.readHandshake()) return;
    for (;;) {
      const frame = readFrame(this.buffer);
      if (typeof frame === 'number') {
        this.needed = frame;
        return;
      }
      this.buffer = this.buffer.subarray(frame.end);
      this.onFrame(frame);
      if (this.readyState === CLOSED) return;
    }
  }

  /** Reads the server's 101 response; true once it is complete and valid. */
  private readHandshake(): boolean {
    const end = this.buffer.indexOf('\r\n\r\n');
    if (end < 0) return false;
    const head = this.buffer.subarray(0, end).toString('latin1');
    this.buffer = this.buffer.subarray(end + 4);
    const [status = '', ...lines] = head.split('\r\n');
    const accept = lines.find((line) => /^sec-websocket-accept:/i.test(line))?.replace(/^[^:]*:\s*/, '');
    const expected = Buffer.from(sha1(Buffer.from(this.key + GUID, 'latin1'))).toString('base64');
    if (!/^HTTP\/1\.1 101\b/.test(status) || accept?.trim() !== expected) {
      this.fail(`the WebSocket upgrade was refused: ${status}`);
      return false;
    }
    this.handshakeDone = true;
    this.readyState = OPEN;
    this.emit('open', {});
    return true;
  }

  private onFrame(frame: Frame): void {
    if (frame.opcode === OP.ping) {
      if (this.readyState === OPEN) this.socket.write(encodeFrame(OP.pong, frame.payload));
    } else if (frame.opcode === OP.close) {
      if (this.readyState === OPEN) this.socket.write(encodeFrame(OP.close, frame.payload.subarray(0, 2)));
      this.readyState = CLOSING;
      this.socket.end();
    } else if (frame.opcode !== OP.pong) {
      this.onDataFrame(frame);
    }
  }

  private onDataFrame(frame: Frame): void {
    if (frame.opcode !== OP.continuation) this.fragmentOpcode = frame.opcode;
    if (!frame.fin) {
      this.fragments.push(Buffer.from(frame.payload));
      return;
    }
    const payload =
      this.fragments.length === 0 ? frame.payload : Buffer.concat([...this.fragments, frame.payload]);
    this.fragments = [];
    const data = this.fragmentOpcode === OP.text ? payload.toString('utf8') : Buffer.from(payload);
    this.emit('message', { data });
  }
}
