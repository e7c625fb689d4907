/** The fields of a `--json` result that say where a transaction landed (see inclusionShape). */
import type { TransactionReceipt } from '@taonet/sdk';

export interface InclusionFields {
  extrinsicHash: string;
  blockHash: string;
  blockNumber: number;
  fee: string | null;
}

export function toInclusion(receipt: TransactionReceipt): InclusionFields {
  return {
    extrinsicHash: receipt.hash,
    blockHash: receipt.blockHash,
    blockNumber: receipt.blockNumber,
    fee: receipt.fee === undefined ? null : receipt.fee.toString(),
  };
}

/** `block 12 (0xabc...), fee τ0.000012345` */
export function describeInclusion(fields: InclusionFields, formatTao: (rao: bigint) => string): string {
  const fee = fields.fee === null ? '' : `, fee τ${formatTao(BigInt(fields.fee))}`;
  return `block ${fields.blockNumber} (${fields.blockHash})${fee}`;
}
