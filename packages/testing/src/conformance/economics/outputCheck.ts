/**
 * Collects differences between a vector's expected outputs and the runtime's actual ones. Exact comparisons
 * treat integers of any JSON form (number, decimal string) as the same integer; paths name the field and the
 * case index, e.g. `cases[3].amount_paid_out`.
 */
import { big, isIntegerLike } from './vectorValues.js';

const MAX_REPORTED = 4;

function show(value: unknown): string {
  if (typeof value === 'bigint') return value.toString();
  if (typeof value === 'string') return JSON.stringify(value);
  return JSON.stringify(value, (_k, v) => (typeof v === 'bigint' ? v.toString() : v)) ?? String(value);
}

export class OutputCheck {
  private readonly diffs: string[] = [];

  get ok(): boolean {
    return this.diffs.length === 0;
  }

  summary(): string {
    const shown = this.diffs.slice(0, MAX_REPORTED).join('; ');
    const more = this.diffs.length > MAX_REPORTED ? ` (+${this.diffs.length - MAX_REPORTED} more)` : '';
    return `${shown}${more}`;
  }

  fail(path: string, message: string): void {
    this.diffs.push(`${path}: ${message}`);
  }

  /** Bit-exact comparison of a JSON-shaped expected value with an actual value (bigints allowed). */
  exact(path: string, expected: unknown, actual: unknown): void {
    if (expected === undefined) return; // the vector does not state this output
    if (Array.isArray(expected)) this.exactArray(path, expected, actual);
    else if (typeof expected === 'object' && expected !== null) this.exactObject(path, expected, actual);
    else if (!this.scalarEquals(expected, actual)) this.mismatch(path, expected, actual);
  }

  private exactArray(path: string, expected: readonly unknown[], actual: unknown): void {
    if (!Array.isArray(actual)) {
      this.mismatch(path, expected, actual);
    } else if (expected.length !== actual.length) {
      this.fail(path, `expected ${expected.length} entries, actual ${actual.length}`);
    } else {
      expected.forEach((e, i) => {
        this.exact(`${path}[${i}]`, e, actual[i]);
      });
    }
  }

  private exactObject(path: string, expected: object, actual: unknown): void {
    if (typeof actual !== 'object' || actual === null) {
      this.mismatch(path, expected, actual);
      return;
    }
    for (const [key, value] of Object.entries(expected)) {
      const child = path === '' ? key : `${path}.${key}`;
      const actualValue = (actual as Record<string, unknown>)[key];
      if (actualValue === undefined) this.fail(child, `expected ${show(value)}, actual missing`);
      else this.exact(child, value, actualValue);
    }
  }

  /** Same keys on both sides (map-like outputs keyed by hotkey or share key). */
  sameKeys(path: string, expected: object, actual: object): void {
    const e = Object.keys(expected).sort();
    const a = Object.keys(actual).sort();
    if (e.join('\u0000') !== a.join('\u0000'))
      this.fail(path, `expected keys ${show(e)}, actual keys ${show(a)}`);
  }

  /** |expected - actual| <= tolerance (floats, or integers with a tolerance from the vector). */
  near(path: string, expected: number, actual: number, tolerance: number): void {
    if (!(Math.abs(expected - actual) <= tolerance)) {
      this.fail(path, `expected ${expected} (±${tolerance}), actual ${actual}`);
    }
  }

  /** Integer comparison within an absolute tolerance. */
  nearInt(path: string, expected: bigint, actual: bigint, tolerance: bigint): void {
    const d = expected > actual ? expected - actual : actual - expected;
    if (d > tolerance) this.fail(path, `expected ${expected} (±${tolerance}), actual ${actual}`);
  }

  isTrue(path: string, condition: boolean, message: string): void {
    if (!condition) this.fail(path, message);
  }

  private mismatch(path: string, expected: unknown, actual: unknown): void {
    this.fail(path, `expected ${show(expected)}, actual ${show(actual)}`);
  }

  private scalarEquals(expected: unknown, actual: unknown): boolean {
    if (expected === null || typeof expected === 'boolean') return expected === actual;
    if (typeof actual === 'bigint' && isIntegerLike(expected)) {
      return big(expected, 'expected') === actual;
    }
    return expected === actual;
  }
}
