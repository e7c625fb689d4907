/** The metagraph as a sortable, virtualised table: one row per uid. */
import type { Metagraph } from '@taonet/sdk';
import { useMemo } from 'react';
import { formatTao, formatU16 } from '../chain/format.js';
import { AddressLink } from '../components/Links.js';
import { type Column, VirtualTable } from '../components/VirtualTable.js';

export interface NeuronRow {
  readonly uid: number;
  readonly hotkey: string;
  readonly coldkey: string;
  readonly stake: bigint;
  readonly incentive: number;
  readonly dividends: number;
  readonly consensus: number;
  readonly validatorTrust: number;
  readonly emission: bigint;
  readonly permit: boolean;
  readonly axon: string;
  readonly lastUpdate: number;
  /** blocks of immunity left (0: none) */
  readonly immunity: number;
}

export function toNeuronRows(mg: Metagraph): NeuronRow[] {
  const immunityPeriod = mg.hyperparameters.immunityPeriod;
  return mg.uids.map((uid, i) => {
    const axon = mg.axons[i];
    const registered = Number(mg.blockAtRegistration[i] ?? 0n);
    return {
      uid,
      hotkey: mg.hotkeys[i] ?? '',
      coldkey: mg.coldkeys[i] ?? '',
      stake: mg.stake[i] ?? 0n,
      incentive: mg.incentive[i] ?? 0,
      dividends: mg.dividends[i] ?? 0,
      consensus: mg.consensus[i] ?? 0,
      validatorTrust: mg.validatorTrust[i] ?? 0,
      emission: mg.emission[i] ?? 0n,
      permit: mg.validatorPermit[i] ?? false,
      axon: axon === undefined || axon.port === 0 ? '' : `${axon.ip}:${axon.port}`,
      lastUpdate: mg.lastUpdate[i] ?? 0,
      immunity: Math.max(0, registered + immunityPeriod - mg.block),
    };
  });
}

const u16 = (
  title: string,
  key: 'incentive' | 'dividends' | 'consensus' | 'validatorTrust',
): Column<NeuronRow> => ({
  key,
  title,
  width: '82px',
  align: 'right',
  render: (r) => formatU16(r[key]),
  sort: (r) => r[key],
});

const columns: Column<NeuronRow>[] = [
  { key: 'uid', title: 'UID', width: '52px', align: 'right', render: (r) => r.uid, sort: (r) => r.uid },
  {
    key: 'hotkey',
    title: 'Hotkey',
    width: 'minmax(110px, 1fr)',
    render: (r) => <AddressLink address={r.hotkey} />,
    sort: (r) => r.hotkey,
  },
  {
    key: 'coldkey',
    title: 'Coldkey',
    width: 'minmax(110px, 1fr)',
    render: (r) => <AddressLink address={r.coldkey} />,
    sort: (r) => r.coldkey,
  },
  {
    key: 'stake',
    title: 'Stake',
    width: '110px',
    align: 'right',
    render: (r) => formatTao(r.stake, 2),
    sort: (r) => r.stake,
  },
  u16('Incentive', 'incentive'),
  u16('Dividends', 'dividends'),
  u16('Consensus', 'consensus'),
  u16('V. trust', 'validatorTrust'),
  {
    key: 'emission',
    title: 'Emission',
    width: '100px',
    align: 'right',
    render: (r) => formatTao(r.emission, 4),
    sort: (r) => r.emission,
  },
  {
    key: 'permit',
    title: 'VP',
    width: '40px',
    render: (r) => (r.permit ? '✓' : ''),
    sort: (r) => Number(r.permit),
  },
  {
    key: 'axon',
    title: 'Axon',
    width: '140px',
    render: (r) => r.axon || <span className="dim">-</span>,
    sort: (r) => r.axon,
  },
  {
    key: 'lastUpdate',
    title: 'Updated',
    width: '80px',
    align: 'right',
    render: (r) => r.lastUpdate,
    sort: (r) => r.lastUpdate,
  },
  {
    key: 'immunity',
    title: 'Immune',
    width: '70px',
    align: 'right',
    render: (r) => (r.immunity > 0 ? r.immunity : ''),
    sort: (r) => r.immunity,
  },
];

export function MetagraphTable({ mg }: { mg: Metagraph }) {
  const rows = useMemo(() => toNeuronRows(mg), [mg]);
  return (
    <VirtualTable
      name="metagraph"
      rows={rows}
      columns={columns}
      rowKey={(r) => r.uid}
      maxHeight={28 * 20}
      initialSort={{ key: 'uid' }}
    />
  );
}
