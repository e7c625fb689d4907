/**
 * Share-pool op lists written as prose in some vectors, e.g.
 * `update_one(1,+1); update_all(+1_000); repeat 1000x { update_one(1,-5) }; update_one(2,+1e12)`,
 * expanded into the array form `[["update_one", "1", 1n], ["update_all", 1000n], ...]`.
 */
import { VectorShapeError } from './vectorValues.js';

export type PoolOp = readonly [string, ...(string | bigint)[]];

function parseNumber(text: string): bigint {
  const t = text.replaceAll('_', '').trim();
  const exp = /^([+-]?\d+)e(\d+)$/i.exec(t);
  if (exp !== null) return BigInt(exp[1] ?? '0') * 10n ** BigInt(exp[2] ?? '0');
  if (!/^[+-]?\d+$/.test(t)) throw new VectorShapeError(`op script: bad number ${text}`);
  return BigInt(t);
}

/** Splits on `;` outside braces. */
function statements(script: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < script.length; i++) {
    const ch = script[i];
    if (ch === '{') depth++;
    else if (ch === '}') depth--;
    else if (ch === ';' && depth === 0) {
      out.push(script.slice(start, i));
      start = i + 1;
    }
  }
  out.push(script.slice(start));
  return out.map((s) => s.trim()).filter((s) => s.length > 0);
}

export function parseOpScript(script: string): PoolOp[] {
  const ops: PoolOp[] = [];
  for (const statement of statements(script)) {
    const loop = /^repeat\s+([\d_]+)\s*[x×]?\s*\{([\s\S]*)\}$/.exec(statement);
    if (loop !== null) {
      const body = parseOpScript(loop[2] ?? '');
      for (let n = parseNumber(loop[1] ?? '0'); n > 0n; n--) ops.push(...body);
      continue;
    }
    const call = /^(\w+)\s*\(([^)]*)\)$/.exec(statement);
    if (call === null) throw new VectorShapeError(`op script: cannot read "${statement}"`);
    const args = (call[2] ?? '').split(',').map((a) => a.trim());
    const name = call[1] ?? '';
    if (args.length === 1) ops.push([name, parseNumber(args[0] ?? '')]);
    else ops.push([name, args[0] ?? '', ...args.slice(1).map(parseNumber)]);
  }
  return ops;
}
