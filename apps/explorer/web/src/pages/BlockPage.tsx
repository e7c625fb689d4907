/** One block: header, extrinsics and events; and one extrinsic with its arguments and events. */
import type { BlockHash } from '@taonet/sdk';
import { getBlockSummary, getBlockSummaryByNumber } from '../chain/blockSummary.js';
import { formatTao, toDisplayJson } from '../chain/format.js';
import { useLive } from '../chain/useLive.js';
import { AddressLink, BlockLink } from '../components/Links.js';
import { KeyValues, Panel } from '../components/Panel.js';
import { VirtualTable } from '../components/VirtualTable.js';
import { extrinsicColumns } from './BlocksPage.js';

function loadBlock(id: string) {
  return (client: Parameters<typeof getBlockSummary>[0]) =>
    /^0x[0-9a-fA-F]{64}$/.test(id)
      ? getBlockSummary(client, id as BlockHash)
      : getBlockSummaryByNumber(client, Number(id));
}

export function BlockPage({ id }: { id: string }) {
  const live = useLive(loadBlock(id), id, { follow: false });
  const b = live.data;
  return (
    <>
      <Panel title={`Block ${b ? `#${b.number}` : id}`} name="block" live={live}>
        {b === undefined ? null : (
          <KeyValues
            name="block"
            rows={{
              Number: b.number,
              Hash: <span className="mono">{b.hash}</span>,
              Parent:
                b.number > 0 ? (
                  <a href={`#/block/${b.parentHash}`} className="mono">
                    {b.parentHash}
                  </a>
                ) : (
                  b.parentHash
                ),
              'State root': <span className="mono">{b.stateRoot}</span>,
              'Extrinsics root': <span className="mono">{b.extrinsicsRoot}</span>,
              Time: b.timestamp ? new Date(b.timestamp).toISOString() : '-',
              Extrinsics: b.extrinsics.length,
              Events: b.events.length,
            }}
          />
        )}
      </Panel>
      {b === undefined ? null : (
        <Panel title="Extrinsics" name="block-extrinsics">
          <VirtualTable
            name="block-extrinsics"
            rows={b.extrinsics}
            columns={extrinsicColumns}
            rowKey={(x) => x.index}
          />
        </Panel>
      )}
      {b === undefined ? null : (
        <Panel title="Events" name="block-events">
          <EventList block={b.number} events={b.events} />
        </Panel>
      )}
    </>
  );
}

function EventList({
  block,
  events,
}: {
  /** the block whose whole event list this is: rows link to the events */
  block?: number;
  events: readonly { pallet: string; name: string; data: unknown; phase: unknown }[];
}) {
  return (
    <table className="table" data-table="events-of">
      <thead>
        <tr>
          <th>#</th>
          <th>Event</th>
          <th>Phase</th>
          <th>Data</th>
        </tr>
      </thead>
      <tbody>
        {events.map((e, i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: a block's events never reorder; the index is their id
          <tr key={i}>
            <td>{i}</td>
            <td>
              {block === undefined ? (
                `${e.pallet}.${e.name}`
              ) : (
                <a href={`#/event/${block}-${i}`}>{`${e.pallet}.${e.name}`}</a>
              )}
            </td>
            <td>
              {typeof e.phase === 'object' && e.phase !== null
                ? `extrinsic ${(e.phase as { applyExtrinsic: number }).applyExtrinsic}`
                : String(e.phase)}
            </td>
            <td className="mono small wrap">{JSON.stringify(e.data)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function ExtrinsicPage({ id }: { id: string }) {
  const [blockText = '', indexText = ''] = id.split('-');
  const live = useLive((client) => getBlockSummaryByNumber(client, Number(blockText)), blockText, {
    follow: false,
  });
  const x = live.data?.extrinsics[Number(indexText)];
  const fee = x?.events.find((e) => e.name === 'TransactionFeePaid')?.data as
    | { actualFee?: string }
    | undefined;
  return (
    <>
      <Panel title={`Extrinsic ${id}`} name="extrinsic" live={live}>
        {live.data !== undefined && x === undefined ? <div className="notice">No extrinsic {id}.</div> : null}
        {x === undefined ? null : (
          <KeyValues
            name="extrinsic"
            rows={{
              Block: <BlockLink number={x.block} />,
              Index: x.index,
              Call: `${x.pallet}.${x.call}`,
              Signer: x.signer ? <AddressLink address={x.signer} full /> : 'none (inherent)',
              Nonce: x.nonce ?? '-',
              Tip: x.tip === undefined ? '-' : `${formatTao(x.tip, 9)} τ`,
              Fee: fee?.actualFee ? `${formatTao(BigInt(fee.actualFee), 9)} τ` : '-',
              Result: <span className={x.success ? 'ok' : 'bad'}>{x.success ? 'success' : 'failed'}</span>,
              Length: `${x.length} bytes`,
              Arguments: (
                <pre className="mono small">{x.args === undefined ? x.argsHex : toDisplayJson(x.args)}</pre>
              ),
            }}
          />
        )}
      </Panel>
      {x === undefined ? null : (
        <Panel title="Events" name="extrinsic-events">
          <EventList events={x.events} />
        </Panel>
      )}
    </>
  );
}
