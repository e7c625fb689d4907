export {
  getActivityCutoffBlocks,
  getCurrentEpochWithLookahead,
  getEpochScheduleState,
  shouldRunEpochAt,
} from './epochSchedule.js';
export {
  type EpochReading,
  readCommitBlocks,
  readEpochInputs,
  readMechanismEpochInputs,
  readMechanismInputs,
  readSubnetInputs,
} from './readEpochInputs.js';
export { readEpochParams } from './readEpochParams.js';
export {
  getSubnetsInStorageOrder,
  type HotkeyEmission,
  isEpochInputStateConsistent,
  runScheduledEpochs,
  runSubnetEpoch,
  type ScheduledEpochsOpts,
  type SubnetEpochResult,
  scheduleEpochs,
} from './runScheduledEpochs.js';
export { writeEpochOutputs, writeMechanismEpochOutputs, writeSubnetEpochTerms } from './writeEpochOutputs.js';
