/**
 * The Python type a synapse field has on the other side of the wire, read from its zod schema. JavaScript
 * has one number type; Python renders `1` and `1.0` differently, so the body hash and the JSON a Python peer
 * expects depend on whether a field is an `int` or a `float`. Mapping:
 * `z.number()` float, `z.number().int()` / `z.int()` / `z.bigint()` int, `z.string()` / `z.enum()` str,
 * `z.boolean()` bool, `z.null()` None, `z.array()` list, `z.tuple()` tuple, `z.record()` dict,
 * `z.object()` a nested model (a dict of all its fields in declaration order), `.nullable()` / `.optional()`
 * / `.default()` Optional, `z.union()` / `z.literal()` by the runtime value, `z.unknown()` / `z.any()` by the
 * runtime value (an integral number is an int).
 */
import type { z } from 'zod';

export type PyType =
  | { readonly kind: 'any' }
  | { readonly kind: 'none' }
  | { readonly kind: 'bool' }
  | { readonly kind: 'int' }
  | { readonly kind: 'float' }
  | { readonly kind: 'str' }
  | { readonly kind: 'list'; readonly item: PyType }
  | { readonly kind: 'tuple'; readonly items: readonly PyType[]; readonly rest: PyType | null }
  | { readonly kind: 'dict'; readonly key: PyType; readonly value: PyType }
  | { readonly kind: 'model'; readonly fields: readonly (readonly [string, PyType])[] }
  | { readonly kind: 'optional'; readonly inner: PyType }
  | { readonly kind: 'union'; readonly options: readonly PyType[] };

export const PY_ANY: PyType = { kind: 'any' };
export const PY_INT: PyType = { kind: 'int' };
export const PY_FLOAT: PyType = { kind: 'float' };
export const PY_STR: PyType = { kind: 'str' };
export const PY_BOOL: PyType = { kind: 'bool' };
export const PY_NONE: PyType = { kind: 'none' };

export function pyOptional(inner: PyType): PyType {
  return inner.kind === 'optional' ? inner : { kind: 'optional', inner };
}

export function pyModel(fields: readonly (readonly [string, PyType])[]): PyType {
  return { kind: 'model', fields };
}

/** Minimal view of zod 4's internal definition, enough to walk a schema. */
interface ZodDefView {
  type: string;
  innerType?: ZodLike;
  element?: ZodLike;
  items?: ZodLike[];
  rest?: ZodLike | null;
  keyType?: ZodLike;
  valueType?: ZodLike;
  shape?: Record<string, ZodLike>;
  options?: ZodLike[];
  values?: unknown[];
  in?: ZodLike;
  getter?: () => ZodLike;
  format?: string;
  checks?: { _zod: { def: { check?: string; format?: string } } }[];
}
interface ZodLike {
  _zod: { def: ZodDefView };
}

const INT_FORMATS = new Set(['safeint', 'int32', 'uint32', 'int64', 'uint64']);
const WRAPPERS = new Set(['optional', 'nullable', 'default', 'prefault', 'nonoptional', 'catch', 'readonly']);

function isIntNumber(def: ZodDefView): boolean {
  if (def.format !== undefined && INT_FORMATS.has(def.format)) return true;
  return (def.checks ?? []).some(
    (c) => c._zod.def.format !== undefined && INT_FORMATS.has(c._zod.def.format),
  );
}

function pyTypeOfLiteral(values: readonly unknown[]): PyType {
  const kinds = values.map((v): PyType => {
    if (v === null || v === undefined) return PY_NONE;
    if (typeof v === 'boolean') return PY_BOOL;
    if (typeof v === 'bigint') return PY_INT;
    if (typeof v === 'number') return Number.isInteger(v) ? PY_INT : PY_FLOAT;
    return PY_STR;
  });
  return kinds.length === 1 ? kinds[0]! : { kind: 'union', options: kinds };
}

function pyTypeOfWrapper(def: ZodDefView, depth: number): PyType {
  const inner = walk(def.innerType!, depth);
  if (def.type === 'nonoptional' || def.type === 'catch' || def.type === 'readonly') return inner;
  return pyOptional(inner);
}

function walk(schema: ZodLike, depth: number): PyType {
  if (depth > 64) return PY_ANY;
  const def = schema._zod.def;
  const next = depth + 1;
  if (WRAPPERS.has(def.type)) return pyTypeOfWrapper(def, next);
  switch (def.type) {
    case 'string':
    case 'enum':
    case 'template_literal':
      return PY_STR;
    case 'number':
      return isIntNumber(def) ? PY_INT : PY_FLOAT;
    case 'int':
    case 'bigint':
      return PY_INT;
    case 'boolean':
      return PY_BOOL;
    case 'null':
    case 'undefined':
    case 'void':
      return PY_NONE;
    case 'literal':
      return pyTypeOfLiteral(def.values ?? []);
    case 'array':
      return { kind: 'list', item: walk(def.element!, next) };
    case 'tuple':
      return {
        kind: 'tuple',
        items: (def.items ?? []).map((i) => walk(i, next)),
        rest: def.rest ? walk(def.rest, next) : null,
      };
    case 'record':
      return { kind: 'dict', key: walk(def.keyType!, next), value: walk(def.valueType!, next) };
    case 'object':
      // deterministic: a zod shape keeps declaration order, which is pydantic's field order
      return pyModel(Object.entries(def.shape ?? {}).map(([k, v]) => [k, walk(v, next)] as const));
    case 'union':
      return { kind: 'union', options: (def.options ?? []).map((o) => walk(o, next)) };
    case 'pipe':
      return walk(def.in!, next);
    case 'lazy':
      return walk(def.getter!(), next);
    default:
      return PY_ANY;
  }
}

/** The Python type of a zod schema (see the file comment for the mapping). */
export function pyTypeOf(schema: z.ZodType): PyType {
  return walk(schema as unknown as ZodLike, 0);
}

/** True when the field has no default and is not optional: pydantic lists it as required. */
export function isRequiredField(schema: z.ZodType): boolean {
  return (schema as unknown as { _zod: { optin?: string } })._zod.optin === undefined;
}
