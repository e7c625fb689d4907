/** Small builders for epoch tests: test-mock hyperparameters and inputs with every uid registered at block 1. */
import type { EpochInputs, EpochParams, StoredRow } from '../../../src/epoch/index.js';

export const PARAMS: EpochParams = {
  tempo: 360,
  activityCutoffBlocks: 5000n,
  kappaU16: 32767,
  bondsMovingAverage: 900_000n,
  bondsPenaltyU16: 65535,
  yuma3: false,
  liquidAlpha: false,
  alphaLowU16: 45875,
  alphaHighU16: 58982,
  alphaSigmoidSteepness: 1000,
  maxAllowedValidators: 64,
  stakeThreshold: 0n,
  taoWeightU64: 0n,
  ownerUid: null,
  lastMechanismStepBlock: 0n,
  commitRevealEnabled: false,
};

export function params(overrides: Partial<EpochParams> = {}): EpochParams {
  return { ...PARAMS, ...overrides };
}

/**
 * n uids registered at block 1, last updated at block 500, all holding a stored permit; the epoch runs at
 * block 1000 (so `last_tempo` = 1000 - 360 is after every registration: stored bonds are kept), 1e9 rao.
 */
export function inputs(stake: readonly bigint[], overrides: Partial<EpochInputs> = {}): EpochInputs {
  const n = stake.length;
  return {
    n,
    currentBlock: 1000n,
    raoEmission: 1_000_000_000n,
    stakeAlpha: stake,
    blockAtRegistration: new Array<bigint>(n).fill(1n),
    lastUpdate: new Array<bigint>(n).fill(500n),
    validatorPermit: new Array<boolean>(n).fill(true),
    weights: Array.from({ length: n }, (): StoredRow => []),
    bonds: Array.from({ length: n }, (): StoredRow => []),
    ...overrides,
  };
}

export const sum = (values: readonly bigint[]): bigint => values.reduce((a, b) => a + b, 0n);
