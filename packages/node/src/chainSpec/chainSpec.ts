/**
 * The chain spec: what a chain is before its first block. The JSON file (`--chain <spec.json>`) names
 * the chain, its block time, its Aura authorities and its genesis config (the runtime's `GenesisConfig`,
 * with accounts as SS58 or 0x hex and amounts as decimal strings, since JSON has no big integers).
 * Problems are reported all at once, each with the path of the bad field.
 */
import { type AccountId, TaonetError } from '@taonet/primitives';
import type { GenesisBalance, GenesisConfig } from '@taonet/runtime';
import { isObject, Problems, toAccount, toAmount } from './chainSpecValues.js';
import { toSubnetNeurons } from './genesisNeuronsSpec.js';

export interface ChainProperties {
  readonly ss58Format: number;
  readonly tokenDecimals: number;
  readonly tokenSymbol: string;
}

export interface ChainSpec {
  readonly name: string;
  readonly id: string;
  readonly chainType: 'Development' | 'Local' | 'Live';
  /** slot duration in milliseconds */
  readonly blockTime: number;
  /** Aura authorities in slot order (slot % n authors) */
  readonly authorities: readonly AccountId[];
  readonly properties: ChainProperties;
  readonly genesis: GenesisConfig;
}

export const DEFAULT_PROPERTIES: ChainProperties = { ss58Format: 42, tokenDecimals: 9, tokenSymbol: 'TAO' };
export const DEFAULT_BLOCK_TIME = 12_000;
export const MIN_BLOCK_TIME = 50;

function toParams(
  value: unknown,
  path: string,
  problems: Problems,
): Record<string, number | bigint | boolean> {
  if (value === undefined) return {};
  if (!isObject(value)) {
    problems.add(path, 'expected an object of parameters');
    return {};
  }
  const out: Record<string, number | bigint | boolean> = {};
  // deterministic: each parameter is converted on its own
  for (const [name, raw] of Object.entries(value)) {
    if (typeof raw === 'boolean' || typeof raw === 'number') out[name] = raw;
    else out[name] = toAmount(raw, `${path}.${name}`, problems);
  }
  return out;
}

function toSubnet(value: unknown, path: string, problems: Problems, funded: GenesisBalance[]) {
  if (!isObject(value)) {
    problems.add(path, 'expected an object');
    return undefined;
  }
  const subnet: Record<string, unknown> = {
    netuid: value.netuid,
    owner: toAccount(value.owner, `${path}.owner`, problems),
    ownerHotkey: toAccount(value.ownerHotkey, `${path}.ownerHotkey`, problems),
  };
  if (value.lock !== undefined) subnet.lock = toAmount(value.lock, `${path}.lock`, problems);
  if (value.start !== undefined) subnet.start = value.start;
  if (value.hyperparameters !== undefined) {
    subnet.hyperparameters = toParams(value.hyperparameters, `${path}.hyperparameters`, problems);
  }
  if (value.neurons !== undefined || value.fill !== undefined) {
    const { neurons, balances } = toSubnetNeurons(value, path, problems);
    subnet.neurons = neurons;
    funded.push(...balances);
  }
  return subnet as unknown as NonNullable<GenesisConfig['subnets']>[number];
}

function toGenesis(value: unknown, problems: Problems): GenesisConfig {
  if (!isObject(value)) {
    problems.add('genesis', 'expected an object');
    return {};
  }
  const balances = Array.isArray(value.balances) ? value.balances : [];
  if (value.balances !== undefined && !Array.isArray(value.balances)) {
    problems.add('genesis.balances', 'expected a list of { account, free }');
  }
  if (value.subnets !== undefined && !Array.isArray(value.subnets)) {
    problems.add('genesis.subnets', 'expected a list of subnets');
  }
  const filled: GenesisBalance[] = [];
  const genesis: Record<string, unknown> = {
    balances: balances.map(
      (entry: unknown, i): GenesisBalance => ({
        account: toAccount(
          isObject(entry) ? entry.account : undefined,
          `genesis.balances[${i}].account`,
          problems,
        ),
        free: toAmount(isObject(entry) ? entry.free : undefined, `genesis.balances[${i}].free`, problems),
      }),
    ),
    network: toParams(value.network, 'genesis.network', problems),
    subnets: (Array.isArray(value.subnets) ? value.subnets : []).map((s: unknown, i) =>
      toSubnet(s, `genesis.subnets[${i}]`, problems, filled),
    ),
  };
  // the coldkeys `fill` derives, funded after the listed balances
  (genesis.balances as GenesisBalance[]).push(...filled);
  if (value.sudoKey !== undefined) genesis.sudoKey = toAccount(value.sudoKey, 'genesis.sudoKey', problems);
  if (value.feeDestination !== undefined) genesis.feeDestination = value.feeDestination;
  if (value.timestamp !== undefined) genesis.timestamp = value.timestamp;
  return genesis as GenesisConfig;
}

/** A chain spec from parsed JSON; throws `INVALID_CHAIN_SPEC` listing every problem. */
export function parseChainSpec(json: unknown): ChainSpec {
  const problems = new Problems();
  const spec = isObject(json) ? json : {};
  if (!isObject(json)) problems.add('(root)', 'expected a JSON object');
  const text = (key: string, fallback: string) => {
    const value = spec[key] ?? fallback;
    if (typeof value !== 'string' || value === '') problems.add(key, 'expected a non-empty string');
    return String(value);
  };
  const blockTime = spec.blockTime ?? DEFAULT_BLOCK_TIME;
  if (typeof blockTime !== 'number' || !Number.isInteger(blockTime) || blockTime < MIN_BLOCK_TIME) {
    problems.add('blockTime', `expected an integer number of milliseconds >= ${MIN_BLOCK_TIME}`);
  }
  const chainType = spec.chainType ?? 'Live';
  if (chainType !== 'Development' && chainType !== 'Local' && chainType !== 'Live') {
    problems.add('chainType', 'expected "Development", "Local" or "Live"');
  }
  const rawAuthorities = Array.isArray(spec.authorities) ? spec.authorities : [];
  if (rawAuthorities.length === 0)
    problems.add('authorities', 'expected a non-empty list of authority accounts');
  const authorities = rawAuthorities.map((a: unknown, i) => toAccount(a, `authorities[${i}]`, problems));
  const properties = { ...DEFAULT_PROPERTIES, ...(isObject(spec.properties) ? spec.properties : {}) };
  const result: ChainSpec = {
    name: text('name', ''),
    id: text('id', ''),
    chainType: chainType as ChainSpec['chainType'],
    blockTime: blockTime as number,
    authorities,
    properties: properties as ChainProperties,
    genesis: toGenesis(spec.genesis, problems),
  };
  if (problems.list.length > 0) {
    throw new TaonetError('INVALID_CHAIN_SPEC', `invalid chain spec:\n  ${problems.list.join('\n  ')}`, {
      details: { problems: problems.list },
    });
  }
  return result;
}
