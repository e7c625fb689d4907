/** The node the app talks to: `?rpc=` in the page URL, else the server's /config.json, else port 9944 here. */
export async function resolveRpcUrl(location: Location, fetcher: typeof fetch = fetch): Promise<string> {
  const fromQuery = new URLSearchParams(location.search).get('rpc');
  if (fromQuery !== null && /^wss?:\/\//.test(fromQuery)) return fromQuery;
  try {
    const response = await fetcher('config.json', { cache: 'no-store' });
    if (response.ok) {
      const config = (await response.json()) as { rpc?: unknown };
      if (typeof config.rpc === 'string' && config.rpc !== '') return config.rpc;
    }
  } catch {
    // no server config: fall through
  }
  return `ws://${location.hostname || '127.0.0.1'}:9944`;
}
