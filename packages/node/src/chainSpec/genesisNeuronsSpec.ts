/**
 * A genesis subnet's neurons in a chain spec: listed ones (`neurons: [{ hotkey, coldkey, stake? }]`) and
 * derived ones (`fill: { count, seed?, coldkeys?, stake?, validators?, balance? }`), which fill the subnet
 * up to `count` uids with keys from `fillKeys.ts`. The runtime's genesis validation checks the result
 * (ownership, uid room, stake minimum); here the JSON shape is checked, each problem with its path.
 */
import type { AccountId } from '@taonet/primitives';
import type { GenesisBalance, GenesisNeuron } from '@taonet/runtime';
import { isObject, type Json, type Problems, toAccount, toAmount } from './chainSpecValues.js';
import { DEFAULT_FILL_SEED, deriveFillAccount } from './fillKeys.js';

/** Coldkeys a `fill` spreads its hotkeys over unless told: hotkey `uid` belongs to coldkey `uid % 16`. */
export const DEFAULT_FILL_COLDKEYS = 16;
const MAX_UIDS = 65_535;

export interface SubnetNeurons {
  readonly neurons: GenesisNeuron[];
  /** the derived coldkeys' genesis balances (`fill.balance`) */
  readonly balances: GenesisBalance[];
}

export interface FillSpec {
  /** uids of the subnet after genesis: uid 0 (owner hotkey), the listed neurons, then derived ones */
  readonly count: number;
  readonly seed: string;
  readonly coldkeys: number;
  /** TAO (rao) each staked derived neuron's coldkey stakes to it at genesis */
  readonly stake: bigint;
  /** how many derived neurons (the lowest uids) get `stake` */
  readonly validators: number;
  /** free TAO (rao) of each derived coldkey */
  readonly balance: bigint;
}

function toNeuron(value: unknown, path: string, problems: Problems): GenesisNeuron {
  if (!isObject(value)) problems.add(path, 'expected { hotkey, coldkey, stake? }');
  const entry = isObject(value) ? value : {};
  const neuron = {
    hotkey: toAccount(entry.hotkey, `${path}.hotkey`, problems),
    coldkey: toAccount(entry.coldkey, `${path}.coldkey`, problems),
  };
  if (entry.stake === undefined) return neuron;
  return { ...neuron, stake: toAmount(entry.stake, `${path}.stake`, problems) };
}

function toCount(value: unknown, path: string, problems: Problems, min: number, fallback: number): number {
  if (value === undefined) return fallback;
  if (typeof value === 'number' && Number.isInteger(value) && value >= min && value <= MAX_UIDS) return value;
  problems.add(path, `expected an integer in ${min}..=${MAX_UIDS}, got ${JSON.stringify(value)}`);
  return fallback;
}

/** The fill of a subnet, or undefined when it has problems (reported). */
export function toFillSpec(value: unknown, path: string, problems: Problems, taken: number) {
  if (!isObject(value)) {
    problems.add(path, 'expected { count, seed?, coldkeys?, stake?, validators?, balance? }');
    return undefined;
  }
  const before = problems.list.length;
  const count = toCount(value.count, `${path}.count`, problems, 1, taken);
  if (value.count === undefined) problems.add(`${path}.count`, 'expected the number of uids to fill up to');
  else if (count < taken) {
    problems.add(
      `${path}.count`,
      `${count} is below the ${taken} uids the owner hotkey and the listed neurons already take`,
    );
  }
  const seed = value.seed ?? DEFAULT_FILL_SEED;
  if (typeof seed !== 'string' || seed === '') problems.add(`${path}.seed`, 'expected a non-empty string');
  const derived = Math.max(count - taken, 0);
  const fill: FillSpec = {
    count,
    seed: String(seed),
    coldkeys: toCount(value.coldkeys, `${path}.coldkeys`, problems, 1, DEFAULT_FILL_COLDKEYS),
    stake: value.stake === undefined ? 0n : toAmount(value.stake, `${path}.stake`, problems),
    validators: toCount(value.validators, `${path}.validators`, problems, 0, derived),
    balance: value.balance === undefined ? 0n : toAmount(value.balance, `${path}.balance`, problems),
  };
  return problems.list.length === before ? fill : undefined;
}

/** The neurons `fill` derives on `netuid` for uids `first..count-1`, and the coldkeys' balances. */
export function deriveFillNeurons(netuid: number, first: number, fill: FillSpec): SubnetNeurons {
  const coldkeys = new Map<number, AccountId>();
  const coldkeyOf = (uid: number): AccountId => {
    const index = uid % fill.coldkeys;
    let account = coldkeys.get(index);
    if (account === undefined) {
      account = deriveFillAccount(fill.seed, netuid, 'coldkey', index);
      coldkeys.set(index, account);
    }
    return account;
  };
  const neurons: GenesisNeuron[] = [];
  for (let uid = first; uid < fill.count; uid++) {
    const hotkey = deriveFillAccount(fill.seed, netuid, 'hotkey', uid);
    const staked = uid - first < fill.validators && fill.stake > 0n;
    neurons.push({ hotkey, coldkey: coldkeyOf(uid), ...(staked ? { stake: fill.stake } : {}) });
  }
  const balances =
    fill.balance === 0n ? [] : [...coldkeys.values()].map((account) => ({ account, free: fill.balance }));
  return { neurons, balances };
}

/** The listed and derived neurons of a subnet spec (`subnet` is its JSON object). */
export function toSubnetNeurons(subnet: Json, path: string, problems: Problems): SubnetNeurons {
  const listed = subnet.neurons ?? [];
  if (!Array.isArray(listed)) {
    problems.add(`${path}.neurons`, 'expected a list of { hotkey, coldkey, stake? }');
    return { neurons: [], balances: [] };
  }
  const neurons = listed.map((entry: unknown, i) => toNeuron(entry, `${path}.neurons[${i}]`, problems));
  if (subnet.fill === undefined) return { neurons, balances: [] };
  const first = 1 + neurons.length;
  const fill = toFillSpec(subnet.fill, `${path}.fill`, problems, first);
  const { netuid } = subnet;
  if (fill === undefined || typeof netuid !== 'number' || !Number.isInteger(netuid)) {
    return { neurons, balances: [] };
  }
  const derived = deriveFillNeurons(netuid, first, fill);
  return { neurons: [...neurons, ...derived.neurons], balances: derived.balances };
}
