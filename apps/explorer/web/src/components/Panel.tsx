/** A titled section of a page, with the state of its data: loading, stale after an error, or empty. */
import type { ReactNode } from 'react';
import { useChain } from '../chain/chainContext.js';
import type { Live } from '../chain/useLive.js';

export interface PanelProps {
  readonly title: ReactNode;
  readonly name: string;
  // biome-ignore lint/suspicious/noExplicitAny: any live data
  readonly live?: Live<any>;
  readonly actions?: ReactNode;
  readonly children?: ReactNode;
}

export function Panel({ title, name, live, actions, children }: PanelProps) {
  const { status, url } = useChain();
  const loading = live !== undefined && live.data === undefined && live.error === undefined;
  const state = loading ? 'loading' : live?.data === undefined && live?.error ? 'error' : 'ready';
  return (
    <section className="panel" data-panel={name} data-state={state}>
      <header>
        <h2>{title}</h2>
        {live?.block !== undefined ? <span className="dim small">at #{live.block}</span> : null}
        {actions}
      </header>
      {live?.slow === true ? (
        <div className="notice warn" role="status" data-slow="true">
          The node is slow to answer
          {live.data === undefined ? '' : ': showing the last data while it refreshes'}…
        </div>
      ) : null}
      {live?.error !== undefined ? (
        <div className="notice warn" role="status">
          {live.data === undefined ? 'Could not load: ' : 'Showing the last data; refresh failed: '}
          {live.error}
        </div>
      ) : null}
      {loading ? (
        <div className="skeleton">{status === 'open' ? 'loading…' : `waiting for the node at ${url}…`}</div>
      ) : (
        children
      )}
    </section>
  );
}

export function Stat({
  label,
  value,
  sub,
  name,
}: {
  label: string;
  value: ReactNode;
  sub?: ReactNode;
  name: string;
}) {
  return (
    <div className="stat" data-stat={name}>
      <div className="stat-label">{label}</div>
      <div className="stat-value">{value}</div>
      {sub === undefined ? null : <div className="stat-sub">{sub}</div>}
    </div>
  );
}

/** Labelled values, in the object's insertion order. */
export function KeyValues({ rows, name }: { rows: Readonly<Record<string, ReactNode>>; name: string }) {
  return (
    <dl className="kv" data-kv={name}>
      {/* deterministic: insertion order is the display order */}
      {Object.entries(rows).map(([k, v]) => (
        <div key={k}>
          <dt>{k}</dt>
          <dd>{v}</dd>
        </div>
      ))}
    </dl>
  );
}
