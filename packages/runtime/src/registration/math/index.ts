export { decayFactorQ32, HALF_Q32, mulByQ32, ONE_Q32, powQ32 } from './burnDecay.js';
export {
  type BurnBounds,
  bumpBurnAfterRegistration,
  clampBurn,
  DEFAULT_BURN_HALF_LIFE,
  DEFAULT_BURN_INCREASE_MULT,
  DEFAULT_NEURON_BURN_COST,
  decayBurnForBlock,
  type RegistrationBlockState,
  updateRegistrationPriceForBlock,
} from './registrationPrice.js';
