/** An account: balance, stake per hotkey and subnet with its TAO value, hotkey role, recent extrinsics. */
import { formatTao } from '../chain/format.js';
import { loadAccount, type StakePosition } from '../chain/loadAccount.js';
import { useLive } from '../chain/useLive.js';
import { AddressLink, SubnetLink } from '../components/Links.js';
import { KeyValues, Panel } from '../components/Panel.js';
import { type Column, VirtualTable } from '../components/VirtualTable.js';
import { extrinsicColumns } from './BlocksPage.js';

const stakeColumns: Column<StakePosition>[] = [
  { key: 'hotkey', title: 'Hotkey', render: (s) => <AddressLink address={s.hotkey} /> },
  {
    key: 'netuid',
    title: 'Subnet',
    width: '90px',
    render: (s) => <SubnetLink netuid={s.netuid} />,
    sort: (s) => s.netuid,
  },
  {
    key: 'alpha',
    title: 'Stake (alpha)',
    align: 'right',
    render: (s) => `${formatTao(s.alpha)} ${s.symbol}`,
    sort: (s) => s.alpha,
  },
  {
    key: 'value',
    title: 'Value (τ)',
    align: 'right',
    render: (s) => formatTao(s.taoValue),
    sort: (s) => s.taoValue,
  },
];

export function AccountPage({ address }: { address: string }) {
  const live = useLive((client, best) => loadAccount(client, address, best), address);
  const a = live.data;
  return (
    <>
      <Panel title="Account" name="account" live={live}>
        {a === undefined ? null : (
          <KeyValues
            name="account"
            rows={{
              Address: <span className="mono">{a.address}</span>,
              'Account id': <span className="mono small">{a.accountId}</span>,
              Free: `${formatTao(a.info.free, 9)} τ`,
              Transferable: `${formatTao(a.info.transferable, 9)} τ`,
              Reserved: `${formatTao(a.info.reserved, 9)} τ`,
              'Staked (value)': `${formatTao(a.totalStakeValue, 9)} τ`,
              Nonce: a.info.nonce,
              ...(a.hotkeyOwner === undefined
                ? {}
                : { 'Hotkey of': <AddressLink address={a.hotkeyOwner} full /> }),
              ...(a.hotkeyNetuids.length === 0
                ? {}
                : {
                    'Registered on': (
                      <span className="list">
                        {a.hotkeyNetuids.map((n) => (
                          <SubnetLink key={n} netuid={n} />
                        ))}
                      </span>
                    ),
                  }),
            }}
          />
        )}
      </Panel>
      <Panel title="Stake" name="account-stake" live={live}>
        {a ? (
          <VirtualTable
            name="account-stake"
            rows={a.stakes}
            columns={stakeColumns}
            rowKey={(s) => `${s.hotkey}-${s.netuid}`}
            initialSort={{ key: 'value', descending: true }}
            empty="no stake"
          />
        ) : null}
      </Panel>
      <Panel
        title={`Recent extrinsics${a ? ` (last ${a.scannedBlocks} blocks)` : ''}`}
        name="account-extrinsics"
        live={live}
      >
        {a ? (
          <VirtualTable
            name="account-extrinsics"
            rows={a.recent}
            columns={extrinsicColumns}
            rowKey={(x) => `${x.block}-${x.index}`}
            empty="none in the blocks searched"
          />
        ) : null}
      </Panel>
    </>
  );
}
