/** `author_submitExtrinsic`, `author_pendingExtrinsics`, `payment_queryInfo`. */
import type { RpcMethodHandlers } from '@taonet/rpc';
import { getExtrinsicWeight } from '../../chain/blockLimits.js';
import { decodeExtrinsic, isSignedExtrinsic } from '../../extrinsic/decodeExtrinsic.js';
import { isInherentCall } from '../../extrinsic/timestampInherent.js';
import { computeTransactionFee } from '../../txpool/validateTransaction.js';
import { bytesToHex, hexToBytes } from '../rpcJson.js';
import { type NodeRpcModules, resolveAt } from './nodeRpcModules.js';

type AuthorHandlers = Pick<
  RpcMethodHandlers,
  'author_submitExtrinsic' | 'author_pendingExtrinsics' | 'payment_queryInfo'
>;

export function createAuthorHandlers(m: NodeRpcModules): AuthorHandlers {
  const { chain, pool } = m;
  return {
    author_submitExtrinsic: (extrinsic) => pool.submit(hexToBytes(extrinsic)).hash,
    author_pendingExtrinsics: () => pool.pending().map((tx) => bytesToHex(tx.xt.bytes)),
    payment_queryInfo: (extrinsic, at) => {
      resolveAt(m, at);
      const xt = decodeExtrinsic(hexToBytes(extrinsic), chain.runtime.executive);
      const weight = Number(getExtrinsicWeight(xt, chain.blockLimits));
      if (!isSignedExtrinsic(xt)) {
        const kind = isInherentCall(xt.def) ? 'mandatory' : 'normal';
        return { weight: { refTime: weight, proofSize: 0 }, class: kind, partialFee: '0' };
      }
      const fee = computeTransactionFee(xt) - xt.envelope.extra.tip;
      return { weight: { refTime: weight, proofSize: 0 }, class: 'normal', partialFee: fee.toString() };
    },
  };
}
