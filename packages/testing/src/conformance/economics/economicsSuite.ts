/**
 * Conformance suite for the economics vectors (`economics_examples.json`, `economics.json`): function-level
 * vectors dispatch on `function`; the scenario vectors of `economics.json` that reduce to a pure function of
 * the runtime dispatch on the Rust test they come from (`source_test`). Every output field is compared
 * exactly unless the vector itself states a tolerance.
 */
import { type ConformanceSuite, fail, pass, type Vector, type VectorOutcome } from '../conformanceSuite.js';
import {
  runDividendDistribution,
  runMovingPrice,
  runPendingSplit,
  runSingleSubnetBlock,
  runSubnetTerms,
} from './coinbaseHandlers.js';
import type { EconomicsHandler } from './economicsHandler.js';
import { runBlockEmission, runPowRatioScaled } from './emissionHandlers.js';
import { OutputCheck } from './outputCheck.js';
import { runBurnSequence, runDecayFactorTable, runNetworkLockCost } from './registrationHandlers.js';
import { runSafeFloatOps, runSharePool } from './sharePoolHandlers.js';
import { sourceTestHandler } from './sourceTestHandlers.js';
import { runDoSwap, runLiquidityInjection, runMaxAmounts } from './swapHandlers.js';
import { rec } from './vectorValues.js';

const FUNCTION_HANDLERS: ReadonlyMap<string, EconomicsHandler> = new Map<string, EconomicsHandler>([
  ['Pallet::get_block_emission_for_issuance', runBlockEmission],
  ['safe_bigmath::SafeInt::pow_ratio_scaled', runPowRatioScaled],
  ['pallet_subtensor_swap::Pallet::do_swap', runDoSwap],
  ['Pallet::get_max_amount_add|get_max_amount_remove', runMaxAmounts],
  ['Balancer::update_weights_for_added_liquidity', runLiquidityInjection],
  ['Pallet::decay_factor_q32', runDecayFactorTable],
  [
    'Pallet::update_registration_prices_for_networks|bump_registration_price_after_registration',
    runBurnSequence,
  ],
  ['Pallet::get_network_lock_cost', runNetworkLockCost],
  ['Pallet::update_moving_price', runMovingPrice],
  ['share_pool::SharePool', runSharePool],
  ['share_pool::SafeFloat', runSafeFloatOps],
  ['Pallet::calculate_dividend_distribution', runDividendDistribution],
  ['Pallet::emit_to_subnets(pending split)', runPendingSplit],
  ['Pallet::get_subnet_terms', runSubnetTerms],
  ['Pallet::run_coinbase(single subnet block)', runSingleSubnetBlock],
]);

function handlerFor(vector: Vector): EconomicsHandler | undefined {
  if (typeof vector.function === 'string') {
    const handler = FUNCTION_HANDLERS.get(vector.function);
    if (handler !== undefined) return handler;
  }
  return typeof vector.source_test === 'string' ? sourceTestHandler(vector.source_test) : undefined;
}

export const economicsSuite: ConformanceSuite = {
  name: 'economics',
  accepts: (vector) => handlerFor(vector) !== undefined,
  run(vector): VectorOutcome {
    const handler = handlerFor(vector);
    if (handler === undefined) return fail('economics suite: no handler');
    const check = new OutputCheck();
    handler(rec(vector.inputs, 'inputs'), rec(vector.expected ?? {}, 'expected'), check, vector);
    return check.ok ? pass : fail(check.summary());
  },
};
