/** The node's state, always visible: connected (with the best block), connecting, or unreachable. */
import { useEffect, useState } from 'react';
import { useChain } from '../chain/chainContext.js';

const STALE_MS = 30_000;

export function ConnectionBanner() {
  const { status, url, best, error } = useChain();
  const [now, setNow] = useState(Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 1_000);
    return () => clearInterval(timer);
  }, []);
  const stale = best !== undefined && now - best.seenAt > STALE_MS;
  const state =
    status !== 'open' ? (best === undefined ? 'connecting' : 'reconnecting') : stale ? 'stalled' : 'live';
  const text = {
    live: 'live',
    connecting: `connecting to ${url}…`,
    reconnecting: `node unreachable, reconnecting to ${url}…`,
    stalled: `no new block for ${Math.round((now - (best?.seenAt ?? now)) / 1000)} s`,
  }[state];
  return (
    <div className={`connection ${state}`} data-connection={state} role="status" title={error ?? url}>
      <span className="dot" /> {text}
      {best !== undefined && state === 'live' ? (
        <span className="dim"> · #{best.number.toLocaleString('en-US')}</span>
      ) : null}
    </div>
  );
}
