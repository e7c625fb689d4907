/** One subnet: its pool and hyperparameters, price and emission charts, the metagraph and its heatmap. */
import { getBlockHash, getSubnetInfo, type Metagraph, type SubnetInfo, syncMetagraph } from '@taonet/sdk';
import { useMemo, useRef, useState } from 'react';
import { formatPrice, formatTao, fromI96F32Bits } from '../chain/format.js';
import { extendHistory, type HistoryPoint } from '../chain/subnetHistory.js';
import { useInView } from '../chain/useInView.js';
import { useLive } from '../chain/useLive.js';
import { Heatmap } from '../components/Heatmap.js';
import { LineChart } from '../components/LineChart.js';
import { AddressLink } from '../components/Links.js';
import { KeyValues, Panel } from '../components/Panel.js';
import { MetagraphTable } from './MetagraphTable.js';

function SubnetSummary({ mg, subnet }: { mg: Metagraph; subnet: SubnetInfo | undefined }) {
  const info = mg.info;
  return (
    <KeyValues
      name="subnet"
      rows={{
        Name: `${info.identity?.subnetName || info.name || '-'} (${info.symbol})`,
        Owner: <AddressLink address={info.owner} full />,
        Price: `${formatTao(info.price, 9)} τ`,
        'Moving price': `${formatPrice(fromI96F32Bits(info.movingPriceBits))} τ`,
        'TAO pool': `${formatTao(info.taoIn)} τ`,
        'Alpha pool': `${formatTao(info.alphaIn)} ${info.symbol}`,
        'Alpha outstanding': `${formatTao(info.alphaOut)} ${info.symbol}`,
        Volume: `${formatTao(info.subnetVolume)} τ`,
        Tempo: `${info.tempo} blocks (last step ${info.blocksSinceLastStep} blocks ago)`,
        UIDs: `${mg.n} of ${subnet?.maxAllowedUids ?? '?'} (${mg.hyperparameters.maxValidators} validator permits)`,
        'Registration cost': subnet === undefined ? '-' : `${formatTao(subnet.burn)} τ`,
        'Registered at': `block ${info.networkRegisteredAt}`,
      }}
    />
  );
}

function Hyperparameters({ mg }: { mg: Metagraph }) {
  const rows = Object.fromEntries(
    // deterministic: the SDK's field order
    Object.entries(mg.hyperparameters).map(([key, value]) => [key, String(value)]),
  );
  return <KeyValues name="hyperparameters" rows={rows} />;
}

function useHistory(netuid: number, enabled: boolean) {
  const history = useRef<HistoryPoint[]>([]);
  const live = useLive(
    async (client, best, isCurrent) => {
      history.current = await extendHistory(client, netuid, history.current, best, isCurrent);
      return history.current;
    },
    String(netuid),
    { enabled },
  );
  const series = useMemo(() => {
    const points = live.data ?? [];
    const blocks = points.map((p) => p.block);
    return {
      price: [blocks, points.map((p) => p.price)] as const,
      emission: [blocks, points.map((p) => p.emission)] as const,
    };
  }, [live.data]);
  return { live, series };
}

/** The matrices are read (256 rows of weights or bonds) only once the panel is scrolled into view. */
function HeatmapPanel({ mg }: { mg: Metagraph | undefined }) {
  const [kind, setKind] = useState<'weights' | 'bonds'>('weights');
  const host = useRef<HTMLDivElement>(null);
  const visible = useInView(host);
  const live = useLive(
    async () => (mg === undefined ? undefined : kind === 'weights' ? mg.getWeights() : mg.getBonds()),
    `${mg === undefined}/${mg?.netuid}/${kind}`,
    { everyBlocks: 10, enabled: visible },
  );
  const actions = (
    <span className="tabs">
      {(['weights', 'bonds'] as const).map((k) => (
        <button key={k} type="button" className={k === kind ? 'active' : ''} onClick={() => setKind(k)}>
          {k}
        </button>
      ))}
    </span>
  );
  return (
    <div ref={host}>
      <Panel title="Weights and bonds" name="heatmap" live={live} actions={actions}>
        {live.data ? <Heatmap name={kind} matrix={live.data} /> : null}
        <p className="dim small">
          Rows: the uid that sets weights or holds bonds; columns: the uid they point at.
        </p>
      </Panel>
    </div>
  );
}

export function SubnetPage({ netuid }: { netuid: number }) {
  const live = useLive(async (client, best) => {
    const at = await getBlockHash(client, { number: best });
    const [mg, subnet] = await Promise.all([
      syncMetagraph(client, { netuid, block: at }),
      getSubnetInfo(client, { netuid, at }),
    ]);
    return { mg, subnet };
  }, String(netuid));
  const mg = live.data?.mg;
  // the charts read many past blocks: they start once the metagraph is in
  const { live: history, series } = useHistory(netuid, mg !== undefined);
  return (
    <>
      <div className="columns">
        <Panel title={`Subnet ${netuid}`} name="subnet" live={live}>
          {mg ? <SubnetSummary mg={mg} subnet={live.data?.subnet} /> : null}
        </Panel>
        <Panel title="Hyperparameters" name="hyperparameters" live={live}>
          {mg ? <Hyperparameters mg={mg} /> : null}
        </Panel>
      </div>
      <div className="columns">
        <Panel title="Price" name="price-chart" live={history}>
          <LineChart name="price" title="Price" unit="τ per alpha" data={series.price} />
        </Panel>
        <Panel title="Emission" name="emission-chart" live={history}>
          <LineChart
            name="emission"
            title="Emission"
            unit="τ per block"
            data={series.emission}
            color="#f6ad55"
          />
        </Panel>
      </div>
      <Panel title={`Metagraph${mg ? ` (${mg.n} uids)` : ''}`} name="metagraph" live={live}>
        {mg ? <MetagraphTable mg={mg} /> : null}
      </Panel>
      <HeatmapPanel mg={mg} />
    </>
  );
}
