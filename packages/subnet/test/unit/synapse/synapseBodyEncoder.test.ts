import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { z } from 'zod';
import { encodePythonJson } from '../../../src/python/pythonJson.js';
import { defineSynapse, type SynapseData, type SynapseFields } from '../../../src/synapse/defineSynapse.js';
import { encodeSynapseJson } from '../../../src/synapse/synapseBodyEncoder.js';
import { toWireObject } from '../../../src/synapse/synapseWire.js';
import { createTerminalInfo, type TerminalInfo } from '../../../src/synapse/terminalInfo.js';

const Mixed = defineSynapse({
  name: 'Mixed',
  fields: {
    text: z.string(),
    count: z.int(),
    score: z.number(),
    flag: z.boolean(),
    items: z.array(z.number()),
    table: z.record(z.string(), z.int()),
    nested: z.object({ a: z.string(), b: z.number().nullable() }),
    either: z.union([z.int(), z.string()]),
    loose: z.unknown(),
    out: z.string().nullable().default(null),
  },
});

const text = fc.string({ unit: 'binary', maxLength: 12 });
const float = fc.oneof(fc.double(), fc.integer({ min: -1e6, max: 1e6 }), fc.constant(-0));
const optional = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: null });
const terminal: fc.Arbitrary<TerminalInfo> = fc.record({
  statusCode: optional(fc.integer({ min: 100, max: 599 })),
  statusMessage: optional(text),
  processTime: optional(float),
  ip: optional(text),
  port: optional(fc.integer({ min: 0, max: 65535 })),
  version: optional(fc.integer({ min: 0, max: 99_999_999 })),
  nonce: optional(fc.bigInt({ min: 0n, max: 2n ** 64n })),
  uuid: optional(text),
  hotkey: optional(text),
  signature: optional(text),
});

const synapse = fc.record({
  name: fc.constant('Mixed'),
  timeout: float,
  totalSize: fc.integer({ min: 0, max: 2 ** 40 }),
  headerSize: fc.integer({ min: 0, max: 2 ** 20 }),
  dendrite: terminal,
  axon: terminal,
  computedBodyHash: text,
  text: optional(text),
  count: optional(fc.oneof(fc.integer(), fc.bigInt({ min: -(2n ** 70n), max: 2n ** 70n }))),
  score: optional(float),
  flag: optional(fc.boolean()),
  items: fc.array(float, { maxLength: 4 }),
  table: fc.dictionary(text, fc.integer(), { maxKeys: 3 }),
  nested: fc.record({ a: text, b: optional(float) }),
  either: fc.oneof(fc.integer(), text),
  loose: fc.jsonValue({ maxDepth: 2 }),
  out: optional(text),
});

function generic(data: SynapseData<SynapseFields>, style: 'request' | 'response'): string {
  return encodePythonJson(toWireObject(Mixed, data), Mixed.wireType, style);
}

function outcome(fn: () => string): string {
  try {
    return fn();
  } catch (error) {
    return `throws ${(error as Error).message}`;
  }
}

describe('encodeSynapseJson', () => {
  it('writes exactly what the generic Python JSON writer writes, in both styles', () => {
    fc.assert(
      fc.property(synapse, (value) => {
        const data = value as unknown as SynapseData<SynapseFields>;
        for (const style of ['request', 'response'] as const) {
          assert.equal(
            outcome(() => encodeSynapseJson(Mixed, data, style)),
            outcome(() => generic(data, style)),
          );
        }
      }),
      { numRuns: 300 },
    );
  });

  it('writes a fresh synapse as the generic writer does', () => {
    const created = Mixed.create({
      text: 'é"\n',
      count: 3,
      score: 1e-7,
      flag: true,
      items: [1, 2.5],
      table: { '2': 1, a: 2 },
      nested: { a: 'x', b: null },
      either: 'y',
      loose: { k: [1, 'two', null] },
      dendrite: createTerminalInfo({ nonce: 1_795_403_588_426_926_519n, hotkey: '5F' }),
    });
    const data = created as unknown as SynapseData<SynapseFields>;
    for (const style of ['request', 'response'] as const)
      assert.equal(encodeSynapseJson(Mixed, data, style), generic(data, style));
  });
});
