/**
 * The body side of an axon request: reading it under the size limit (413), decoding and checking it against
 * the signed headers (400 broken JSON or hash mismatch, 422 invalid synapse), and streaming a forward's
 * chunks back (a streaming synapse).
 */
import { once } from 'node:events';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { TaonetError } from '@taonet/primitives';
import type { KnownBodyHash } from '../synapse/bodyHash.js';
import type { AnySynapseDefinition, Synapse, SynapseFields } from '../synapse/defineSynapse.js';
import type { DecodedHeaders } from '../synapse/synapseHeaders.js';
import { decodeSynapseBody } from '../synapse/synapseWire.js';

/** A request refused with an HTTP status and the SDK-style message. */
export class Refusal extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

function tooLarge(limit: number): Refusal {
  return new Refusal(413, `Request body larger than ${limit} bytes`);
}

/**
 * The body as UTF-8 text when it has fully arrived already, without stream events; null when it has not.
 * Called a tick after the headers, the body of the same packet is buffered by then (all of it, when its
 * size is the declared Content-Length), though the message is not yet flagged complete.
 */
export function readBufferedBody(request: IncomingMessage, limit: number): string | null {
  if (request.readableFlowing !== null || request.readableEnded) return null;
  const length = request.readableLength;
  if (length > limit) throw tooLarge(limit);
  if (!request.complete) {
    const declared = request.headers['content-length'];
    if (declared === undefined || Number(declared) !== length) return null;
  }
  if (length === 0) return '';
  const chunk = request.read() as Buffer | null;
  return chunk === null ? null : chunk.toString('utf8');
}

/** The whole body as UTF-8 text; refuses (413) a declared or received size above `limit`. */
export function readRequestBody(request: IncomingMessage, limit: number): Promise<string> {
  const declared = Number(request.headers['content-length'] ?? 0);
  if (declared > limit) return Promise.reject(tooLarge(limit));
  return new Promise((resolve, reject) => {
    let first: Buffer | null = null;
    let rest: Buffer[] | null = null;
    let size = 0;
    request.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        request.removeAllListeners('data');
        reject(tooLarge(limit));
      } else if (first === null) first = chunk;
      else (rest ??= [first]).push(chunk);
    });
    request.once('end', () => {
      const body = rest !== null ? Buffer.concat(rest, size) : first;
      resolve(body === null ? '' : body.toString('utf8'));
    });
    request.once('error', reject);
    request.once('close', () => {
      if (!request.complete) reject(new Error('the client went away before sending its body'));
    });
  });
}

export interface DecodedRequestBody {
  synapse: Synapse<SynapseFields, unknown, unknown>;
  /** The request's hash inputs and body hash, reused by the reply when the fields did not change. */
  known: KnownBodyHash;
}

/** Parses and validates the body, checks its hash against the signed header, puts the verified identity in. */
export function decodeRequestBody(
  definition: AnySynapseDefinition,
  text: string,
  headers: DecodedHeaders,
): DecodedRequestBody {
  let decoded: ReturnType<typeof decodeSynapseBody<SynapseFields, unknown, unknown>>;
  try {
    decoded = decodeSynapseBody(definition, text);
  } catch (error) {
    const code = error instanceof TaonetError && error.code === 'INVALID_JSON' ? 400 : 422;
    throw new Refusal(
      code,
      `${code === 400 ? 'Invalid JSON body' : 'Invalid synapse body'}: ${(error as Error).message}`,
    );
  }
  const claimed = headers.computedBodyHash;
  if (decoded.bodyHash !== claimed) {
    throw new Refusal(
      400,
      `Hash mismatch between header body hash ${claimed} and parsed body hash ${decoded.bodyHash}`,
    );
  }
  // the forward sees the verified identity, never unsigned claims from the body
  const d = headers.dendrite;
  const dendrite = decoded.synapse.dendrite;
  dendrite.hotkey = d.hotkey;
  dendrite.nonce = d.nonce;
  dendrite.uuid = d.uuid;
  dendrite.signature = d.signature;
  return { synapse: decoded.synapse, known: { inputs: decoded.hashInputs, hash: decoded.bodyHash } };
}

export function isAsyncIterable(value: unknown): value is AsyncIterable<string | Uint8Array> {
  return typeof (value as { [Symbol.asyncIterator]?: unknown })?.[Symbol.asyncIterator] === 'function';
}

/** Sends a streaming forward's chunks raw (status 200 already counted); cut when `signal` fires. */
export async function streamOut(
  response: ServerResponse,
  stream: AsyncIterable<string | Uint8Array>,
  headers: string[],
  signal: AbortSignal,
): Promise<void> {
  response.writeHead(200, headers);
  try {
    for await (const chunk of stream) {
      if (signal.aborted) break;
      if (!response.write(typeof chunk === 'string' ? chunk : Buffer.from(chunk))) {
        await once(response, 'drain', { signal });
      }
    }
    if (signal.aborted) response.destroy();
    else response.end();
  } catch {
    response.destroy();
  }
}
