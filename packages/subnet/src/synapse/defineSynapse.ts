/**
 * Synapse definitions: the TypeScript counterpart of subclassing `bittensor.Synapse`. A definition names the
 * route (the Python class name), declares the fields with zod, and lists the fields the body hash covers:
 *
 *   const Echo = defineSynapse({
 *     name: 'Echo',
 *     fields: { text: z.string(), out: z.string().nullable().default(null) },
 *     requiredHashFields: ['text'],
 *     deserialize: (s) => s.out,
 *   });
 *   const synapse = Echo.create({ text: 'hello' });
 *
 * A field without a default is "required" (pydantic's JSON-schema `required`), and is announced in a
 * `bt_header_input_obj_<field>` header. Outputs are `.nullable().default(null)`, Python's `Optional[X] = None`.
 * `z.number()` is a Python float and `z.int()` an int (see pyType.ts): this decides how the body hash and the
 * JSON render numbers. A synapse value is a plain object: the base fields (camelCase) plus the declared fields
 * (their wire names), and a symbol pointing back at its definition.
 */
import { TaonetError } from '@taonet/primitives';
import { z } from 'zod';
import {
  isRequiredField,
  PY_FLOAT,
  PY_INT,
  PY_STR,
  type PyType,
  pyModel,
  pyOptional,
  pyTypeOf,
} from '../python/pyType.js';
import { createTerminalInfo, TERMINAL_PY_TYPE, type TerminalInfo } from './terminalInfo.js';

export const SYNAPSE_DEFINITION: unique symbol = Symbol.for('taonet.synapseDefinition');

export type SynapseFields = Record<string, z.ZodType>;

/** The fields every synapse has (`bittensor.Synapse`'s base fields, camelCase). */
export interface SynapseBase {
  /** The route and class name; always the definition's name. */
  name: string;
  /** Seconds the caller waits; sent in the (unsigned) `timeout` header. */
  timeout: number;
  totalSize: number;
  headerSize: number;
  dendrite: TerminalInfo;
  axon: TerminalInfo;
  /** Empty in bodies; the real hash travels in the `computed_body_hash` header. */
  computedBodyHash: string;
}

export type SynapseValues<F extends SynapseFields> = z.output<z.ZodObject<F>>;
export type SynapseData<F extends SynapseFields> = SynapseBase & SynapseValues<F>;
export type SynapseInit<F extends SynapseFields> = z.input<z.ZodObject<F>> & Partial<SynapseBase>;

/** A synapse value: its data plus a link to its definition (kept by object spread). */
export type Synapse<
  F extends SynapseFields = SynapseFields,
  D = SynapseData<F>,
  C = string,
> = SynapseData<F> & {
  readonly [SYNAPSE_DEFINITION]: SynapseDefinition<F, D, C>;
};

/** A definition of any synapse type, for code that handles them all (the axon, the wire codecs). */
// biome-ignore lint/suspicious/noExplicitAny: a definition of any synapse type
export type AnySynapseDefinition = SynapseDefinition<any, any, any>;

/** Header-name to value view of a response, for streaming `finish` hooks. */
export type HeaderMap = Readonly<Record<string, string | string[] | undefined>>;

/** How a streaming synapse's response is consumed by the dendrite (the SDK's `StreamingSynapse` hooks). */
export interface StreamingOpts<F extends SynapseFields, C> {
  /** The items the stream yields, from the raw body chunks; UTF-8 text chunks unless given. */
  parseChunks?: (chunks: AsyncIterable<Uint8Array>, synapse: SynapseData<F>) => AsyncIterable<C>;
  /** Once the stream ended: set fields of the final synapse (the SDK's `extract_response_json`). */
  finish?: (synapse: SynapseData<F>, items: readonly C[], headers: HeaderMap) => void;
}

export interface SynapseDefinitionOpts<F extends SynapseFields, D, C> {
  name: string;
  fields?: F;
  /** Fields the body hash covers, in class-definition order; unhashed fields are not integrity-protected. */
  requiredHashFields?: readonly (keyof F & string)[];
  /** Fields a response can never overwrite on the dendrite side (pydantic `frozen=True`). */
  frozenFields?: readonly (keyof F & string)[];
  /** What `dendrite.query` returns for a response; the synapse itself unless given. */
  deserialize?: (synapse: SynapseData<F>) => D;
  /** Marks a streaming synapse; the axon's forward then returns an async iterable of chunks. */
  streaming?: StreamingOpts<F, C> | true;
}

export interface SynapseDefinition<F extends SynapseFields = SynapseFields, D = SynapseData<F>, C = string> {
  readonly name: string;
  readonly fields: F;
  readonly fieldsSchema: z.ZodObject<F>;
  readonly requiredHashFields: readonly string[];
  /** Fields without a default, in declaration order (they get `bt_header_input_obj_*` headers). */
  readonly requiredFields: readonly string[];
  readonly frozenFields: readonly string[];
  /** The Python type of each declared field. */
  readonly fieldTypes: ReadonlyMap<string, PyType>;
  /** The Python type of the whole body: base fields then declared fields, as `model_dump()` orders them. */
  readonly wireType: PyType;
  readonly streaming: StreamingOpts<F, C> | null;
  /** A new synapse: the fields validated (defaults applied), base fields defaulted. Throws INVALID_SYNAPSE. */
  create(init: SynapseInit<F>): Synapse<F, D, C>;
  /** The definition's `deserialize` hook. */
  deserialize(synapse: SynapseData<F>): D;
}

const RESERVED = new Set([
  'name',
  'timeout',
  'total_size',
  'header_size',
  'dendrite',
  'axon',
  'computed_body_hash',
  'required_hash_fields',
  'totalSize',
  'headerSize',
  'computedBodyHash',
]);

const NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;

/** The base fields as `model_dump()` orders them, with their Python types. */
export const BASE_WIRE_FIELDS: readonly (readonly [string, PyType])[] = [
  ['name', pyOptional(PY_STR)],
  ['timeout', pyOptional(PY_FLOAT)],
  ['total_size', pyOptional(PY_INT)],
  ['header_size', pyOptional(PY_INT)],
  ['dendrite', pyOptional(TERMINAL_PY_TYPE)],
  ['axon', pyOptional(TERMINAL_PY_TYPE)],
  ['computed_body_hash', pyOptional(PY_STR)],
];

function ensureValidOpts(opts: {
  name: string;
  fields?: object | undefined;
  requiredHashFields?: readonly string[] | undefined;
  frozenFields?: readonly string[] | undefined;
}): void {
  const fail = (message: string): never => {
    throw new TaonetError('INVALID_SYNAPSE_DEFINITION', `synapse ${opts.name}: ${message}`);
  };
  if (!NAME.test(opts.name)) fail('the name is a Python class name (letters, digits, _)');
  const fields = Object.keys(opts.fields ?? {});
  for (const field of fields) if (RESERVED.has(field)) fail(`'${field}' is a base field name`);
  for (const field of [...(opts.requiredHashFields ?? []), ...(opts.frozenFields ?? [])]) {
    if (!fields.includes(field)) fail(`'${field}' is not a declared field`);
  }
}

/** Wraps a zod failure into a TaonetError naming the synapse and the first issue. */
export function synapseValidationError(
  name: string,
  error: z.ZodError,
  code = 'INVALID_SYNAPSE',
): TaonetError {
  const issue = error.issues[0];
  const where = issue?.path.length ? issue.path.join('.') : '(root)';
  return new TaonetError(code, `synapse ${name}: ${where}: ${issue?.message ?? 'invalid'}`, {
    details: { issues: error.issues },
  });
}

export function createSynapseBase(name: string, init: Partial<SynapseBase> = {}): SynapseBase {
  return {
    name,
    timeout: init.timeout ?? 12,
    totalSize: init.totalSize ?? 0,
    headerSize: init.headerSize ?? 0,
    dendrite: createTerminalInfo(init.dendrite),
    axon: createTerminalInfo(init.axon),
    computedBodyHash: init.computedBodyHash ?? '',
  };
}

/** Defines a synapse type (see the file comment). */
export function defineSynapse<
  F extends SynapseFields = Record<never, z.ZodType>,
  D = SynapseData<F>,
  C = string,
>(opts: SynapseDefinitionOpts<F, D, C>): SynapseDefinition<F, D, C> {
  ensureValidOpts(opts);
  const fields = (opts.fields ?? {}) as F;
  const fieldsSchema = z.object(fields);
  // deterministic: a zod shape keeps declaration order, which is pydantic's field order
  const entries = Object.entries(fields);
  const fieldTypes = new Map(entries.map(([k, s]) => [k, pyTypeOf(s)] as const));
  const deserializeHook = opts.deserialize;
  const definition: SynapseDefinition<F, D, C> = {
    name: opts.name,
    fields,
    fieldsSchema,
    requiredHashFields: [...(opts.requiredHashFields ?? [])],
    requiredFields: entries.filter(([, s]) => isRequiredField(s)).map(([k]) => k),
    frozenFields: [...(opts.frozenFields ?? [])],
    fieldTypes,
    wireType: pyModel([...BASE_WIRE_FIELDS, ...fieldTypes]),
    streaming: opts.streaming === true ? {} : (opts.streaming ?? null),
    create(init) {
      const parsed = fieldsSchema.safeParse(init);
      if (!parsed.success) throw synapseValidationError(opts.name, parsed.error);
      return attachDefinition({ ...createSynapseBase(opts.name, init), ...parsed.data }, definition);
    },
    deserialize: (synapse) => (deserializeHook ? deserializeHook(synapse) : (synapse as D)),
  };
  return Object.freeze(definition);
}

/** Links synapse data to its definition (an enumerable symbol: spread keeps it, JSON ignores it). */
export function attachDefinition<F extends SynapseFields, D, C>(
  data: SynapseData<F>,
  definition: SynapseDefinition<F, D, C>,
): Synapse<F, D, C> {
  (data as { [SYNAPSE_DEFINITION]?: unknown })[SYNAPSE_DEFINITION] = definition;
  return data as Synapse<F, D, C>;
}

/** The definition a synapse was created from; throws NOT_A_SYNAPSE for a plain object. */
export function getSynapseDefinition<F extends SynapseFields, D, C>(
  synapse: Synapse<F, D, C>,
): SynapseDefinition<F, D, C> {
  const definition = (synapse as Partial<Synapse<F, D, C>>)[SYNAPSE_DEFINITION];
  if (definition === undefined) {
    throw new TaonetError('NOT_A_SYNAPSE', 'not a synapse: create it with <Definition>.create(...)');
  }
  return definition;
}

/** A copy with fresh terminals (the fields themselves are shared, like pydantic's `model_copy()`). */
export function copySynapse<F extends SynapseFields, D, C>(synapse: Synapse<F, D, C>): Synapse<F, D, C> {
  return { ...synapse, dendrite: { ...synapse.dendrite }, axon: { ...synapse.axon } } as unknown as Synapse<
    F,
    D,
    C
  >;
}

/** The base `Synapse` every axon serves at `/Synapse` (a ping that echoes the synapse back). */
export const BaseSynapse = defineSynapse({ name: 'Synapse' });
