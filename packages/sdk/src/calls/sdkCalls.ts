/** Every call the SDK declares (AdminUtils setters are in `ADMIN_CALLS`); a test checks each against the runtime. */

import {
  forceSetBalanceCall,
  transferAllCall,
  transferAllowDeathCall,
  transferKeepAliveCall,
} from './balancesCalls.js';
import type { CallDef } from './defineCall.js';
import { swapHotkeyCall, swapHotkeyV2Call } from './keySwapCalls.js';
import {
  burnedRegisterCall,
  registerLimitCall,
  rootRegisterCall,
  serveAxonCall,
  serveAxonTlsCall,
  servePrometheusCall,
} from './neuronCalls.js';
import { claimRootCall, setRootClaimTypeCall } from './rootClaimCalls.js';
import {
  addStakeCall,
  addStakeLimitCall,
  decreaseTakeCall,
  increaseTakeCall,
  moveStakeCall,
  removeStakeCall,
  removeStakeFullLimitCall,
  removeStakeLimitCall,
  setChildkeyTakeCall,
  setChildrenCall,
  swapStakeCall,
  swapStakeLimitCall,
  transferStakeCall,
  unstakeAllAlphaCall,
  unstakeAllCall,
} from './stakingCalls.js';
import {
  dissolveNetworkCall,
  registerNetworkCall,
  registerNetworkWithIdentityCall,
  rootDissolveNetworkCall,
  setSubnetIdentityCall,
  startCallCall,
  updateSymbolCall,
} from './subnetCalls.js';
import { setSudoKeyCall, sudoAsCall, sudoCall } from './sudoCalls.js';
import {
  commitMechanismWeightsCall,
  commitWeightsCall,
  revealMechanismWeightsCall,
  revealWeightsCall,
  setMechanismWeightsCall,
  setWeightsCall,
} from './weightsCalls.js';

// biome-ignore lint/suspicious/noExplicitAny: calls of every argument type
export const SDK_CALLS: readonly CallDef<any>[] = [
  transferAllowDeathCall,
  transferKeepAliveCall,
  transferAllCall,
  forceSetBalanceCall,
  registerNetworkCall,
  registerNetworkWithIdentityCall,
  startCallCall,
  setSubnetIdentityCall,
  updateSymbolCall,
  dissolveNetworkCall,
  rootDissolveNetworkCall,
  burnedRegisterCall,
  registerLimitCall,
  rootRegisterCall,
  serveAxonCall,
  serveAxonTlsCall,
  servePrometheusCall,
  setWeightsCall,
  setMechanismWeightsCall,
  commitWeightsCall,
  commitMechanismWeightsCall,
  revealWeightsCall,
  revealMechanismWeightsCall,
  addStakeCall,
  addStakeLimitCall,
  removeStakeCall,
  removeStakeLimitCall,
  removeStakeFullLimitCall,
  unstakeAllCall,
  unstakeAllAlphaCall,
  moveStakeCall,
  transferStakeCall,
  swapStakeCall,
  swapStakeLimitCall,
  increaseTakeCall,
  decreaseTakeCall,
  setChildrenCall,
  setChildkeyTakeCall,
  swapHotkeyCall,
  swapHotkeyV2Call,
  claimRootCall,
  setRootClaimTypeCall,
  sudoCall,
  sudoAsCall,
  setSudoKeyCall,
];
