export { blockHashToIndices, runAutoClaimRootDivs } from './autoClaim.js';
export { createClaimRootCall } from './calls/claimRoot.js';
export { setRootClaimType } from './calls/setRootClaimType.js';
export { sudoSetNumRootClaims } from './calls/sudoSetNumRootClaims.js';
export { sudoSetRootClaimThreshold } from './calls/sudoSetRootClaimThreshold.js';
export {
  adjustRootClaimedOnStakeAdded,
  adjustRootClaimedOnStakeRemoved,
  DEFAULT_ACCOUNT,
  getClaimableRate,
  getOwnerOrDefault,
  getRootOwed,
  getRootOwedFloat,
  increaseRootClaimable,
  maybeAddColdkeyIndex,
  rootStakeHooks,
} from './rootClaimable.js';
export { createRootClaimModule, type RootClaimModules } from './rootClaimModule.js';
export { doRootClaim, type RootClaimSwap, rootClaimAll, rootClaimOnSubnet } from './rootClaimOnSubnet.js';
export * from './schema.js';
