/**
 * What an axon answers, shaped like the SDK's axon so Python dendrites read it unchanged:
 * - success: the forward's synapse as JSON (Starlette style) with its `to_headers()`, axon status 200
 *   `Success` and `process_time` filled in;
 * - refusal or failure: `{"message": ...}` with the headers of the synapse built from the request headers
 *   (the axon terminal then carries this axon's version, nonce and uuid, the dendrite terminal the TCP peer).
 * Optionally (`signResponses`) every response carries `x-axon-nonce` / `x-axon-signature`, the axon hotkey's
 * signature over the body and the request's nonce, which Python dendrites ignore.
 */
import { randomUUID } from 'node:crypto';
import type { Keypair } from '@taonet/crypto';
import { toHex } from '@taonet/primitives';
import { encodePythonJson } from '../python/pythonJson.js';
import { computeBodyHash, computeBodyHashReusing, type KnownBodyHash } from '../synapse/bodyHash.js';
import {
  type AnySynapseDefinition,
  createSynapseBase,
  type SynapseData,
  type SynapseFields,
} from '../synapse/defineSynapse.js';
import {
  AXON_NONCE_HEADER,
  AXON_SIGNATURE_HEADER,
  createAxonResponseMessage,
} from '../synapse/signatureMessage.js';
import { appendSynapseHeaders, type DecodedHeaders } from '../synapse/synapseHeaders.js';
import { encodeSynapseBody } from '../synapse/synapseWire.js';

export interface AxonIdentity {
  keypair: Keypair;
  uuid: string;
  version: number;
  signResponses: boolean;
  nowNs: () => bigint;
}

export interface AxonReply {
  status: number;
  /** Flat: name, value, name, value... (as `writeHead` takes them). */
  headers: string[];
  body: string;
  /** The body's UTF-8 byte length (its `total_size` and Content-Length). */
  bodyBytes: number;
}

export interface Peer {
  ip: string;
  port: number;
}

/** Header values must be Latin-1 text without control characters; anything else becomes '?'. */
export function sanitizeHeaderValue(value: string): string {
  return SAFE_HEADER_VALUE.test(value) ? value : value.replace(UNSAFE_HEADER_CHAR, '?');
}

const SAFE_HEADER_VALUE = /^[\t\x20-\x7e\xa0-\xff]*$/;
const UNSAFE_HEADER_CHAR = /[^\t\x20-\x7e\xa0-\xff]/g;

/** The flat header list of a reply: the content type, then the synapse headers with safe values. */
function replyHeaders(
  contentType: string,
  definition: AnySynapseDefinition,
  synapse: SynapseData<SynapseFields>,
  bodyHash: string,
  totalSize?: number,
): string[] {
  const out = ['content-type', contentType];
  appendSynapseHeaders(out, definition, synapse, bodyHash, totalSize);
  for (let i = 3; i < out.length; i += 2) out[i] = sanitizeHeaderValue(out[i]!);
  return out;
}

function sign(
  identity: AxonIdentity,
  reply: AxonReply,
  dendriteHotkey: string | null,
  dendriteNonce: bigint | null,
) {
  if (!identity.signResponses) return;
  const axonNonce = identity.nowNs();
  const message = createAxonResponseMessage({
    axonNonce,
    dendriteHotkey: dendriteHotkey ?? '',
    axonHotkey: identity.keypair.address,
    dendriteNonce: dendriteNonce ?? 0n,
    body: reply.body,
  });
  reply.headers.push(AXON_NONCE_HEADER, String(axonNonce));
  reply.headers.push(AXON_SIGNATURE_HEADER, toHex(identity.keypair.sign(message)));
}

/** The 200 (or forward-chosen) response for a synapse the forward returned. */
export function createSuccessReply(
  definition: AnySynapseDefinition,
  synapse: SynapseData<SynapseFields>,
  identity: AxonIdentity,
  elapsedSeconds: number,
  requestHash?: KnownBodyHash,
): AxonReply {
  const axon = synapse.axon;
  const code = axon.statusCode;
  axon.statusCode = code !== null && Number.isInteger(code) && code >= 200 && code <= 599 ? code : 200;
  if (axon.statusCode === 200 && !axon.statusMessage) axon.statusMessage = 'Success';
  axon.processTime = elapsedSeconds;
  const body = encodeSynapseBody(definition, synapse, 'response');
  const bodyHash = computeBodyHashReusing(definition, synapse, requestHash);
  const totalSize = Buffer.byteLength(body);
  const headers = replyHeaders('application/json', definition, synapse, bodyHash, totalSize);
  const reply = { status: axon.statusCode, headers, body, bodyBytes: totalSize };
  sign(identity, reply, synapse.dendrite.hotkey, synapse.dendrite.nonce);
  return reply;
}

/** The headers a streaming response starts with (status 200, `text/event-stream`), flat. */
export function createStreamHeaders(
  definition: AnySynapseDefinition,
  synapse: SynapseData<SynapseFields>,
  elapsedSeconds: number,
): string[] {
  synapse.axon.statusCode = 200;
  synapse.axon.statusMessage = 'Success';
  synapse.axon.processTime = elapsedSeconds;
  return replyHeaders('text/event-stream', definition, synapse, computeBodyHash(definition, synapse));
}

export interface ErrorReplyContext {
  definition: AnySynapseDefinition;
  /** The request's synapse headers; null for an unknown route (the SDK answers with a bare `Synapse()`). */
  request: DecodedHeaders | null;
  peer: Peer;
  identity: AxonIdentity;
  elapsedSeconds: number;
  /** The request passed verification (only then is the reply signed: signing costs as much as verifying). */
  verified: boolean;
}

function headerSynapse(ctx: ErrorReplyContext, status: number, message: string): SynapseData<SynapseFields> {
  const request = ctx.request;
  const base = createSynapseBase(ctx.definition.name, { timeout: request?.timeout ?? 12 });
  base.axon.statusCode = status;
  base.axon.statusMessage = message;
  base.axon.processTime = ctx.elapsedSeconds;
  if (request === null) return base as SynapseData<SynapseFields>;
  base.axon = {
    ...request.axon,
    statusCode: status,
    statusMessage: message,
    processTime: ctx.elapsedSeconds,
    version: ctx.identity.version,
    nonce: ctx.identity.nowNs(),
    uuid: ctx.identity.uuid,
    signature: null,
  };
  base.dendrite = { ...request.dendrite, ip: ctx.peer.ip, port: ctx.peer.port };
  const inputs: Record<string, unknown> = {};
  for (const field of ctx.definition.requiredFields) inputs[field] = request.inputs[field] ?? null;
  return { ...base, ...inputs };
}

/** `{"message": ...}` with the status and the headers of the synapse built from the request headers. */
export function createErrorReply(ctx: ErrorReplyContext, status: number, message: string): AxonReply {
  const synapse = headerSynapse(ctx, status, message);
  const body = encodePythonJson(
    { message },
    { kind: 'model', fields: [['message', { kind: 'str' }]] },
    'response',
  );
  const bodyBytes = Buffer.byteLength(body);
  synapse.totalSize = bodyBytes;
  const bodyHash = computeBodyHash(ctx.definition, synapse);
  const headers = replyHeaders('application/json', ctx.definition, synapse, bodyHash);
  const reply = { status, headers, body, bodyBytes };
  if (ctx.verified)
    sign(ctx.identity, reply, ctx.request?.dendrite.hotkey ?? null, ctx.request?.dendrite.nonce ?? null);
  return reply;
}

/** The SDK's message for an exception inside forward: the detail stays in the axon's logs. */
export function createInternalErrorMessage(): string {
  return `Internal Server Error #${randomUUID()}`;
}
