/**
 * Shares and takes as people type them: a fraction (`0.18`) or a percentage (`18%`), and their chain forms
 * (u16 takes out of 65535, u64 child proportions out of 2^64 - 1) back as fractions for display.
 */
import { UsageError } from '../../errors/cliErrors.js';

const U64_MAX = (1n << 64n) - 1n;

/** `0.18`, `18%` -> 0.18; must lie in [0, max]. */
export function parseFraction(text: string, flag: string, max = 1): number {
  const trimmed = text.trim();
  const percent = trimmed.endsWith('%');
  const number = percent ? trimmed.slice(0, -1).trim() : trimmed;
  const value = /^(\d+\.?\d*|\.\d+)$/.test(number) ? Number(number) / (percent ? 100 : 1) : Number.NaN;
  if (!Number.isFinite(value) || value < 0 || value > max) {
    throw new UsageError(
      `${flag} must be a fraction between 0 and ${max} (or a percentage such as 18%), got "${text}"`,
    );
  }
  return value;
}

/** A u16 chain fraction (11796) as a number (0.18). */
export function fromU16(value: number): number {
  return value / 65_535;
}

/** A u64 proportion as a number between 0 and 1. */
export function fromU64(value: bigint): number {
  return Number((value * 1_000_000_000n) / U64_MAX) / 1e9; // float-ok: display fraction
}
