/**
 * The small expression language some math vectors use where a Rust test computes an argument or an
 * expected value inline: `fixed(1) - fixed(0.51)`, `normalize([0.51])`, `sum(stake)`, `fixed(1)/fixed(3)`,
 * `I32F32::MAX`. Values are I32F32 (a scalar or a list); `fixed(x)` is subtensor's `fixed(f32)`
 * (the literal rounded to binary32 first), other literals use the type the caller gives; `+ - * /` are
 * I32F32's plain (wrapping) operators, `/` panicking on zero like Rust; `normalize` and `sum` call the
 * runtime's helpers; other identifiers name other arguments of the vector.
 */
import { I32F32 } from '@taonet/primitives';
import { normalize, sum } from '@taonet/runtime';
import { MathVectorError } from './mathVectorError.js';

export type ExprValue = I32F32 | I32F32[];

export interface ExprContext {
  /** converts a numeric literal (the argument's own `types` entry) */
  readonly literal: (value: number) => I32F32;
  /** the value of another argument, by name */
  readonly resolve: (name: string) => ExprValue;
}

const TOKEN = /\s*(I\d+F\d+::(?:MAX|MIN)|\d+(?:\.\d+)?(?:[eE][-+]?\d+)?|[A-Za-z_]\w*|[-+*/(),[\]])/y;

function tokenize(source: string): string[] {
  const tokens: string[] = [];
  TOKEN.lastIndex = 0;
  while (TOKEN.lastIndex < source.length) {
    if (source.slice(TOKEN.lastIndex).trim() === '') break;
    const match = TOKEN.exec(source);
    if (match === null) throw new MathVectorError(`cannot read expression "${source}" at ${TOKEN.lastIndex}`);
    tokens.push(match[1] as string);
  }
  return tokens;
}

const scalar = (value: ExprValue, what: string): I32F32 => {
  if (Array.isArray(value)) throw new MathVectorError(`${what}: expected a scalar, got a list`);
  return value;
};

const list = (value: ExprValue, what: string): I32F32[] => {
  if (!Array.isArray(value)) throw new MathVectorError(`${what}: expected a list, got a scalar`);
  return value;
};

class Parser {
  private at = 0;
  constructor(
    private readonly tokens: readonly string[],
    private readonly ctx: ExprContext,
    private readonly source: string,
  ) {}

  parse(): ExprValue {
    const value = this.expr();
    if (this.at !== this.tokens.length) this.error(`unexpected "${this.tokens[this.at]}"`);
    return value;
  }

  private error(message: string): never {
    throw new MathVectorError(`expression "${this.source}": ${message}`);
  }

  private peek(): string | undefined {
    return this.tokens[this.at];
  }

  private take(expected?: string): string {
    const token = this.tokens[this.at++];
    if (token === undefined) this.error('unexpected end');
    if (expected !== undefined && token !== expected) this.error(`expected "${expected}", got "${token}"`);
    return token;
  }

  private expr(): ExprValue {
    let left = this.term();
    while (this.peek() === '+' || this.peek() === '-') {
      const op = this.take();
      const right = scalar(this.term(), this.source);
      const a = scalar(left, this.source);
      left = op === '+' ? I32F32.add(a, right) : I32F32.sub(a, right);
    }
    return left;
  }

  private term(): ExprValue {
    let left = this.unary();
    while (this.peek() === '*' || this.peek() === '/') {
      const op = this.take();
      const right = scalar(this.unary(), this.source);
      const a = scalar(left, this.source);
      left = op === '*' ? I32F32.mul(a, right) : I32F32.div(a, right);
    }
    return left;
  }

  private unary(): ExprValue {
    if (this.peek() !== '-') return this.primary();
    this.take('-');
    return I32F32.neg(scalar(this.unary(), this.source));
  }

  private primary(): ExprValue {
    const token = this.take();
    if (/^\d/.test(token)) return this.ctx.literal(Number(token));
    if (token === 'I32F32::MAX') return I32F32.MAX;
    if (token === 'I32F32::MIN') return I32F32.MIN;
    if (token === '(') {
      const inner = this.expr();
      this.take(')');
      return inner;
    }
    if (token === '[') return this.listLiteral();
    if (!/^[A-Za-z_]/.test(token)) this.error(`unexpected "${token}"`);
    if (this.peek() !== '(') return this.ctx.resolve(token);
    return this.call(token);
  }

  private listLiteral(): I32F32[] {
    const items: I32F32[] = [];
    while (this.peek() !== ']') {
      items.push(scalar(this.expr(), this.source));
      if (this.peek() === ',') this.take(',');
    }
    this.take(']');
    return items;
  }

  private call(name: string): ExprValue {
    this.take('(');
    if (name === 'fixed') {
      const negative = this.peek() === '-' ? this.take() === '-' : false;
      const literal = Number(this.take());
      this.take(')');
      if (!Number.isFinite(literal)) this.error('fixed() takes a numeric literal');
      return I32F32.saturatingFromF64(Math.fround(negative ? -literal : literal)); // float-ok: the test's f32 literal
    }
    const argument = this.expr();
    this.take(')');
    if (name === 'normalize') return normalize(list(argument, this.source));
    if (name === 'sum') return sum(list(argument, this.source));
    return this.error(`unknown function ${name}()`);
  }
}

export function evaluateExpression(source: string, ctx: ExprContext): ExprValue {
  return new Parser(tokenize(source), ctx, source).parse();
}
