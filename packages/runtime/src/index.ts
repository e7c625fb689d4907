export * from './admin/index.js';
export * from './balances/index.js';
export * from './blockStep/index.js';
export * from './coinbase/index.js';
export * from './coinbase/math/index.js';
export * from './consensus/index.js';
export type { BlockEnv, BoundCall, CallDef, DispatchContext } from './dispatch/callDef.js';
export { DispatchError, type ErrorKind, isDispatchError } from './dispatch/dispatchError.js';
export { none, type Origin, root, signed } from './dispatch/origin.js';
export { EventLog, type PhasedEvent, type RuntimeEvent } from './dispatch/runtimeEvent.js';
export type { RuntimeModule } from './dispatch/runtimeModule.js';
export * from './epoch/index.js';
export * from './epoch/math/index.js';
export * from './executive/index.js';
export * from './genesis/index.js';
export * from './keySwaps/index.js';
export * from './migrations/index.js';
export * from './neurons/index.js';
export * from './registration/index.js';
export * from './registration/math/index.js';
export * from './rootClaim/index.js';
export * from './runtime.js';
export * from './serving/index.js';
export * from './staking/index.js';
export * from './staking/math/index.js';
export * from './staking/schema.js';
export * from './staking/stakeAccounting.js';
export * from './staking/stakeWeights.js';
export { MemoryBackend } from './state/memoryBackend.js';
export { OverlayState } from './state/overlayState.js';
export type { StateBackend, StateChanges, WritableStateBackend } from './state/stateBackend.js';
export * from './subnets/index.js';
export * from './subnets/math/index.js';
export { SubtensorErrors } from './subtensor/subtensorErrors.js';
export { SUBTENSOR, SUBTENSOR_INDEX } from './subtensor/subtensorPallet.js';
export {
  MECHANISM_INDEX_STRIDE,
  type NetUidStorageIndex,
  storageIndexOf,
} from './subtensor/subtensorStorage.js';
export * from './swap/index.js';
export * from './swap/math/index.js';
export * from './system/schema.js';
export * from './timestamp/index.js';
export * from './views/index.js';
export * from './weights/index.js';
