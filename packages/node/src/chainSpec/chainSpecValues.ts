/**
 * Reading chain spec JSON values: accounts (SS58 or 0x hex), amounts (decimal strings or safe integers),
 * and the list of problems found, each named by the path of its field.
 */
import { ss58ToAccountId } from '@taonet/crypto';
import { type AccountId, isHex } from '@taonet/primitives';

export type Json = Record<string, unknown>;

/** The problems of a chain spec, each `path: message`. */
export class Problems {
  readonly list: string[] = [];
  add(path: string, message: string): void {
    this.list.push(`${path}: ${message}`);
  }
}

export const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

export function toAccount(value: unknown, path: string, problems: Problems): AccountId {
  if (typeof value === 'string' && isHex(value) && value.length === 66)
    return value.toLowerCase() as AccountId;
  try {
    if (typeof value === 'string') return ss58ToAccountId(value);
  } catch {
    // reported below
  }
  problems.add(path, `expected an SS58 address or 0x + 64 hex digits, got ${JSON.stringify(value)}`);
  return `0x${'00'.repeat(32)}` as AccountId;
}

/** A decimal string or a safe integer -> bigint. */
export function toAmount(value: unknown, path: string, problems: Problems): bigint {
  if (typeof value === 'string' && /^\d+$/.test(value)) return BigInt(value);
  if (typeof value === 'number' && Number.isSafeInteger(value) && value >= 0) return BigInt(value);
  problems.add(
    path,
    `expected a non-negative integer (decimal string for large values), got ${JSON.stringify(value)}`,
  );
  return 0n;
}
