/** The chain shape the crash test's child writes and its parent replays. */
export const CRASH_CHAIN = {
  seed: 42,
  changesPerBlock: 60,
  keySpace: 3_000,
  /** small, so that pruning runs (and can be interrupted) during the test */
  stateHistory: 8,
} as const;
