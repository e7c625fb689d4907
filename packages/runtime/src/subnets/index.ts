export { createDissolveNetworkCall } from './calls/dissolveNetwork.js';
export { createRegisterNetworkCall } from './calls/registerNetwork.js';
export { createRegisterNetworkWithIdentityCall } from './calls/registerNetworkWithIdentity.js';
export { createRootDissolveNetworkCall } from './calls/rootDissolveNetwork.js';
export { setSubnetIdentity } from './calls/setSubnetIdentity.js';
export { startCall } from './calls/startCall.js';
export { updateSymbol } from './calls/updateSymbol.js';
export { destroyAlphaInOutStakes } from './destroyAlphaInOutStakes.js';
export { dissolveNetwork } from './dissolveNetwork.js';
export { ensureSubnetOwner } from './ensureSubnetOwner.js';
export { createGenesisSubnet, type GenesisSubnetParams } from './genesisSubnets.js';
export * from './hyperparameters.js';
export {
  createRootNetwork,
  DEFAULT_TEMPO,
  initNewNetwork,
  NEW_SUBNET_IMMUNITY_PERIOD,
  NEW_SUBNET_MAX_ALLOWED_UIDS,
  NEW_SUBNET_MAX_ALLOWED_VALIDATORS,
  ROOT_MAX_ALLOWED_UIDS,
  ROOT_TEMPO,
} from './initNewNetwork.js';
export {
  createNetwork,
  DYNAMIC_MECHANISM_ID,
  type RegisterNetworkRequest,
  registerNetwork,
} from './registerNetwork.js';
export { removeNetwork } from './removeNetwork.js';
export * from './schema.js';
export { startSubnet } from './startSubnet.js';
export { getSubnetAccountId, getSubnetOfAccount } from './subnetAccount.js';
export { isValidSubnetIdentity, SUBNET_IDENTITY_LIMITS } from './subnetIdentity.js';
export { getMedianSubnetAlphaPrice, getMovingAlphaPrice, getNetworkToPrune } from './subnetPricing.js';
export {
  countNonRootSubnets,
  getAllSubnetNetuids,
  getNetworkLockCostAt,
  getNextNetuid,
  ROOT_NETUID,
  subnetExists,
} from './subnetRegistry.js';
export { createSubnetsModule, subnetsModule } from './subnetsModule.js';
export type { SubnetSwap, SubnetsModules } from './subnetsModules.js';
export {
  DEFAULT_SYMBOL,
  getNextAvailableSymbol,
  getSymbolForSubnet,
  isKnownSymbol,
  isSymbolInUse,
  SYMBOLS,
} from './tokenSymbols.js';
export { getFirstEmissionBlock, getNetworkRegistrationCost, getSubnetOwnership } from './views.js';
