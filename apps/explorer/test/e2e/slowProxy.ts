/**
 * A TCP proxy in front of a node that can hold back what the node sends (`delayMs`), in order, to play a
 * slow node: requests pass at once, every chunk of the answers is released `delayMs` after it arrived.
 */
import { connect, createServer, type Socket } from 'node:net';

export interface SlowProxy {
  /** ws://127.0.0.1:<port> */
  readonly url: string;
  delayMs: number;
  close(): Promise<void>;
}

function relay(client: Socket, upstream: Socket, proxy: { delayMs: number }): void {
  const queue: { at: number; chunk: Buffer }[] = [];
  let timer: ReturnType<typeof setTimeout> | undefined;
  const drain = () => {
    timer = undefined;
    const now = Date.now();
    while (queue.length > 0 && queue[0]!.at <= now) client.write(queue.shift()!.chunk);
    if (queue.length > 0) timer = setTimeout(drain, queue[0]!.at - now);
  };
  upstream.on('data', (chunk: Buffer) => {
    queue.push({ at: Math.max(Date.now() + proxy.delayMs, queue.at(-1)?.at ?? 0), chunk });
    if (timer === undefined) drain();
  });
  client.pipe(upstream);
  const close = () => {
    clearTimeout(timer);
    client.destroy();
    upstream.destroy();
  };
  client.on('close', close).on('error', close);
  upstream.on('close', close).on('error', close);
}

export async function createSlowProxy(nodeUrl: string): Promise<SlowProxy> {
  const target = new URL(nodeUrl);
  const sockets = new Set<Socket>();
  const proxy = { delayMs: 0 };
  const server = createServer((client) => {
    const upstream = connect(Number(target.port), target.hostname);
    for (const s of [client, upstream]) {
      sockets.add(s);
      s.on('close', () => sockets.delete(s));
    }
    relay(client, upstream, proxy);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  return {
    url: `ws://127.0.0.1:${port}`,
    get delayMs() {
      return proxy.delayMs;
    },
    set delayMs(value: number) {
      proxy.delayMs = value;
    },
    close: () =>
      new Promise<void>((resolve) => {
        for (const s of sockets) s.destroy();
        server.close(() => resolve());
      }),
  };
}
