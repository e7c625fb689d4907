/**
 * The coinbase's block-step functions, bound to the modules it needs (`createCoinbase({ swap })`), in
 * subtensor's `block_step` order (economics.md §2.1):
 *
 *   2. getBlockEmission(ctx)          the block's TAO credit from TotalIssuance (halving law)
 *   4. runCoinbase(ctx, credit)       emission to the subnets, epochs, payouts
 *   5. updateMovingPrices(ctx)        SubnetMovingPrice EMA of the emitting subnets
 *   6. updateRootProp(ctx)            RootProp of the emitting subnets
 *   8. runAutoClaimRootDivs(ctx)      root claims of NumRootClaim coldkeys drawn from the parent hash
 *
 * `blockStep(ctx)` runs 2, 4, 5, 6 and 8 in that order (for compositions without a block-step table).
 */
import { blake2b } from '@taonet/crypto';
import type { Hash } from '@taonet/primitives';
import { fromHex } from '@taonet/primitives';
import type { BlockEnv, DispatchContext } from '../dispatch/callDef.js';
import { runAutoClaimRootDivs } from '../rootClaim/autoClaim.js';
import type { CoinbaseModules } from './coinbaseModules.js';
import { updateMovingPrices, updateRootProp } from './movingPrices.js';
import { type CoinbaseBlock, runCoinbase } from './runCoinbase.js';
import { getBlockEmission, type TaoCredit } from './taoCredit.js';

export interface Coinbase {
  getBlockEmission(ctx: DispatchContext): TaoCredit;
  runCoinbase(ctx: DispatchContext, credit: TaoCredit): CoinbaseBlock;
  updateMovingPrices(ctx: DispatchContext): void;
  updateRootProp(ctx: DispatchContext): void;
  runAutoClaimRootDivs(ctx: DispatchContext): void;
  /** steps 2, 4, 5, 6 and 8 in order; returns what the coinbase did */
  blockStep(ctx: DispatchContext): CoinbaseBlock;
}

/**
 * The parent block hash when the block environment carries one; otherwise a stand-in that still varies from
 * block to block: blake2-256 of the block number (u64 little endian).
 */
function parentHashOf(block: BlockEnv): Uint8Array {
  const parentHash = (block as BlockEnv & { readonly parentHash?: Hash }).parentHash;
  if (parentHash !== undefined) return fromHex(parentHash);
  const number = new Uint8Array(8);
  new DataView(number.buffer).setBigUint64(0, BigInt(block.number), true);
  return blake2b(number, 256);
}

export function createCoinbase(modules: CoinbaseModules): Coinbase {
  const coinbase: Coinbase = {
    getBlockEmission: (ctx) => getBlockEmission(ctx),
    runCoinbase: (ctx, credit) => runCoinbase(ctx, modules, credit),
    updateMovingPrices: (ctx) => updateMovingPrices(ctx, modules.swap),
    updateRootProp: (ctx) => updateRootProp(ctx),
    runAutoClaimRootDivs: (ctx) => runAutoClaimRootDivs(ctx, modules.swap, parentHashOf(ctx.block)),
    blockStep(ctx) {
      const block = coinbase.runCoinbase(ctx, coinbase.getBlockEmission(ctx));
      coinbase.updateMovingPrices(ctx);
      coinbase.updateRootProp(ctx);
      coinbase.runAutoClaimRootDivs(ctx);
      return block;
    },
  };
  return coinbase;
}
