export {
  coldkeyOwnsHotkey,
  createAccountIfNonExistent,
  getOwningColdkey,
  hotkeyAccountExists,
} from './hotkeyOwnership.js';
export {
  getHotkeyForUid,
  getUidForHotkey,
  isHotkeyRegisteredOnAnyNetwork,
  isNeuronImmune,
} from './neuronRegistry.js';
export { appendNeuron, clearNeuron, replaceNeuron } from './neuronSlots.js';
export * from './schema.js';
