/**
 * Checks a request's params against a method's declaration: positional (array) or by name (object);
 * absent or null optional params become undefined. Schemas are compiled once per parameter.
 */
import type { TSchema } from '@sinclair/typebox';
import { type TypeCheck, TypeCompiler } from '@sinclair/typebox/compiler';
import type { ParamDef } from '../defineRpc.js';
import { invalidParams } from '../rpcError.js';

const compiled = new WeakMap<TSchema, TypeCheck<TSchema>>();

export function getChecker(schema: TSchema): TypeCheck<TSchema> {
  let checker = compiled.get(schema);
  if (checker === undefined) {
    checker = TypeCompiler.Compile(schema);
    compiled.set(schema, checker);
  }
  return checker;
}

function positional(defs: readonly ParamDef[], raw: unknown): unknown[] {
  if (raw === undefined || raw === null) return [];
  if (Array.isArray(raw)) {
    if (raw.length > defs.length)
      throw invalidParams(`expected at most ${defs.length} params, got ${raw.length}`);
    return raw;
  }
  if (typeof raw === 'object') {
    const named = raw as Record<string, unknown>;
    const unknownNames = Object.keys(named).filter((key) => !defs.some((d) => d.name === key));
    if (unknownNames.length > 0) throw invalidParams(`unknown params: ${unknownNames.join(', ')}`);
    return defs.map((d) => named[d.name]);
  }
  throw invalidParams('params must be an array or an object');
}

export function parseParams(defs: readonly ParamDef[], raw: unknown): unknown[] {
  const values = positional(defs, raw);
  return defs.map((def, i) => {
    const value = values[i];
    if (value === undefined || value === null) {
      if (def.optional) return undefined;
      throw invalidParams(`missing param ${i} (${def.name})`);
    }
    const checker = getChecker(def.schema);
    if (!checker.Check(value)) {
      const error = checker.Errors(value).First();
      const where = error === undefined || error.path === '' ? '' : ` at ${error.path}`;
      throw invalidParams(`param ${i} (${def.name})${where}: ${error?.message ?? 'invalid value'}`);
    }
    return value;
  });
}
