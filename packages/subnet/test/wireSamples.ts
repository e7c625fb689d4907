/**
 * The captures of the real bittensor 10.2.0 SDK (test/fixtures/wire-samples, see its README) and the
 * synapse classes they were made with, defined here with zod: Echo, EchoUnhashed and Compute.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { type AnySynapseDefinition, defineSynapse } from '../src/index.js';

export type HeaderPair = [string, string];

export interface WireExchange {
  request: { method: string; target: string; headers: HeaderPair[]; body: string } | null;
  response: { status: number; headers: HeaderPair[]; body: string } | null;
}

export interface WireSample extends WireExchange {
  sample: string;
  keys: Record<string, { uri: string; ss58: string; public_key: string }>;
  synapse: { class: string; required_hash_fields: string[]; schema_required_fields: string[] };
  signature: { message: string; signature: string };
  body_hash: { per_field: { field: string; python_str: string }[]; computed_body_hash: string };
  dendrite_result: { status_code: number; deserialized: unknown };
}

export interface ErrorCase extends WireExchange {
  case: string;
  expected_status: number;
  dendrite_result: { status_code: number; status_message?: string };
}

const dir = join(import.meta.dirname, 'fixtures', 'wire-samples');

export function loadWireSample(name: string): WireSample {
  return JSON.parse(readFileSync(join(dir, `${name}.json`), 'utf8')) as WireSample;
}

export function loadErrorCases(): ErrorCase[] {
  return (JSON.parse(readFileSync(join(dir, 'errors.json'), 'utf8')) as { cases: ErrorCase[] }).cases;
}

export const SAMPLE_NAMES = ['01_echo_hashed', '02_echo_unhashed', '03_compute_multi'] as const;

/** Headers a transport adds (aiohttp, uvicorn): not part of the synapse header set. */
export const TRANSPORT_HEADERS = new Set([
  'host',
  'accept',
  'accept-encoding',
  'user-agent',
  'content-length',
  'content-type',
  'date',
  'server',
  'connection',
  'keep-alive',
]);

export function synapseHeaders(headers: readonly HeaderPair[]): HeaderPair[] {
  return headers.filter(([k]) => !TRANSPORT_HEADERS.has(k.toLowerCase()));
}

export const Echo = defineSynapse({
  name: 'Echo',
  fields: { text: z.string(), out: z.string().nullable().default(null) },
  requiredHashFields: ['text'],
  deserialize: (s) => s.out,
});

export const EchoUnhashed = defineSynapse({
  name: 'EchoUnhashed',
  fields: { text: z.string(), out: z.string().nullable().default(null) },
  deserialize: (s) => s.out,
});

export const Compute = defineSynapse({
  name: 'Compute',
  fields: {
    messages: z.array(z.string()),
    k: z.int(),
    temperature: z.number(),
    weights: z.record(z.string(), z.number()),
    flag: z.boolean(),
    note: z.string().nullable().default(null),
    result: z.array(z.number()).nullable().default(null),
  },
  requiredHashFields: ['messages', 'k', 'temperature', 'weights', 'flag', 'note'],
  deserialize: (s) => s.result,
});

export const SAMPLE_DEFINITIONS = { Echo, EchoUnhashed, Compute } as const;

export function definitionOf(sample: WireSample): AnySynapseDefinition {
  const definition = SAMPLE_DEFINITIONS[sample.synapse.class as keyof typeof SAMPLE_DEFINITIONS];
  if (definition === undefined) throw new Error(`no definition for ${sample.synapse.class}`);
  return definition;
}
