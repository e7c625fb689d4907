/** The WebSocket class a client uses: the one given, the platform's (browsers, Node 22+), or the `ws` package's. */
import type { WebSocketConstructor } from '@taonet/rpc';

export async function getWebSocketConstructor(given?: WebSocketConstructor): Promise<WebSocketConstructor> {
  if (given !== undefined) return given;
  const native = (globalThis as { WebSocket?: WebSocketConstructor }).WebSocket;
  if (native !== undefined) return native;
  const ws = await import('ws');
  return ws.WebSocket as unknown as WebSocketConstructor;
}
