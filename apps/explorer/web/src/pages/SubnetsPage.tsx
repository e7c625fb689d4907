/** Every subnet: price, moving price, emission share, reserves, volume, registration cost, uids used. */
import { formatPercent, formatPrice, formatTao, shortAddress } from '../chain/format.js';
import { loadSubnets, type SubnetRow } from '../chain/loadSubnets.js';
import { useLive } from '../chain/useLive.js';
import { SubnetLink } from '../components/Links.js';
import { Panel } from '../components/Panel.js';
import { type Column, VirtualTable } from '../components/VirtualTable.js';

const columns: Column<SubnetRow>[] = [
  {
    key: 'netuid',
    title: 'Netuid',
    width: '70px',
    render: (s) => <SubnetLink netuid={s.netuid} />,
    sort: (s) => s.netuid,
  },
  {
    key: 'name',
    title: 'Name',
    width: 'minmax(110px, 1.4fr)',
    render: (s) => s.name || '-',
    sort: (s) => s.name,
  },
  { key: 'symbol', title: 'Sym', width: '48px', render: (s) => s.symbol },
  {
    key: 'owner',
    title: 'Owner',
    width: '120px',
    render: (s) =>
      s.owner ? (
        <a className="mono" href={`#/account/${s.owner}`}>
          {shortAddress(s.owner)}
        </a>
      ) : (
        '-'
      ),
  },
  {
    key: 'price',
    title: 'Price (τ)',
    align: 'right',
    render: (s) => formatTao(s.price, 6),
    sort: (s) => s.price,
  },
  {
    key: 'moving',
    title: 'Moving price',
    align: 'right',
    render: (s) => formatPrice(s.movingPrice),
    sort: (s) => s.movingPrice,
  },
  {
    key: 'share',
    title: 'Emission',
    align: 'right',
    hint: 'share of the block emission, by moving price',
    render: (s) => formatPercent(s.emissionShare),
    sort: (s) => s.emissionShare,
  },
  {
    key: 'taoIn',
    title: 'TAO pool',
    align: 'right',
    render: (s) => formatTao(s.taoIn, 2),
    sort: (s) => s.taoIn,
  },
  {
    key: 'alphaIn',
    title: 'Alpha pool',
    align: 'right',
    render: (s) => formatTao(s.alphaIn, 2),
    sort: (s) => s.alphaIn,
  },
  {
    key: 'volume',
    title: 'Volume (τ)',
    align: 'right',
    render: (s) => formatTao(s.volume, 2),
    sort: (s) => s.volume,
  },
  {
    key: 'burn',
    title: 'Reg. cost (τ)',
    align: 'right',
    render: (s) => formatTao(s.burn, 4),
    sort: (s) => s.burn,
  },
  {
    key: 'uids',
    title: 'UIDs',
    width: '84px',
    align: 'right',
    render: (s) => `${s.n}/${s.maxN}`,
    sort: (s) => s.n,
  },
];

export function SubnetsPage() {
  const live = useLive(loadSubnets, '');
  return (
    <Panel title={`Subnets${live.data ? ` (${live.data.length})` : ''}`} name="subnets" live={live}>
      {live.data ? (
        <VirtualTable
          name="subnets"
          rows={live.data}
          columns={columns}
          rowKey={(s) => s.netuid}
          maxHeight={28 * 24}
          initialSort={{ key: 'netuid' }}
        />
      ) : null}
    </Panel>
  );
}
