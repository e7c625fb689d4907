/**
 * `buildGenesis(config, modules)`: the state of block 0. Validates the config, funds the accounts by
 * minting (so both issuance counters equal the sum of the balances), sets the sudo key, the fee
 * destination and the network parameters (StakeThreshold defaults to 1,000 TAO), creates the root
 * network and then each subnet through the subnets module's own functions, and applies the subnets'
 * hyperparameters; then the subnets' genesis neurons (`genesisNeurons.ts`). Returns the writes for the node to persist.
 */
import type { AccountId, NetUid } from '@taonet/primitives';
import { SudoKey } from '../admin/sudo/schema.js';
import { mint } from '../balances/currency.js';
import { FeeDestinationStorage } from '../balances/schema.js';
import type { DispatchContext } from '../dispatch/callDef.js';
import type { PhasedEvent } from '../dispatch/runtimeEvent.js';
import { createBlockContext } from '../executive/applyBlock.js';
import { MemoryBackend } from '../state/memoryBackend.js';
import { OverlayState } from '../state/overlayState.js';
import type { StateChanges } from '../state/stateBackend.js';
import { SubnetEmissionEnabled } from '../subnets/schema.js';
import { BlockNumber } from '../system/schema.js';
import { Now } from '../timestamp/schema.js';
import { DEFAULT_STAKE_THRESHOLD, type GenesisConfig, type GenesisSubnet } from './genesisConfig.js';
import { type GenesisSwap, registerGenesisNeurons } from './genesisNeurons.js';
import {
  NETWORK_PARAMS,
  type NetworkParamName,
  SUBNET_PARAMS,
  type SubnetParamName,
} from './genesisParams.js';
import { GenesisError, getGenesisLock, validateGenesis } from './validateGenesis.js';

/** A subnet as the subnets module creates it at genesis. */
export interface GenesisSubnetSpec {
  readonly netuid: NetUid;
  readonly owner: AccountId;
  readonly ownerHotkey: AccountId;
  /** TAO the owner locks into the pool (rao) */
  readonly lock: bigint;
}

/** The functions of other modules genesis builds with, injected by the runtime composition. */
export interface GenesisModules {
  /** create the root network (netuid 0) */
  readonly createRootNetwork?: (ctx: DispatchContext) => void;
  /** create a subnet as `register_network` would at block 0, the owner paying `lock` */
  readonly createSubnet?: (ctx: DispatchContext, subnet: GenesisSubnetSpec) => void;
  /** open emission and staking (`start_call`) */
  readonly startSubnet?: (ctx: DispatchContext, netuid: NetUid) => void;
  /** the pool genesis stake is bought through */
  readonly swap?: GenesisSwap;
}

export interface GenesisState {
  /** every write of block 0, sorted by key */
  readonly changes: StateChanges;
  readonly events: readonly PhasedEvent[];
}

function writeNetworkParams(ctx: DispatchContext, config: GenesisConfig): void {
  const params = { stakeThreshold: DEFAULT_STAKE_THRESHOLD, ...config.network };
  // deterministic: each parameter writes its own storage item, so the order does not matter
  for (const [name, value] of Object.entries(params)) {
    if (value !== undefined) NETWORK_PARAMS[name as NetworkParamName].write(ctx.state, value);
  }
}

function createSubnet(
  ctx: DispatchContext,
  config: GenesisConfig,
  subnet: GenesisSubnet,
  modules: GenesisModules,
): void {
  const netuid = subnet.netuid as NetUid;
  if (modules.createSubnet === undefined) {
    throw new GenesisError([
      `subnets: subnet ${netuid} cannot be created, the runtime has no subnets module`,
    ]);
  }
  const lock = getGenesisLock(config, subnet);
  const spec = { netuid, owner: subnet.owner, ownerHotkey: subnet.ownerHotkey, lock };
  modules.createSubnet(ctx, spec);
  // deterministic: each hyperparameter writes its own storage item
  for (const [name, value] of Object.entries(subnet.hyperparameters ?? {})) {
    if (value !== undefined) SUBNET_PARAMS[name as SubnetParamName].write(ctx.state, netuid, value);
  }
  if (subnet.start ?? true) {
    modules.startSubnet?.(ctx, netuid);
    SubnetEmissionEnabled.set(ctx.state, [netuid], true);
  }
}

/** The genesis writes of `config` (throws `GenesisError` naming every bad field). */
export function buildGenesis(config: GenesisConfig, modules: GenesisModules = {}): GenesisState {
  validateGenesis(config);
  const state = new OverlayState(new MemoryBackend());
  const ctx = createBlockContext(state, { number: 0, timestamp: config.timestamp ?? 0 });
  BlockNumber.set(state, 0);
  Now.set(state, BigInt(config.timestamp ?? 0));
  for (const { account, free } of config.balances ?? []) mint(ctx, account, free);
  if (config.sudoKey !== undefined) SudoKey.set(state, config.sudoKey);
  FeeDestinationStorage.set(state, config.feeDestination ?? 'author');
  writeNetworkParams(ctx, config);
  modules.createRootNetwork?.(ctx);
  const subnets = [...(config.subnets ?? [])].sort((a, b) => a.netuid - b.netuid);
  for (const subnet of subnets) createSubnet(ctx, config, subnet, modules);
  // once every subnet exists, so that each pool is seeded at the same median price before any stake moves it
  for (const subnet of subnets) {
    registerGenesisNeurons(ctx, subnet.netuid as NetUid, subnet.neurons ?? [], modules.swap);
  }
  return { changes: state.takeChanges(), events: ctx.events.all() };
}

/** A `MemoryBackend` holding the genesis state (tests, simulations, a fresh dev node). */
export function createGenesisBackend(config: GenesisConfig, modules: GenesisModules = {}): MemoryBackend {
  return new MemoryBackend(buildGenesis(config, modules).changes);
}
