/**
 * TAO amounts as people type and read them (`1.5`, `τ1.500000000`) and as the chain counts them (rao,
 * 1 TAO = 10^9 rao; alpha has the same 9 decimals). Parsing is exact: no floats on amounts.
 */
import { UsageError } from '../errors/cliErrors.js';

export const RAO_PER_TAO = 1_000_000_000n;

/** `1500000000n` -> `1.500000000` (9 decimals, as btcli prints balances). */
export function formatTao(rao: bigint): string {
  const negative = rao < 0n;
  const abs = negative ? -rao : rao;
  const whole = abs / RAO_PER_TAO;
  const frac = (abs % RAO_PER_TAO).toString().padStart(9, '0');
  return `${negative ? '-' : ''}${whole}.${frac}`;
}

/** A decimal amount (`1`, `0.25`, `1_000.5`) in rao; more than 9 decimals or a sign is a usage error. */
export function parseTao(text: string, flag: string): bigint {
  const cleaned = text.trim().replace(/^τ/, '').replaceAll('_', '').replaceAll(',', '');
  const match = /^(\d*)(?:\.(\d*))?$/.exec(cleaned);
  if (match === null || cleaned === '' || cleaned === '.') {
    throw new UsageError(`${flag} must be a positive amount of TAO such as 1.5, got "${text}"`);
  }
  const frac = match[2] ?? '';
  if (frac.length > 9) throw new UsageError(`${flag} has more than 9 decimals (1 rao = 0.000000001 TAO)`);
  return BigInt(match[1] || '0') * RAO_PER_TAO + BigInt(frac.padEnd(9, '0') || '0');
}

/** A fraction as a percentage with two decimals (u16 chain fractions: divide by 65535 first). */
export function formatPercent(fraction: number): string {
  return `${(fraction * 100).toFixed(2)}%`;
}
