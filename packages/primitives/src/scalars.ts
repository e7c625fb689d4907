/**
 * Branded scalars of the Bittensor vocabulary. Brands keep a netuid from being passed as a uid and
 * a TAO amount from being mixed with an alpha amount; the constructors validate the range.
 */
import { TaonetError } from './taonetError.js';

declare const brand: unique symbol;
export type Brand<T, Name extends string> = T & { readonly [brand]: Name };

export type NetUid = Brand<number, 'NetUid'>;
export type Uid = Brand<number, 'Uid'>;
export type MechId = Brand<number, 'MechId'>;
export type BlockNumber = Brand<number, 'BlockNumber'>;
/** An amount of TAO in rao (1 TAO = 10^9 rao). */
export type Rao = Brand<bigint, 'Rao'>;
/** An amount of a subnet's alpha token in its smallest unit (10^9 per alpha). */
export type AlphaRao = Brand<bigint, 'AlphaRao'>;
/** An SS58 address string (validated by `@taonet/crypto`). */
export type Ss58 = Brand<string, 'Ss58'>;
/** A 32-byte hash as 0x-prefixed lowercase hex. */
export type Hash = Brand<string, 'Hash'>;
/** A 32-byte account id (an sr25519/ed25519 public key) as 0x-prefixed lowercase hex. */
export type AccountId = Brand<string, 'AccountId'>;

export const U16_MAX = 65_535;
export const U64_MAX = (1n << 64n) - 1n;
export const RAO_PER_TAO = 1_000_000_000n;
export const TAO_DECIMALS = 9;

function ensureInteger(kind: string, value: number, max: number): void {
  if (!Number.isSafeInteger(value) || value < 0 || value > max) {
    throw new TaonetError('INVALID_SCALAR', `${kind} must be an integer in [0, ${max}], got ${value}`, {
      details: { kind, value },
    });
  }
}

export function netUid(value: number): NetUid {
  ensureInteger('netuid', value, U16_MAX);
  return value as NetUid;
}

export function uid(value: number): Uid {
  ensureInteger('uid', value, U16_MAX);
  return value as Uid;
}

export function mechId(value: number): MechId {
  ensureInteger('mechanism id', value, 255);
  return value as MechId;
}

export function blockNumber(value: number): BlockNumber {
  ensureInteger('block number', value, 0xffff_ffff);
  return value as BlockNumber;
}

function ensureU64(kind: string, value: bigint): void {
  if (value < 0n || value > U64_MAX) {
    throw new TaonetError('INVALID_AMOUNT', `${kind} must be in [0, 2^64-1] rao, got ${value}`, {
      details: { kind, value },
    });
  }
}

/** A TAO amount in rao: `rao(1_500_000_000n)` is 1.5 TAO. */
export function rao(value: bigint | number): Rao {
  const amount = BigInt(value);
  ensureU64('TAO amount', amount);
  return amount as Rao;
}

export function alphaRao(value: bigint | number): AlphaRao {
  const amount = BigInt(value);
  ensureU64('alpha amount', amount);
  return amount as AlphaRao;
}

const DECIMAL = /^(\d+)(?:\.(\d*))?$/;

/** Parse a decimal token amount exactly (at most 9 decimals): `parseUnits("1.5")` = 1_500_000_000n. */
export function parseUnits(text: string, kind = 'amount'): bigint {
  const match = DECIMAL.exec(text.trim().replace(/_/g, ''));
  if (match === null) {
    throw new TaonetError('INVALID_AMOUNT', `${kind} "${text}" is not a decimal number like 1.5`, {
      details: { kind, text },
    });
  }
  const whole = match[1] ?? '0';
  const fraction = match[2] ?? '';
  if (fraction.length > TAO_DECIMALS) {
    throw new TaonetError(
      'INVALID_AMOUNT',
      `${kind} "${text}" has more than 9 decimals (1 rao = 0.000000001)`,
      {
        details: { kind, text },
      },
    );
  }
  const amount = BigInt(whole) * RAO_PER_TAO + BigInt(fraction.padEnd(TAO_DECIMALS, '0'));
  ensureU64(kind, amount);
  return amount;
}

/** A TAO amount from decimal text: `tao("1.5")` = 1_500_000_000 rao. */
export function tao(text: string): Rao {
  return parseUnits(text, 'TAO amount') as Rao;
}

export function alpha(text: string): AlphaRao {
  return parseUnits(text, 'alpha amount') as AlphaRao;
}

export interface FormatUnitsOpts {
  /** fixed number of decimals (truncated toward zero, never rounded up); default: all, trailing zeros dropped */
  readonly decimals?: number;
  /** prefix such as 'τ' or a subnet's alpha symbol */
  readonly symbol?: string;
  /** group thousands with commas */
  readonly grouping?: boolean;
}

export function formatUnits(amount: bigint, opts: FormatUnitsOpts = {}): string {
  const negative = amount < 0n;
  const magnitude = negative ? -amount : amount;
  const whole = magnitude / RAO_PER_TAO;
  let fraction = (magnitude % RAO_PER_TAO).toString().padStart(TAO_DECIMALS, '0');
  fraction = opts.decimals === undefined ? fraction.replace(/0+$/, '') : fraction.slice(0, opts.decimals);
  let wholeText = whole.toString();
  if (opts.grouping === true) wholeText = wholeText.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  const number = fraction.length > 0 ? `${wholeText}.${fraction}` : wholeText;
  return `${negative ? '-' : ''}${opts.symbol ?? ''}${number}`;
}

/** `formatTao(1_500_000_000n)` = "1.5"; `formatTao(x, { decimals: 4, symbol: 'τ' })` = "τ1.5000". */
export function formatTao(amount: Rao | bigint, opts: FormatUnitsOpts = {}): string {
  return formatUnits(amount, opts);
}

const HASH = /^0x[0-9a-f]{64}$/;

export function hash(text: string): Hash {
  const lower = text.toLowerCase();
  if (!HASH.test(lower)) {
    throw new TaonetError('INVALID_HASH', `"${text}" is not a 32-byte hash (0x followed by 64 hex digits)`, {
      details: { text },
    });
  }
  return lower as Hash;
}

/** An account id from 32 raw bytes or their hex. */
export function accountId(value: Uint8Array | string): AccountId {
  if (typeof value !== 'string') {
    if (value.length !== 32) {
      throw new TaonetError('INVALID_ACCOUNT', `an account id has 32 bytes, got ${value.length}`);
    }
    let out = '0x';
    for (const byte of value) out += byte.toString(16).padStart(2, '0');
    return out as AccountId;
  }
  const lower = value.toLowerCase();
  if (!HASH.test(lower)) {
    throw new TaonetError('INVALID_ACCOUNT', `"${value}" is not a 32-byte account id in hex`, {
      details: { value },
    });
  }
  return lower as AccountId;
}
