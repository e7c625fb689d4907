export { createBurnedRegisterCall } from './calls/burnedRegister.js';
export { createRegisterCall } from './calls/register.js';
export { createRegisterLimitCall } from './calls/registerLimit.js';
export { rootRegister } from './calls/rootRegister.js';
export { getImmuneOwnerUids, getNeuronToPrune } from './getNeuronToPrune.js';
export { updateRegistrationPricesForNetworks } from './hooks.js';
export * from './math/index.js';
export {
  ensureRegistrableSubnet,
  processRegistration,
  type RegistrationReceipt,
  type RegistrationRequest,
} from './processRegistration.js';
export {
  DEFAULT_DELEGATE_TAKE,
  ensureRootNetworkExists,
  processRootRegister,
} from './processRootRegister.js';
export { registerNeuron } from './registerNeuron.js';
export { createRegistrationModule, registrationModule } from './registrationModule.js';
