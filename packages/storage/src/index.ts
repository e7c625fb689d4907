export type { BlockRecord } from './blockRecord.js';
export * from './chainStore.js';
export { FlatState } from './flatState.js';
export { verifyReadProof } from './readProof.js';
export { computeStateRoot, StagedState } from './stagedState.js';
export type { PagedStateBackend, StateBackend, StateChanges } from './stateBackend.js';
export type { StateHistory } from './storeMeta.js';
export { EMPTY_TRIE_ROOT } from './trieReader.js';
export { TrieState } from './trieState.js';
