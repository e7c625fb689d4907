/**
 * Checks a genesis config before anything is written, and reports every problem at once with the path
 * of the bad field (`subnets[1].hyperparameters.maxAllowedValidators: ...`), so a chain spec is fixed
 * in one pass. Configs usually come from JSON, so types are checked as well as ranges.
 */
import { type AccountId, accountId, TaonetError } from '@taonet/primitives';
import { EXISTENTIAL_DEPOSIT } from '../balances/schema.js';
import { TOTAL_SUPPLY } from '../coinbase/math/blockEmission.js';
import { NEW_SUBNET_MAX_ALLOWED_UIDS } from '../subnets/initNewNetwork.js';
import { DEFAULT_NETWORK_MIN_LOCK_COST, type GenesisConfig, type GenesisSubnet } from './genesisConfig.js';
import { NETWORK_PARAMS, PARAM_RANGES, type ParamKind, SUBNET_PARAMS } from './genesisParams.js';

export class GenesisError extends TaonetError {
  constructor(readonly problems: readonly string[]) {
    super('INVALID_GENESIS', `invalid genesis config:\n  ${problems.join('\n  ')}`, {
      details: { problems },
    });
  }
}

type Problems = string[];

/** The least genesis stake of a neuron: subtensor's minimum stake, 0.002 TAO. */
export const MIN_GENESIS_STAKE = 2_000_000n;

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function checkAccount(problems: Problems, field: string, value: unknown): AccountId | undefined {
  try {
    if (typeof value !== 'string') throw new TypeError('not a string');
    return accountId(value);
  } catch {
    problems.push(`${field}: expected a 32-byte account id in 0x-hex, got ${String(value)}`);
    return undefined;
  }
}

function checkAmount(problems: Problems, field: string, value: unknown): bigint | undefined {
  if (typeof value !== 'bigint' || value < 0n || value > TOTAL_SUPPLY) {
    problems.push(`${field}: expected an amount of rao as a bigint in [0, 21e15], got ${String(value)}`);
    return undefined;
  }
  return value;
}

/** A problem for a parameter value that is not of its kind or out of its range, else undefined. */
export function checkParam(field: string, kind: ParamKind, value: unknown): string | undefined {
  if (kind === 'bool') return typeof value === 'boolean' ? undefined : `${field}: expected true or false`;
  const integer = typeof value === 'bigint' || (typeof value === 'number' && Number.isSafeInteger(value));
  const [min, max] = PARAM_RANGES[kind];
  if (!integer || BigInt(value) < min || BigInt(value) > max) {
    return `${field}: expected a ${kind} integer in [${min}, ${max}], got ${String(value)}`;
  }
  return undefined;
}

function checkParams(
  problems: Problems,
  field: string,
  values: unknown,
  table: Readonly<Record<string, { readonly kind: ParamKind }>>,
): void {
  if (values === undefined) return;
  if (!isRecord(values)) {
    problems.push(`${field}: expected an object of parameters`);
    return;
  }
  // deterministic: the config object's own keys, each checked independently
  for (const [name, value] of Object.entries(values)) {
    const param = table[name];
    if (param === undefined) {
      // deterministic: the declaration order of the parameter table
      problems.push(`${field}.${name}: unknown parameter (known: ${Object.keys(table).join(', ')})`);
      continue;
    }
    const problem = checkParam(`${field}.${name}`, param.kind, value);
    if (problem !== undefined) problems.push(problem);
  }
}

function checkBalances(problems: Problems, config: GenesisConfig) {
  const funded = new Map<AccountId, bigint>();
  if (config.balances === undefined) return { funded, total: 0n };
  if (!Array.isArray(config.balances)) {
    problems.push('balances: expected a list of { account, free }');
    return { funded, total: 0n };
  }
  let total = 0n;
  for (const [i, entry] of (config.balances as readonly unknown[]).entries()) {
    const field = `balances[${i}]`;
    if (!isRecord(entry)) {
      problems.push(`${field}: expected { account, free }`);
      continue;
    }
    const account = checkAccount(problems, `${field}.account`, entry.account);
    const free = checkAmount(problems, `${field}.free`, entry.free);
    if (account === undefined || free === undefined) continue;
    if (free > 0n && free < EXISTENTIAL_DEPOSIT) {
      problems.push(
        `${field}.free: ${free} rao is below the existential deposit (${EXISTENTIAL_DEPOSIT} rao)`,
      );
    }
    if (funded.has(account)) problems.push(`${field}.account: ${account} is funded twice`);
    funded.set(account, free);
    total += free;
  }
  if (total > TOTAL_SUPPLY) problems.push(`balances: the total ${total} rao exceeds the 21M TAO supply`);
  return { funded, total };
}

function checkSubnetBounds(problems: Problems, field: string, subnet: GenesisSubnet): void {
  const params = subnet.hyperparameters ?? {};
  const uids = params.maxAllowedUids;
  const validators = params.maxAllowedValidators;
  if (uids !== undefined && validators !== undefined && BigInt(validators) > BigInt(uids)) {
    problems.push(
      `${field}.hyperparameters.maxAllowedValidators: ${validators} exceeds maxAllowedUids ${uids}`,
    );
  }
  const { minBurn, maxBurn } = params;
  if (minBurn !== undefined && maxBurn !== undefined && BigInt(minBurn) >= BigInt(maxBurn)) {
    problems.push(`${field}.hyperparameters.minBurn: ${minBurn} must be below maxBurn ${maxBurn}`);
  }
}

/** `NetworkMinLockCost` at genesis: the config's (when it is a valid integer) or the default 1,000 TAO. */
export function getGenesisMinLock(config: GenesisConfig): bigint {
  const value = config.network?.networkMinLockCost;
  const valid = typeof value === 'bigint' || (typeof value === 'number' && Number.isSafeInteger(value));
  return valid ? BigInt(value) : DEFAULT_NETWORK_MIN_LOCK_COST;
}

/** The lock a genesis subnet pays: its own, or the network's minimum lock cost. */
export function getGenesisLock(config: GenesisConfig, subnet: GenesisSubnet): bigint {
  return subnet.lock ?? getGenesisMinLock(config);
}

/** What the subnets' checks share: balances left after locks, hotkey owners, genesis stake issued. */
interface SubnetChecks {
  readonly funded: Map<AccountId, bigint>;
  /** hotkey -> its coldkey, over every subnet (a hotkey has one owner) */
  readonly hotkeyOwners: Map<AccountId, { readonly coldkey: AccountId; readonly field: string }>;
  staked: bigint;
}

function claimHotkey(
  problems: Problems,
  checks: SubnetChecks,
  field: string,
  hotkey: AccountId,
  coldkey: AccountId,
): void {
  const claimed = checks.hotkeyOwners.get(hotkey);
  if (claimed === undefined) checks.hotkeyOwners.set(hotkey, { coldkey, field });
  else if (claimed.coldkey !== coldkey) {
    problems.push(
      `${field}: hotkey ${hotkey} already belongs to coldkey ${claimed.coldkey} (${claimed.field})`,
    );
  }
}

function checkNeuron(
  problems: Problems,
  field: string,
  neuron: unknown,
  checks: SubnetChecks,
): AccountId | undefined {
  if (!isRecord(neuron)) return void problems.push(`${field}: expected { hotkey, coldkey, stake? }`);
  const hotkey = checkAccount(problems, `${field}.hotkey`, neuron.hotkey);
  const coldkey = checkAccount(problems, `${field}.coldkey`, neuron.coldkey);
  if (neuron.stake !== undefined) {
    const stake = checkAmount(problems, `${field}.stake`, neuron.stake);
    if (stake !== undefined && stake > 0n && stake < MIN_GENESIS_STAKE) {
      problems.push(`${field}.stake: ${stake} rao is below the minimum stake (${MIN_GENESIS_STAKE} rao)`);
    }
    checks.staked += stake ?? 0n;
  }
  if (hotkey !== undefined && coldkey !== undefined) claimHotkey(problems, checks, field, hotkey, coldkey);
  return hotkey;
}

function checkNeurons(
  problems: Problems,
  field: string,
  subnet: Record<string, unknown>,
  ownerHotkey: AccountId | undefined,
  checks: SubnetChecks,
) {
  const { neurons } = subnet;
  if (neurons === undefined) return;
  if (!Array.isArray(neurons)) return void problems.push(`${field}.neurons: expected a list of neurons`);
  const params = isRecord(subnet.hyperparameters) ? subnet.hyperparameters : {};
  const maxUids = params.maxAllowedUids ?? NEW_SUBNET_MAX_ALLOWED_UIDS;
  const integer = typeof maxUids === 'bigint' || typeof maxUids === 'number';
  if (integer && BigInt(neurons.length + 1) > BigInt(maxUids)) {
    problems.push(
      `${field}.neurons: ${neurons.length} neurons and the owner hotkey exceed maxAllowedUids ${maxUids}`,
    );
  }
  if (neurons.length > 0 && subnet.start === false) {
    if (neurons.some((n: unknown) => isRecord(n) && n.stake !== undefined && n.stake !== 0n)) {
      problems.push(`${field}.neurons: genesis stake needs a started subnet (start: true)`);
    }
  }
  const registered = new Map<AccountId, string>();
  if (ownerHotkey !== undefined) registered.set(ownerHotkey, 'the owner hotkey');
  for (const [i, neuron] of (neurons as readonly unknown[]).entries()) {
    const hotkey = checkNeuron(problems, `${field}.neurons[${i}]`, neuron, checks);
    if (hotkey === undefined) continue;
    const other = registered.get(hotkey);
    if (other !== undefined) {
      problems.push(
        `${field}.neurons[${i}].hotkey: ${hotkey} is already registered on this subnet (${other})`,
      );
    }
    registered.set(hotkey, `neurons[${i}]`);
  }
}

function checkSubnet(
  problems: Problems,
  field: string,
  subnet: unknown,
  checks: SubnetChecks,
  config: GenesisConfig,
) {
  const { funded } = checks;
  if (!isRecord(subnet)) return void problems.push(`${field}: expected { netuid, owner, ownerHotkey, ... }`);
  const { netuid } = subnet;
  if (typeof netuid !== 'number' || !Number.isInteger(netuid) || netuid < 1 || netuid > 65_535) {
    problems.push(
      `${field}.netuid: expected an integer in 1..=65535 (0 is the root network), got ${String(netuid)}`,
    );
  }
  const owner = checkAccount(problems, `${field}.owner`, subnet.owner);
  const ownerHotkey = checkAccount(problems, `${field}.ownerHotkey`, subnet.ownerHotkey);
  if (owner !== undefined && ownerHotkey !== undefined) {
    claimHotkey(problems, checks, `${field}.ownerHotkey`, ownerHotkey, owner);
  }
  if (subnet.start !== undefined && typeof subnet.start !== 'boolean') {
    problems.push(`${field}.start: expected true or false`);
  }
  checkParams(problems, `${field}.hyperparameters`, subnet.hyperparameters, SUBNET_PARAMS);
  checkSubnetBounds(problems, field, subnet as unknown as GenesisSubnet);
  checkNeurons(problems, field, subnet, ownerHotkey, checks);
  if (owner === undefined) return;
  const lock = checkAmount(problems, `${field}.lock`, subnet.lock ?? getGenesisMinLock(config));
  if (lock === undefined) return;
  const minLock = getGenesisMinLock(config);
  if (lock < minLock) {
    problems.push(`${field}.lock: ${lock} rao is below network.networkMinLockCost (${minLock} rao)`);
    return;
  }
  const balance = funded.get(owner) ?? 0n;
  const left = balance - lock;
  if (left < 0n || (left > 0n && left < EXISTENTIAL_DEPOSIT)) {
    problems.push(
      `${field}.lock: ${lock} rao is more than the owner's genesis balance ${balance} rao can lock`,
    );
  } else {
    funded.set(owner, left);
  }
}

/** Returns the TAO the genesis neurons stake (issued on top of the balances). */
function checkSubnets(problems: Problems, config: GenesisConfig, funded: Map<AccountId, bigint>): bigint {
  if (config.subnets === undefined) return 0n;
  if (!Array.isArray(config.subnets)) {
    problems.push('subnets: expected a list of subnets');
    return 0n;
  }
  const seen = new Set<unknown>();
  const checks: SubnetChecks = { funded, hotkeyOwners: new Map(), staked: 0n };
  for (const [i, subnet] of (config.subnets as readonly unknown[]).entries()) {
    checkSubnet(problems, `subnets[${i}]`, subnet, checks, config);
    const netuid = isRecord(subnet) ? subnet.netuid : undefined;
    if (seen.has(netuid)) problems.push(`subnets[${i}].netuid: netuid ${String(netuid)} is declared twice`);
    seen.add(netuid);
  }
  const limit = config.network?.subnetLimit;
  if (limit !== undefined && BigInt(config.subnets.length) > BigInt(limit)) {
    problems.push(`subnets: ${config.subnets.length} subnets exceed network.subnetLimit ${limit}`);
  }
  return checks.staked;
}

/** Throws a `GenesisError` listing every problem of `config`. */
export function validateGenesis(config: GenesisConfig): void {
  const problems: Problems = [];
  if (!isRecord(config)) throw new GenesisError(['(root): expected a genesis config object']);
  const { funded, total } = checkBalances(problems, config);
  if (config.sudoKey !== undefined) checkAccount(problems, 'sudoKey', config.sudoKey);
  const fees = config.feeDestination;
  if (fees !== undefined && fees !== 'author' && fees !== 'burn') {
    problems.push(`feeDestination: expected 'author' or 'burn', got ${String(fees)}`);
  }
  checkParams(problems, 'network', config.network, NETWORK_PARAMS);
  const staked = checkSubnets(problems, config, funded);
  if (staked > 0n && total <= TOTAL_SUPPLY && total + staked > TOTAL_SUPPLY) {
    problems.push(`subnets: the genesis stake ${staked} rao and the balances exceed the 21M TAO supply`);
  }
  const time = config.timestamp;
  if (time !== undefined && !(typeof time === 'number' && Number.isSafeInteger(time) && time >= 0)) {
    problems.push(`timestamp: expected milliseconds since the Unix epoch, got ${String(time)}`);
  }
  if (problems.length > 0) throw new GenesisError(problems);
}
