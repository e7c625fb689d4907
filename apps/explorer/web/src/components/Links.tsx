/** Links between pages: blocks, extrinsics, accounts and subnets. */
import { toAddress } from '@taonet/sdk';
import { shortAddress } from '../chain/format.js';

export function BlockLink({ number }: { number: number }) {
  return <a href={`#/block/${number}`}>#{number.toLocaleString('en-US')}</a>;
}

export function ExtrinsicLink({ block, index }: { block: number; index: number }) {
  return <a href={`#/extrinsic/${block}-${index}`}>{`${block}-${index}`}</a>;
}

/** An SS58 address (or a 0x account id, shown as SS58) linking to its account page. */
export function AddressLink({ address, full = false }: { address: string | undefined; full?: boolean }) {
  if (address === undefined || address === '') return <span className="dim">-</span>;
  const ss58 = address.startsWith('0x') ? toAddress(address) : address;
  return (
    <a className="mono" href={`#/account/${ss58}`} title={ss58}>
      {full ? ss58 : shortAddress(ss58)}
    </a>
  );
}

export function SubnetLink({ netuid, name }: { netuid: number; name?: string }) {
  return (
    <a href={`#/subnet/${netuid}`}>
      {netuid}
      {name ? <span className="dim"> {name}</span> : null}
    </a>
  );
}
