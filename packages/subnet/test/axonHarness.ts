/**
 * Loopback tools for the axon/dendrite tests: raw HTTP exchanges (exact headers and bytes, no agent),
 * signed requests built like our dendrite's, axons on ephemeral ports with a forward counter.
 */
import { mkdtempSync } from 'node:fs';
import http from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Keypair } from '@taonet/crypto';
import { prepareRequest } from '../src/dendrite/dendriteRequest.js';
import {
  type AttachHandlers,
  type Axon,
  type AxonModules,
  type AxonOpts,
  createAxon,
  getSynapseDefinition,
  nextNonce,
  type Synapse,
  type SynapseDefinition,
  type SynapseFields,
} from '../src/index.js';

export interface RawResponse {
  status: number;
  headers: http.IncomingHttpHeaders;
  rawHeaders: [string, string][];
  body: string;
}

export function rawRequest(opts: {
  port: number;
  host?: string;
  method?: string;
  path: string;
  headers: [string, string][];
  body?: string;
}): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const request = http.request({
      agent: false,
      host: opts.host ?? '127.0.0.1',
      port: opts.port,
      method: opts.method ?? 'POST',
      path: opts.path,
      headers: opts.headers.flat(),
      setHost: !opts.headers.some(([k]) => k.toLowerCase() === 'host'),
    });
    request.on('response', (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (c: Buffer) => chunks.push(c));
      response.on('end', () => {
        const raw = response.rawHeaders;
        const pairs: [string, string][] = [];
        for (let i = 0; i < raw.length; i += 2) pairs.push([raw[i]!, raw[i + 1]!]);
        resolve({
          status: response.statusCode ?? 0,
          headers: response.headers,
          rawHeaders: pairs,
          body: Buffer.concat(chunks).toString('utf8'),
        });
      });
    });
    request.on('error', reject);
    request.end(opts.body ?? '');
  });
}

export interface SignedRequest {
  headers: [string, string][];
  body: string;
  path: string;
}

/** A request signed like our dendrite's, with knobs to bend it. */
export function signRequest<F extends SynapseFields, D, C>(
  synapse: Synapse<F, D, C>,
  opts: {
    keypair: Keypair;
    axonHotkey: string;
    port: number;
    nonce?: bigint;
    uuid?: string;
    timeout?: number;
  },
): SignedRequest {
  const definition = getSynapseDefinition(synapse);
  const prepared = prepareRequest(
    definition,
    synapse,
    { ip: '127.0.0.1', port: opts.port, hotkey: opts.axonHotkey },
    opts.timeout ?? 12,
    {
      keypair: opts.keypair,
      uuid: opts.uuid ?? 'a2f6e1d2-6b1e-4c1e-9d55-0c3e9f1b7a10',
      version: 10_002_000,
      externalIp: '127.0.0.2',
    },
    opts.nonce ?? nextNonce(),
  );
  return { headers: Object.entries(prepared.headers), body: prepared.body, path: `/${definition.name}` };
}

export function withHeader(
  headers: [string, string][],
  name: string,
  value: string | null,
): [string, string][] {
  const out = headers.filter(([k]) => k !== name);
  if (value !== null) out.push([name, value]);
  return out;
}

export function tempDir(): string {
  return mkdtempSync(join(tmpdir(), 'taonet-axon-'));
}

export interface TestAxon {
  axon: Axon;
  port: number;
  /** Calls that reached a forward function, by synapse name. */
  forwards: Map<string, number>;
}

/** An axon on 127.0.0.1 with an ephemeral port, counting forward calls. */
export async function startAxon(
  opts: Omit<AxonOpts, 'port' | 'host'>,
  attach: [
    SynapseDefinition<SynapseFields, unknown, unknown>,
    AttachHandlers<SynapseFields, unknown, unknown>,
  ][],
  modules: AxonModules = {},
): Promise<TestAxon> {
  const axon = createAxon({ ...opts, port: 0, host: '127.0.0.1' }, modules);
  const forwards = new Map<string, number>();
  for (const [definition, handlers] of attach) {
    axon.attach(definition, {
      ...handlers,
      forward: (synapse, ctx) => {
        forwards.set(definition.name, (forwards.get(definition.name) ?? 0) + 1);
        return handlers.forward(synapse, ctx);
      },
    });
  }
  await axon.start();
  return { axon, port: axon.port, forwards };
}

export function totalForwards(test: TestAxon): number {
  return [...test.forwards.values()].reduce((a, b) => a + b, 0);
}
