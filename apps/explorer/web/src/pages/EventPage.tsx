/** One event (`#/event/<block>-<index>`): its pallet and name, the extrinsic it belongs to, its fields. */
import { getBlockSummaryByNumber } from '../chain/blockSummary.js';
import { toDisplayJson } from '../chain/format.js';
import { useLive } from '../chain/useLive.js';
import { BlockLink, ExtrinsicLink } from '../components/Links.js';
import { KeyValues, Panel } from '../components/Panel.js';

export function EventPage({ id }: { id: string }) {
  const [blockText = '', indexText = ''] = id.split('-');
  const live = useLive((client) => getBlockSummaryByNumber(client, Number(blockText)), blockText, {
    follow: false,
  });
  const event = live.data?.events[Number(indexText)];
  const phase = event?.phase;
  return (
    <Panel title={`Event ${id}`} name="event" live={live}>
      {live.data !== undefined && event === undefined ? <div className="notice">No event {id}.</div> : null}
      {event === undefined ? null : (
        <KeyValues
          name="event"
          rows={{
            Block: <BlockLink number={Number(blockText)} />,
            Index: Number(indexText),
            Event: `${event.pallet}.${event.name}`,
            Phase:
              typeof phase === 'object' ? (
                <>
                  extrinsic <ExtrinsicLink block={Number(blockText)} index={phase.applyExtrinsic} />
                </>
              ) : (
                phase
              ),
            Data: <pre className="mono small">{toDisplayJson(event.data)}</pre>,
          }}
        />
      )}
    </Panel>
  );
}
