/**
 * The runtime version the node reports (`state_getRuntimeVersion`) and that signatures commit to
 * (spec and transaction versions are part of every signed payload). Bump `specVersion` whenever the
 * runtime's behaviour changes, `transactionVersion` whenever call indices or argument layouts change.
 */
export interface RuntimeVersion {
  readonly specName: string;
  readonly implName: string;
  readonly authoringVersion: number;
  readonly specVersion: number;
  readonly implVersion: number;
  readonly transactionVersion: number;
  readonly stateVersion: number;
}

export const RUNTIME_VERSION: RuntimeVersion = {
  specName: 'taonet',
  implName: 'taonet-node',
  authoringVersion: 1,
  specVersion: 1,
  implVersion: 1,
  transactionVersion: 1,
  stateVersion: 1,
};
