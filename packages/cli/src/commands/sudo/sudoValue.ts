/**
 * `--value` text -> the setter's arguments after `netuid`, by the argument types of the SDK's ADMIN_CALLS
 * entry: integers checked against their width (`u16` 0..65535, `i16`, `u64`, ...), booleans as
 * true/false/1/0/yes/no/on/off, several arguments comma-separated (`alpha_values`: `low,high`).
 */
import type { AdminArgType } from '@taonet/sdk';
import { UsageError } from '../../errors/cliErrors.js';

const RANGES: Readonly<Record<string, readonly [bigint, bigint]>> = {
  u8: [0n, 255n],
  u16: [0n, 65_535n],
  i16: [-32_768n, 32_767n],
  u64: [0n, (1n << 64n) - 1n],
  u128: [0n, (1n << 128n) - 1n],
  i128: [-(1n << 127n), (1n << 127n) - 1n],
};

const TRUE = ['true', '1', 'yes', 'on'];
const FALSE = ['false', '0', 'no', 'off'];

function parseOne(text: string, type: AdminArgType, param: string): unknown {
  const t = text.trim();
  if (type === 'bool') {
    if (TRUE.includes(t.toLowerCase())) return true;
    if (FALSE.includes(t.toLowerCase())) return false;
    throw new UsageError(`${param} is true or false, got "${text}"`);
  }
  const range = RANGES[type];
  if (range === undefined) throw new UsageError(`${param} (${type}) cannot be set with tao sudo set`);
  if (!/^-?\d+$/.test(t)) throw new UsageError(`${param} is an integer (${type}), got "${text}"`);
  const value = BigInt(t);
  if (value < range[0] || value > range[1]) {
    throw new UsageError(`${param} must be between ${range[0]} and ${range[1]} (${type}), got ${t}`);
  }
  return type === 'u64' || type === 'u128' || type === 'i128' ? value : Number(value);
}

/** The setter's arguments (without netuid) from `--value`. */
export function parseParamValue(
  param: string,
  args: readonly (readonly [string, AdminArgType])[],
  text: string,
): Record<string, unknown> {
  const parts = args.length === 1 ? [text] : text.split(',');
  if (parts.length !== args.length) {
    const names = args.map(([name]) => name).join(',');
    throw new UsageError(`${param} takes ${args.length} values: --value ${names}`);
  }
  return Object.fromEntries(args.map(([name, type], i) => [name, parseOne(parts[i] ?? '', type, param)]));
}

/** A value for people and JSON: bigints as decimal strings. */
export function formatParamValue(value: unknown): string {
  if (Array.isArray(value)) return value.map(formatParamValue).join(',');
  return typeof value === 'bigint' ? value.toString() : String(value);
}
