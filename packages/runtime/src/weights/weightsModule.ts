/** The weights part of `SubtensorModule` (pallet 7): set, commit and reveal weights, per mechanism. */
import type { RuntimeModule } from '../dispatch/runtimeModule.js';
import { SubtensorErrors } from '../subtensor/subtensorErrors.js';
import { SUBTENSOR, SUBTENSOR_INDEX } from '../subtensor/subtensorPallet.js';
import { batchCommitWeights } from './calls/batchCommitWeights.js';
import { batchRevealWeights } from './calls/batchRevealWeights.js';
import { batchSetWeights } from './calls/batchSetWeights.js';
import { commitMechanismWeights } from './calls/commitMechanismWeights.js';
import { commitWeights } from './calls/commitWeights.js';
import { revealMechanismWeights } from './calls/revealMechanismWeights.js';
import { revealWeights } from './calls/revealWeights.js';
import { setMechanismWeights } from './calls/setMechanismWeights.js';
import { setWeights } from './calls/setWeights.js';
import { weightsStorage } from './schema.js';

export const weightsModule: RuntimeModule = {
  name: SUBTENSOR,
  index: SUBTENSOR_INDEX,
  calls: [
    setWeights,
    batchSetWeights,
    commitWeights,
    revealWeights,
    batchRevealWeights,
    batchCommitWeights,
    commitMechanismWeights,
    revealMechanismWeights,
    setMechanismWeights,
  ],
  errors: SubtensorErrors,
  storage: weightsStorage,
};
