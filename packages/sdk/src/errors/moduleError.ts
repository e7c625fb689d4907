/**
 * Runtime (dispatch) errors as the SDK reports them: the pallet and subtensor's error name
 * (`SubtensorModule.NotEnoughBalanceToStake`), the error's index when known, its description from the
 * generated table, what the runtime added (`detail`), and a hint for the common mistakes.
 */
import { MODULE_ERRORS } from './moduleErrorTable.js';

export interface ModuleError {
  readonly pallet: string;
  readonly name: string;
  readonly palletIndex: number | undefined;
  /** the error's index in its pallet (the module error index on the wire) */
  readonly index: number | undefined;
  /** a human description of the error */
  readonly docs: string;
  /** what the runtime said in addition (the failing value, ...) */
  readonly detail: string | undefined;
  readonly hint: string | undefined;
}

const HINTS: Readonly<Record<string, string>> = {
  NotEnoughBalanceToStake: 'check the coldkey balance (getBalance) and stake less',
  NotEnoughStakeToWithdraw: 'check the stake (getStakeInfoForColdkey) and unstake less',
  HotKeyNotRegisteredInSubNet: 'register the hotkey first (burnedRegister)',
  HotKeyAlreadyRegisteredInSubNet: 'the hotkey already holds a uid on this subnet',
  NotSubnetOwner: "sign with the subnet owner's coldkey",
  SubNetworkDoesNotExist: 'list the subnets (getSubnets) and use an existing netuid',
  SubtokenDisabled: 'the subnet owner must call start_call first (startCall)',
  SettingWeightsTooFast: 'wait for the weights rate limit (weights_rate_limit hyperparameter)',
  CommitRevealEnabled: 'commit then reveal the weights (commitWeights, revealWeights)',
  NeuronNoValidatorPermit: 'only validators with a permit can set weights on other uids',
  TooManyRegistrationsThisBlock: 'retry in the next block',
  TooManyRegistrationsThisInterval: 'retry after the adjustment interval',
  SlippageTooHigh: 'the price moved: raise the slippage tolerance or retry',
  NeedWaitingMoreBlocksToStarCall: 'the subnet can be started only after the start call delay',
  CannotAffordLockCost: 'check the network registration cost (getNetworkRegistrationCost)',
  InsufficientBalance: 'check the balance (getBalance)',
  Expendability: 'use transfer with keepAlive: false, or send less',
  Payment: 'the account cannot pay the transaction fee',
  RequireSudo: 'sign with the sudo key',
  BadOrigin: 'sign with the account the call requires (such as the subnet owner), or send it as root (sudo)',
};

const byName = new Map<string, { palletIndex: number; index: number; docs: string }>();
const byIndex = new Map<string, { pallet: string; name: string; docs: string }>();
for (const pallet of MODULE_ERRORS) {
  pallet.errors.forEach(([name, docs], index) => {
    byName.set(`${pallet.pallet}.${name}`, { palletIndex: pallet.index, index, docs });
    byIndex.set(`${pallet.index}.${index}`, { pallet: pallet.pallet, name, docs });
  });
}

/** The error `name` of `pallet`, with its description; unknown names keep a generic description. */
export function getModuleError(pallet: string, name: string, detail?: string): ModuleError {
  const known = byName.get(`${pallet}.${name}`);
  return {
    pallet,
    name,
    palletIndex: known?.palletIndex,
    index: known?.index,
    docs: known?.docs ?? `${pallet} error ${name}`,
    detail: detail === undefined || detail === '' ? undefined : detail,
    hint: HINTS[name],
  };
}

/** The error at (pallet index, error index), as Substrate's `DispatchError::Module` gives it. */
export function getModuleErrorByIndex(palletIndex: number, index: number): ModuleError | undefined {
  const known = byIndex.get(`${palletIndex}.${index}`);
  if (known === undefined) return undefined;
  return { ...getModuleError(known.pallet, known.name), palletIndex, index };
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** The first byte of Substrate's 4-byte module error (`"0x05000000"` or `[5, 0, 0, 0]`), or a number. */
function errorIndexOf(value: unknown): number | undefined {
  if (typeof value === 'number') return value;
  if (typeof value === 'string' && /^0x[0-9a-fA-F]{2}/.test(value))
    return Number.parseInt(value.slice(2, 4), 16);
  if (Array.isArray(value) && typeof value[0] === 'number') return value[0];
  return undefined;
}

/**
 * The error of an `ExtrinsicFailed` event: taonet's `{ module, error, message }`, or Substrate's
 * `{ dispatchError: { module: { index, error } } }`; anything else keeps its JSON as the description.
 */
export function decodeDispatchError(data: unknown): ModuleError {
  if (isRecord(data) && typeof data.module === 'string' && typeof data.error === 'string') {
    const prefix = `${data.module}.${data.error}`;
    const message = typeof data.message === 'string' ? data.message : '';
    const detail = message.startsWith(`${prefix}: `) ? message.slice(prefix.length + 2) : undefined;
    return getModuleError(data.module, data.error, detail);
  }
  const dispatchError = isRecord(data) ? data.dispatchError : undefined;
  const module = isRecord(dispatchError) ? (dispatchError.module ?? dispatchError.Module) : undefined;
  if (isRecord(module) && typeof module.index === 'number') {
    const index = errorIndexOf(module.error);
    const known = index === undefined ? undefined : getModuleErrorByIndex(module.index, index);
    if (known !== undefined) return known;
  }
  return {
    pallet: 'Unknown',
    name: 'Unknown',
    palletIndex: undefined,
    index: undefined,
    docs: `unrecognised dispatch error ${JSON.stringify(data)}`,
    detail: undefined,
    hint: undefined,
  };
}
