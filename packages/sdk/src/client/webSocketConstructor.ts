/**
 * The WebSocket class a client uses: the one given, the platform's (browsers, Node 22+), or on Node 20
 * `NetWebSocket` for `ws://` URLs (straight over node:net; loading the `ws` package costs more than
 * connecting) and the `ws` package's for `wss://` (and on Windows before Node 20.16).
 */
import type { WebSocketConstructor } from '@taonet/rpc';

export async function getWebSocketConstructor(
  given?: WebSocketConstructor,
  url?: string,
): Promise<WebSocketConstructor> {
  if (given !== undefined) return given;
  const native = (globalThis as { WebSocket?: WebSocketConstructor }).WebSocket;
  if (native !== undefined) return native;
  // NetWebSocket's random bytes come from /dev/urandom, or node:crypto through `process.getBuiltinModule`
  // (Node >= 20.16): Windows on an older Node 20 has neither
  const canMask = process.platform !== 'win32' || typeof process.getBuiltinModule === 'function';
  if (url?.startsWith('ws://') === true && canMask) {
    const { NetWebSocket } = await import('./netWebSocket.js');
    return NetWebSocket;
  }
  const ws = await import('ws');
  return ws.WebSocket as unknown as WebSocketConstructor;
}
