/**
 * A small typed schema for the `--json` results: every command declares the shape of its `data`, the
 * framework checks each result against it before printing (a mismatch is a bug: OUTPUT_SCHEMA, exit 70),
 * and the tests check the printed JSON against the same schema. Objects are closed (no extra keys) and
 * every key is always present: absent values are `null`, so consumers never meet a missing field.
 * `toJsonSchema` renders a schema as JSON Schema (draft 2020-12) for the documentation.
 */

export interface Schema<T> {
  /** Whether the value conforms: checkSchema's fast path (a result of hundreds of rows), no messages. */
  is(value: unknown): boolean;
  /** Appends `<path>: <problem>` lines for every mismatch. */
  check(value: unknown, path: string, errors: string[]): void;
  toJsonSchema(): Record<string, unknown>;
  /** Type carrier only; never set. */
  readonly _type?: T;
}

export type Infer<S> = S extends Schema<infer T> ? T : never;

type Shape = Record<string, Schema<unknown>>;
type ObjectOf<S extends Shape> = { [K in keyof S]: Infer<S[K]> };

function primitive<T>(name: string, test: (v: unknown) => boolean, json: Record<string, unknown>): Schema<T> {
  return {
    is: test,
    check(value, path, errors) {
      if (!test(value)) errors.push(`${path}: expected ${name}, got ${describe(value)}`);
    },
    toJsonSchema: () => json,
  };
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'string') return `string ${JSON.stringify(value.slice(0, 40))}`;
  return typeof value;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export const s = {
  string: (): Schema<string> => primitive('string', (v) => typeof v === 'string', { type: 'string' }),
  boolean: (): Schema<boolean> => primitive('boolean', (v) => typeof v === 'boolean', { type: 'boolean' }),
  number: (): Schema<number> =>
    primitive('number', (v) => typeof v === 'number' && Number.isFinite(v), { type: 'number' }),
  integer: (): Schema<number> => primitive('integer', (v) => Number.isSafeInteger(v), { type: 'integer' }),

  literal<const L extends string | number | boolean>(literal: L): Schema<L> {
    return primitive(JSON.stringify(literal), (v) => v === literal, { const: literal });
  },

  /** One of some string values. */
  enum<const L extends string>(values: readonly L[]): Schema<L> {
    return primitive(`one of ${values.join(', ')}`, (v) => typeof v === 'string' && values.includes(v as L), {
      enum: [...values],
    });
  },

  nullable<T>(inner: Schema<T>): Schema<T | null> {
    return {
      is: (value) => value === null || inner.is(value),
      check(value, path, errors) {
        if (value !== null) inner.check(value, path, errors);
      },
      toJsonSchema: () => ({ anyOf: [inner.toJsonSchema(), { type: 'null' }] }),
    };
  },

  array<T>(item: Schema<T>): Schema<T[]> {
    return {
      is: (value) => Array.isArray(value) && value.every((v) => item.is(v)),
      check(value, path, errors) {
        if (!Array.isArray(value)) {
          errors.push(`${path}: expected array, got ${describe(value)}`);
          return;
        }
        for (const [i, v] of value.entries()) item.check(v, `${path}[${i}]`, errors);
      },
      toJsonSchema: () => ({ type: 'array', items: item.toJsonSchema() }),
    };
  },

  /** A closed object: exactly these keys, all present. */
  object<S extends Shape>(shape: S): Schema<ObjectOf<S>> {
    const keys = Object.keys(shape);
    const keySet = new Set(keys);
    return {
      is(value) {
        if (!isPlainObject(value)) return false;
        for (const key of keys) if (!(key in value) || shape[key]?.is(value[key]) === false) return false;
        for (const key in value) if (Object.hasOwn(value, key) && !keySet.has(key)) return false;
        return true;
      },
      check(value, path, errors) {
        if (!isPlainObject(value)) {
          errors.push(`${path}: expected object, got ${describe(value)}`);
          return;
        }
        for (const key of keys) {
          if (!(key in value)) errors.push(`${path}.${key}: missing`);
          else shape[key]?.check(value[key], `${path}.${key}`, errors);
        }
        for (const key of Object.keys(value)) {
          if (!keys.includes(key)) errors.push(`${path}.${key}: unexpected key`);
        }
      },
      toJsonSchema: () => ({
        type: 'object',
        properties: Object.fromEntries(keys.map((k) => [k, shape[k]?.toJsonSchema() ?? {}])),
        required: keys,
        additionalProperties: false,
      }),
    };
  },

  /** An object with any keys, each value of one schema. */
  record<T>(value: Schema<T>): Schema<Record<string, T>> {
    return {
      is: (input) => isPlainObject(input) && Object.values(input).every((v) => value.is(v)),
      check(input, path, errors) {
        if (!isPlainObject(input)) {
          errors.push(`${path}: expected object, got ${describe(input)}`);
          return;
        }
        for (const [k, v] of Object.entries(input)) value.check(v, `${path}.${k}`, errors);
      },
      toJsonSchema: () => ({ type: 'object', additionalProperties: value.toJsonSchema() }),
    };
  },

  /** Any JSON value (used for error details only). */
  unknown: (): Schema<unknown> => primitive('any value', () => true, {}),
};

/** The mismatches of a value against a schema (empty when it conforms), paths rooted at `$`. */
export function checkSchema(schema: Schema<unknown>, value: unknown): string[] {
  if (schema.is(value)) return [];
  const errors: string[] = [];
  schema.check(value, '$', errors);
  return errors;
}

/** Narrows `value` to the schema's type, or throws an Error listing the mismatches. */
export function assertSchema<T>(schema: Schema<T>, value: unknown): asserts value is T {
  const errors = checkSchema(schema, value);
  if (errors.length > 0) throw new Error(`value does not match its schema:\n  ${errors.join('\n  ')}`);
}
