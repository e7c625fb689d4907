/** Validators and delegates: take, nominators, total stake, dividends. */
import { formatPercent, formatTao, formatU16 } from '../chain/format.js';
import { loadValidators, type ValidatorRow } from '../chain/loadValidators.js';
import { useLive } from '../chain/useLive.js';
import { AddressLink, SubnetLink } from '../components/Links.js';
import { Panel } from '../components/Panel.js';
import { type Column, VirtualTable } from '../components/VirtualTable.js';

const columns: Column<ValidatorRow>[] = [
  { key: 'hotkey', title: 'Hotkey', render: (v) => <AddressLink address={v.hotkey} /> },
  { key: 'owner', title: 'Owner', render: (v) => <AddressLink address={v.owner} /> },
  {
    key: 'take',
    title: 'Take',
    width: '80px',
    align: 'right',
    render: (v) => formatPercent(v.take),
    sort: (v) => v.take,
  },
  {
    key: 'nominators',
    title: 'Nominators',
    width: '100px',
    align: 'right',
    render: (v) => v.nominators,
    sort: (v) => v.nominators,
  },
  {
    key: 'stake',
    title: 'Total stake (τ)',
    align: 'right',
    render: (v) => formatTao(v.totalStake, 2),
    sort: (v) => v.totalStake,
  },
  {
    key: 'root',
    title: 'Root stake (τ)',
    align: 'right',
    render: (v) => formatTao(v.rootStake, 2),
    sort: (v) => v.rootStake,
  },
  {
    key: 'dividends',
    title: 'Dividends',
    width: '90px',
    align: 'right',
    render: (v) => formatU16(v.dividends),
    sort: (v) => v.dividends,
  },
  {
    key: 'subnets',
    title: 'Subnets',
    width: 'minmax(100px, 1fr)',
    render: (v) => (
      <span className="list">
        {v.netuids.map((n) => (
          <SubnetLink key={n} netuid={n} />
        ))}
      </span>
    ),
    sort: (v) => v.netuids.length,
  },
  {
    key: 'permits',
    title: 'Permits',
    width: '70px',
    align: 'right',
    render: (v) => v.permits,
    sort: (v) => v.permits,
  },
];

export function ValidatorsPage() {
  const live = useLive(loadValidators, '', { everyBlocks: 5 });
  return (
    <Panel
      title={`Validators and delegates${live.data ? ` (${live.data.length})` : ''}`}
      name="validators"
      live={live}
    >
      {live.data ? (
        <VirtualTable
          name="validators"
          rows={live.data}
          columns={columns}
          rowKey={(v) => v.hotkey}
          initialSort={{ key: 'stake', descending: true }}
          empty="no delegates"
        />
      ) : null}
    </Panel>
  );
}
