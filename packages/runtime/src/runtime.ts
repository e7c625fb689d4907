/**
 * The runtime composition: every module at its fixed pallet index (subtensor's `construct_runtime!`),
 * the executive over them, the genesis builder and the runtime-API views. Indices of pallets subtensor
 * retired stay as tombstones and are never reused; indices of subtensor pallets taonet does not have yet
 * are reserved for them.
 */
import type { Codec } from 'scale-ts';
import { adminStorage } from './admin/adminStorage.js';
import { createAdminUtilsModule } from './admin/adminUtilsModule.js';
import { createSudoModule } from './admin/sudo/createSudoModule.js';
import { balancesModule, transactionPaymentModule } from './balances/balancesModule.js';
import type { FeeParams } from './balances/transactionFee.js';
import { type BlockStepHooks, createBlockStep } from './blockStep/blockStep.js';
import { createCoinbase } from './coinbase/createCoinbase.js';
import { coinbaseStorage } from './coinbase/schema.js';
import { runScheduledEpochs } from './consensus/runScheduledEpochs.js';
import type { BoundCall } from './dispatch/callDef.js';
import { OriginErrors } from './dispatch/origin.js';
import type { RuntimeModule } from './dispatch/runtimeModule.js';
import { applyBlock, type Block, type BlockResult } from './executive/applyBlock.js';
import { createBalancesFeeHandler } from './executive/balancesFeeHandler.js';
import { Executive } from './executive/executive.js';
import { createRuntimeCallCodec } from './executive/runtimeCallCodec.js';
import { buildGenesis, type GenesisModules, type GenesisState } from './genesis/buildGenesis.js';
import type { GenesisConfig } from './genesis/genesisConfig.js';
import { checkColdkeySwap } from './keySwaps/checkColdkeySwap.js';
import { createKeySwapsModule } from './keySwaps/keySwapsModule.js';
import { migrationsStorage } from './migrations/schema.js';
import { neuronsStorage } from './neurons/schema.js';
import { updateRegistrationPricesForNetworks } from './registration/hooks.js';
import { createRegistrationModule } from './registration/registrationModule.js';
import { rootStakeHooks } from './rootClaim/rootClaimable.js';
import { rootClaimKeySwapHooks } from './rootClaim/rootClaimKeySwaps.js';
import { createRootClaimModule } from './rootClaim/rootClaimModule.js';
import { servingModule } from './serving/servingModule.js';
import { applyPendingChildKeys } from './staking/hooks.js';
import { stakingStorage } from './staking/schema.js';
import { createStakingModule } from './staking/stakingModule.js';
import type { OverlayState } from './state/overlayState.js';
import { createGenesisSubnet } from './subnets/genesisSubnets.js';
import { hyperparametersStorage } from './subnets/hyperparameters.js';
import { createRootNetwork } from './subnets/initNewNetwork.js';
import { subnetsStorage } from './subnets/schema.js';
import { startSubnet } from './subnets/startSubnet.js';
import { createSubnetsModule } from './subnets/subnetsModule.js';
import { SubtensorErrors } from './subtensor/subtensorErrors.js';
import { SUBTENSOR, SUBTENSOR_INDEX } from './subtensor/subtensorPallet.js';
import { createSwapApi } from './swap/createSwapApi.js';
import { subnetPoolStorage } from './swap/schema.js';
import type { SwapApi, SwapOpts } from './swap/swapApi.js';
import { createSwapModule } from './swap/swapModule.js';
import { systemStorage } from './system/schema.js';
import { timestampModule } from './timestamp/timestampModule.js';
import { createRuntimeViews, type RuntimeViews } from './views/runtimeViews.js';
import { weightsModule } from './weights/weightsModule.js';

/** Pallet indices subtensor retired: never reused. */
export const RETIRED_PALLETS: readonly { readonly index: number; readonly name: string }[] = [
  { index: 8, name: 'Triumvirate' },
  { index: 9, name: 'TriumvirateMembers' },
  { index: 10, name: 'SenateMembers' },
  { index: 24, name: 'DynamicFee' },
];

/** Subtensor pallets taonet does not have yet: their indices are kept for them. */
export const RESERVED_PALLETS: readonly { readonly index: number; readonly name: string }[] = [
  { index: 1, name: 'RandomnessCollectiveFlip' },
  { index: 3, name: 'Aura' },
  { index: 4, name: 'Grandpa' },
  { index: 11, name: 'Utility' },
  { index: 13, name: 'Multisig' },
  { index: 14, name: 'Preimage' },
  { index: 15, name: 'Scheduler' },
  { index: 16, name: 'Proxy' },
  { index: 17, name: 'Registry' },
  { index: 18, name: 'Commitments' },
  { index: 20, name: 'SafeMode' },
  { index: 21, name: 'Ethereum' },
  { index: 22, name: 'EVM' },
  { index: 23, name: 'EVMChainId' },
  { index: 25, name: 'BaseFee' },
  { index: 26, name: 'Drand' },
  { index: 27, name: 'Crowdloan' },
  { index: 29, name: 'Contracts' },
  { index: 30, name: 'MevShield' },
];

export const systemModule: RuntimeModule = {
  name: 'System',
  index: 0,
  calls: [],
  errors: OriginErrors,
  storage: systemStorage,
};

/** SubtensorModule storage declared by schemas that have no module object of their own. */
const subtensorSchemaStorage = [
  ...subnetsStorage,
  ...hyperparametersStorage,
  ...neuronsStorage,
  ...stakingStorage,
  ...subnetPoolStorage,
  ...adminStorage,
  ...coinbaseStorage,
  ...migrationsStorage,
];

/** Merge the SubtensorModule parts: all calls (indices must not collide), storage once each. */
export function composeSubtensorModule(
  parts: readonly RuntimeModule[],
  onInitialize: RuntimeModule['onInitialize'],
): RuntimeModule {
  const calls = parts.flatMap((part) => part.calls);
  const seen = new Map<number, string>();
  for (const call of calls) {
    const other = seen.get(call.index);
    if (other !== undefined)
      throw new Error(`SubtensorModule call index ${call.index}: ${other} and ${call.name}`);
    seen.set(call.index, call.name);
  }
  const storage = [...new Set([...subtensorSchemaStorage, ...parts.flatMap((part) => part.storage)])];
  return {
    name: SUBTENSOR,
    index: SUBTENSOR_INDEX,
    calls: calls.sort((a, b) => a.index - b.index),
    errors: SubtensorErrors,
    storage,
    ...(onInitialize === undefined ? {} : { onInitialize }),
  };
}

function checkIndices(modules: readonly RuntimeModule[]): void {
  const taken = new Map<number, string>();
  for (const { index, name } of [...RETIRED_PALLETS, ...RESERVED_PALLETS]) taken.set(index, name);
  const used = new Set<number>();
  for (const module of modules) {
    const owner = taken.get(module.index);
    if (used.has(module.index) || (owner !== undefined && owner !== module.name)) {
      throw new Error(`pallet index ${module.index} of ${module.name} is taken (${owner ?? 'twice'})`);
    }
    used.add(module.index);
  }
}

export interface RuntimeOpts {
  /** transaction fee parameters; `false` charges no fees (default: subtensor's) */
  readonly fees?: FeeParams | false;
  readonly swap?: SwapOpts;
  /** `false`: no coinbase in the block step (no emission; epochs still run, distributing nothing) */
  readonly coinbase?: boolean;
}

export interface Runtime {
  /** every module, ascending by pallet index */
  readonly modules: readonly RuntimeModule[];
  readonly executive: Executive;
  /** `RuntimeCall`: `[pallet index][call index][arguments]` */
  readonly callCodec: Codec<BoundCall>;
  readonly swap: SwapApi;
  readonly views: RuntimeViews;
  /** the hooks the SubtensorModule block step calls (absent ones are not called yet) */
  readonly blockStepHooks: BlockStepHooks;
  applyBlock(state: OverlayState, block: Block): BlockResult;
  buildGenesis(config: GenesisConfig): GenesisState;
}

export function createRuntime(opts: RuntimeOpts = {}): Runtime {
  const swap = createSwapApi(opts.swap);
  const coinbase = createCoinbase({ swap });
  const coinbaseHooks: BlockStepHooks =
    opts.coinbase === false
      ? { runScheduledEpochs }
      : {
          getBlockEmission: coinbase.getBlockEmission,
          runCoinbase: coinbase.runCoinbase,
          updateMovingPrices: coinbase.updateMovingPrices,
          updateRootProp: coinbase.updateRootProp,
          runAutoClaimRootDivs: coinbase.runAutoClaimRootDivs,
        };
  const hooks: BlockStepHooks = {
    updateRegistrationPricesForNetworks,
    applyPendingChildKeys,
    ...coinbaseHooks,
  };
  const genesisModules: GenesisModules = {
    createRootNetwork,
    createSubnet: (ctx, subnet) => createGenesisSubnet(ctx, subnet, swap),
    startSubnet,
    swap,
  };
  const staking = { swap, rootStake: rootStakeHooks };
  /** the parts of `SubtensorModule` (pallet 7): one pallet on the wire, several folders here */
  const subtensorParts = [
    createSubnetsModule({ swap }),
    createRegistrationModule({ swap }),
    weightsModule,
    servingModule,
    createStakingModule(staking),
    createKeySwapsModule({ hooks: rootClaimKeySwapHooks }),
    createRootClaimModule({ swap }),
  ];
  let executive: Executive | undefined;
  const callCodec = createRuntimeCallCodec(() => executive!);
  const sudo = createSudoModule({
    callCodec,
    dispatch: (ctx, origin, call) => executive!.dispatch(ctx, origin, call),
  });
  const modules = [
    systemModule,
    timestampModule,
    balancesModule,
    transactionPaymentModule,
    composeSubtensorModule(subtensorParts, createBlockStep(hooks)),
    sudo,
    createAdminUtilsModule(staking),
    createSwapModule(swap),
  ].sort((a, b) => a.index - b.index);
  checkIndices(modules);
  const feeHandler = opts.fees === false ? undefined : createBalancesFeeHandler(opts.fees);
  const signedCallFilters = [checkColdkeySwap];
  executive = new Executive(
    modules,
    feeHandler === undefined ? { signedCallFilters } : { feeHandler, signedCallFilters },
  );
  const built = executive;
  return {
    modules,
    executive: built,
    callCodec,
    swap,
    views: createRuntimeViews(),
    blockStepHooks: hooks,
    applyBlock: (state, block) => applyBlock(built, state, block),
    buildGenesis: (config) => buildGenesis(config, genesisModules),
  };
}
