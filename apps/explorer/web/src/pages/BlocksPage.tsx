/** The latest blocks, their extrinsics and their events, newest first. */
import type { BlockSummary, ExtrinsicSummary } from '../chain/blockSummary.js';
import { getRecentBlocks } from '../chain/blockSummary.js';
import { formatDuration, shortAddress } from '../chain/format.js';
import { useLive } from '../chain/useLive.js';
import { AddressLink, BlockLink, ExtrinsicLink } from '../components/Links.js';
import { Panel } from '../components/Panel.js';
import { type Column, VirtualTable } from '../components/VirtualTable.js';

const RECENT = 30;

function age(timestamp: number | undefined): string {
  return timestamp === undefined || timestamp === 0 ? '-' : `${formatDuration(Date.now() - timestamp)} ago`;
}

const blockColumns: Column<BlockSummary>[] = [
  {
    key: 'number',
    title: 'Block',
    width: '110px',
    render: (b) => <BlockLink number={b.number} />,
    sort: (b) => b.number,
  },
  { key: 'age', title: 'Age', width: '110px', render: (b) => age(b.timestamp) },
  {
    key: 'hash',
    title: 'Hash',
    width: 'minmax(160px, 2fr)',
    render: (b) => <span className="mono">{shortAddress(b.hash, 12, 8)}</span>,
  },
  {
    key: 'extrinsics',
    title: 'Extrinsics',
    width: '90px',
    align: 'right',
    render: (b) => b.extrinsics.length,
    sort: (b) => b.extrinsics.length,
  },
  {
    key: 'events',
    title: 'Events',
    width: '80px',
    align: 'right',
    render: (b) => b.events.length,
    sort: (b) => b.events.length,
  },
];

export function BlockList({ blocks, name }: { blocks: readonly BlockSummary[]; name: string }) {
  return <VirtualTable name={name} rows={blocks} columns={blockColumns} rowKey={(b) => b.hash} />;
}

export const extrinsicColumns: Column<ExtrinsicSummary>[] = [
  {
    key: 'id',
    title: 'Extrinsic',
    width: '110px',
    render: (x) => <ExtrinsicLink block={x.block} index={x.index} />,
  },
  {
    key: 'call',
    title: 'Call',
    width: 'minmax(180px, 2fr)',
    render: (x) => `${x.pallet}.${x.call}`,
    sort: (x) => `${x.pallet}.${x.call}`,
  },
  {
    key: 'signer',
    title: 'Signer',
    render: (x) => (x.signer ? <AddressLink address={x.signer} /> : <span className="dim">inherent</span>),
  },
  {
    key: 'result',
    title: 'Result',
    width: '80px',
    render: (x) => <span className={x.success ? 'ok' : 'bad'}>{x.success ? 'success' : 'failed'}</span>,
  },
];

export function BlocksPage() {
  const live = useLive((client, best) => getRecentBlocks(client, best, RECENT), '');
  return (
    <Panel title={`Blocks (latest ${RECENT})`} name="blocks" live={live}>
      {live.data ? <BlockList blocks={live.data} name="blocks" /> : null}
    </Panel>
  );
}

export function ExtrinsicsPage() {
  const live = useLive(async (client, best) => {
    const blocks = await getRecentBlocks(client, best, RECENT);
    return blocks.flatMap((b) => [...b.extrinsics].reverse());
  }, '');
  return (
    <Panel title={`Extrinsics (latest ${RECENT} blocks)`} name="extrinsics" live={live}>
      {live.data ? (
        <VirtualTable
          name="extrinsics"
          rows={live.data}
          columns={extrinsicColumns}
          rowKey={(x) => `${x.block}-${x.index}`}
        />
      ) : null}
    </Panel>
  );
}

interface EventRow {
  readonly block: number;
  readonly index: number;
  readonly name: string;
  readonly phase: string;
  readonly data: string;
}

const eventColumns: Column<EventRow>[] = [
  {
    key: 'block',
    title: 'Block',
    width: '110px',
    render: (e) => <BlockLink number={e.block} />,
    sort: (e) => e.block,
  },
  {
    key: 'name',
    title: 'Event',
    width: 'minmax(200px, 1fr)',
    render: (e) => <a href={`#/event/${e.block}-${e.index}`}>{e.name}</a>,
    sort: (e) => e.name,
  },
  { key: 'phase', title: 'Phase', width: '140px', render: (e) => e.phase },
  {
    key: 'data',
    title: 'Data',
    width: 'minmax(200px, 3fr)',
    render: (e) => (
      <span className="mono small" title={e.data}>
        {e.data}
      </span>
    ),
  },
];

export function EventsPage() {
  const live = useLive(async (client, best) => {
    const blocks = await getRecentBlocks(client, best, RECENT);
    return blocks.flatMap((b) =>
      b.events.map((e, index) => ({
        block: b.number,
        index,
        name: `${e.pallet}.${e.name}`,
        phase: typeof e.phase === 'object' ? `extrinsic ${e.phase.applyExtrinsic}` : e.phase,
        data: JSON.stringify(e.data),
      })),
    );
  }, '');
  return (
    <Panel title={`Events (latest ${RECENT} blocks)`} name="events" live={live}>
      {live.data ? (
        <VirtualTable
          name="events"
          rows={live.data}
          columns={eventColumns}
          rowKey={(e) => `${e.block}-${e.index}`}
        />
      ) : null}
    </Panel>
  );
}
