export type { CoinbaseModules, CoinbaseSwap } from './coinbaseModules.js';
export { type Coinbase, createCoinbase } from './createCoinbase.js';
export {
  calculateDividendsAndIncentives,
  distributeEmission,
  distributeEpochEmission,
  type PendingEmission,
} from './distributeEmission.js';
export { emitAlphaOut, emitToSubnets, injectAndMaybeSwap, readSubnetTerms } from './emitToSubnets.js';
export {
  getRootProportion,
  updateMovingPrices,
  updateRootProp,
  updateSubnetMovingPrice,
} from './movingPrices.js';
export {
  getChildkeyTake,
  getCkBurn,
  getParentChildDividendsDistribution,
  getSelfContribution,
} from './parentChildDividends.js';
export { distributeDividendsAndIncentives, type EpochPayout, getHotkeyTakeFloat } from './payout.js';
export { type CoinbaseBlock, drainAndDistribute, runCoinbase, takePendingEmission } from './runCoinbase.js';
export * from './schema.js';
export { getNetworkRootSellFlag, getSubnetBlockEmissions, getSubnetsToEmitTo } from './subnetEmissions.js';
export { getBlockEmission, spendTao, type TaoCredit } from './taoCredit.js';
