/** Display formatting: amounts in TAO and alpha, fractions, addresses, ages. Never used for arithmetic. */
import { RAO_PER_TAO } from './economics.js';

/** `1234567890123n` rao -> `1,234.5679` (TAO, `digits` decimals, rounded half up). */
export function formatTao(rao: bigint, digits = 4): string {
  const negative = rao < 0n;
  const abs = negative ? -rao : rao;
  const scale = 10n ** BigInt(9 - digits);
  const rounded = (abs + scale / 2n) / scale;
  const unit = 10n ** BigInt(digits);
  const whole = (rounded / unit).toLocaleString('en-US');
  const frac = digits === 0 ? '' : `.${(rounded % unit).toString().padStart(digits, '0')}`;
  return `${negative ? '-' : ''}${whole}${frac}`;
}

/** Rao as a float number of TAO, for charts and sorting only. */
export function raoToNumber(rao: bigint): number {
  return Number(rao) / Number(RAO_PER_TAO);
}

/** A u16 fraction (65535 = 1) with 4 decimals. */
export function formatU16(value: number): string {
  return (value / 65_535).toFixed(4);
}

/** 0.1234 -> `12.34%` */
export function formatPercent(fraction: number, digits = 2): string {
  return Number.isFinite(fraction) ? `${(fraction * 100).toFixed(digits)}%` : '-';
}

/** I96F32 raw bits (the moving price) as a float. */
export function fromI96F32Bits(bits: bigint): number {
  return Number(bits) / 2 ** 32;
}

/** A float price in TAO: 6 decimals, or 4 significant digits in exponent form below 0.001. */
export function formatPrice(value: number): string {
  if (value === 0 || !Number.isFinite(value)) return value === 0 ? '0' : '-';
  return Math.abs(value) < 0.001 ? value.toExponential(3) : value.toFixed(6);
}

/** `5GrwvaEF…utQY` */
export function shortAddress(address: string, head = 6, tail = 4): string {
  return address.length <= head + tail + 1 ? address : `${address.slice(0, head)}…${address.slice(-tail)}`;
}

/** A duration in ms as `42s`, `3m 5s`, `2h 10m`, `3d 4h`. */
export function formatDuration(ms: number): string {
  const s = Math.max(0, Math.round(ms / 1000));
  if (s < 60) return `${s}s`;
  const m = Math.floor(s / 60);
  if (m < 60) return `${m}m ${s % 60}s`;
  const h = Math.floor(m / 60);
  if (h < 24) return `${h}h ${m % 60}m`;
  return `${Math.floor(h / 24)}d ${h % 24}h`;
}

export function formatNumber(value: number, digits = 0): string {
  return value.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });
}

/** JSON with bigints as decimal strings and byte arrays as 0x hex. */
export function toDisplayJson(value: unknown): string {
  return JSON.stringify(
    value,
    (_key, v: unknown) => {
      if (typeof v === 'bigint') return v.toString();
      if (v instanceof Uint8Array)
        return `0x${Array.from(v, (b) => b.toString(16).padStart(2, '0')).join('')}`;
      return v;
    },
    1,
  );
}
