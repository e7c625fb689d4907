/**
 * The two halves of a dendrite call that do not touch the network: preparing the signed request exactly as
 * `Dendrite.preprocess_synapse_for_request` + `to_headers()` do, and folding the response (or the failure)
 * into the caller's synapse as `process_server_response` / `process_error_message` do.
 */
import type { Keypair } from '@taonet/crypto';
import { formatPythonFloat } from '../python/pythonRepr.js';
import { computeBodyHash } from '../synapse/bodyHash.js';
import {
  type AnySynapseDefinition,
  copySynapse,
  type HeaderMap,
  type Synapse,
  type SynapseFields,
} from '../synapse/defineSynapse.js';
import { createDendriteMessage } from '../synapse/signatureMessage.js';
import { decodeSynapseHeaders, encodeSynapseHeaders } from '../synapse/synapseHeaders.js';
import { encodeSynapseBody, readSynapseBody } from '../synapse/synapseWire.js';
import { createTerminalInfo, type TerminalInfo } from '../synapse/terminalInfo.js';
import { type AxonTarget, formatHostPort } from './axonTarget.js';
import type { TransportError } from './httpExchange.js';

export interface DendriteIdentity {
  keypair: Keypair;
  uuid: string;
  version: number;
  externalIp: string;
}

export interface PreparedRequest<F extends SynapseFields, D, C> {
  /** The synapse as sent: the caller's fields, filled terminals, the signature. */
  local: Synapse<F, D, C>;
  headers: Record<string, string>;
  body: string;
}

/** Python's `total_size` is CPython's recursive `sys.getsizeof`; we send the body's byte length instead. */
function withTotalSize(body0: string): { size: number; body: string } {
  const base = Buffer.byteLength(body0);
  let size = base;
  while (base + String(size).length - 1 !== size) size = base + String(size).length - 1;
  return { size, body: body0.replace('"total_size": 0', `"total_size": ${size}`) };
}

/** The synapse to send to one axon, signed, with its headers and JSON body. */
export function prepareRequest<F extends SynapseFields, D, C>(
  definition: AnySynapseDefinition,
  synapse: Synapse<F, D, C>,
  target: AxonTarget,
  timeout: number,
  identity: DendriteIdentity,
  nonce: bigint,
  /** The synapse's body hash when already known (a fan-out sends the same fields to every axon). */
  knownBodyHash?: string,
): PreparedRequest<F, D, C> {
  const local = copySynapse(synapse);
  local.timeout = timeout;
  local.totalSize = 0;
  local.dendrite = createTerminalInfo({
    ip: identity.externalIp,
    version: identity.version,
    nonce,
    uuid: identity.uuid,
    hotkey: identity.keypair.address,
  });
  local.axon = createTerminalInfo({ ip: target.ip, port: target.port, hotkey: target.hotkey });
  const bodyHash = knownBodyHash ?? computeBodyHash(definition, local);
  const message = createDendriteMessage({
    nonce,
    dendriteHotkey: identity.keypair.address,
    axonHotkey: target.hotkey,
    uuid: identity.uuid,
    bodyHash,
  });
  const signature = identity.keypair.sign(message);
  // Node's hex encoder: the same lowercase text as toHex, without its intermediate arrays
  local.dendrite.signature = `0x${Buffer.from(signature.buffer, signature.byteOffset, signature.byteLength).toString('hex')}`;
  const sized = withTotalSize(encodeSynapseBody(definition, local, 'request'));
  local.totalSize = sized.size;
  const headers: Record<string, string> = { Host: formatHostPort(target.ip, target.port) };
  for (const [name, value] of encodeSynapseHeaders(definition, local, bodyHash)) headers[name] = value;
  headers.Accept = '*/*';
  headers['User-Agent'] = 'taonet-dendrite';
  headers['Content-Length'] = String(Buffer.byteLength(sized.body));
  headers['Content-Type'] = 'application/json';
  return { local, headers, body: sized.body };
}

/** Header text Node would refuse to send (control characters, CR/LF, non-Latin-1). */
const INVALID_HEADER_CHAR = /[^\t\x20-\x7e\x80-\xff]/;

/**
 * The request line and headers as they go out on the wire (Latin-1), in the order of `headers`, with
 * `Connection: keep-alive` last as Node's agent adds it. Throws, as Node does, on a value that could split
 * the header block (an axon's published ip is untrusted text).
 */
export function formatRequestHead(path: string, headers: Record<string, string>): string {
  let head = `POST ${path} HTTP/1.1\r\n`;
  // deterministic: the record's insertion order is the header order the SDK sends
  for (const name in headers) {
    const value = headers[name]!;
    if (INVALID_HEADER_CHAR.test(value))
      throw new TypeError(`Invalid character in header content ["${name}"]`);
    head += `${name}: ${value}\r\n`;
  }
  return `${head}Connection: keep-alive\r\n\r\n`;
}

function overlay(terminal: TerminalInfo, from: TerminalInfo): TerminalInfo {
  const out = { ...terminal } as Record<string, unknown>;
  // deterministic: TerminalInfo has a fixed key set, order irrelevant to the result
  for (const [key, value] of Object.entries(from)) if (value !== null) out[key] = value;
  return out as unknown as TerminalInfo;
}

function finishStatus(local: Synapse<SynapseFields, unknown, unknown>, startedMs: number): void {
  local.dendrite.statusCode = local.axon.statusCode;
  local.dendrite.statusMessage = local.axon.statusMessage;
  local.dendrite.processTime = (performance.now() - startedMs) / 1000;
}

/** Folds an HTTP 200 response into `local`: the axon's fields (frozen ones kept), then its terminal headers. */
export function applySuccess<F extends SynapseFields, D, C>(
  definition: AnySynapseDefinition,
  local: Synapse<F, D, C>,
  body: string,
  headers: HeaderMap,
  startedMs: number,
): void {
  const server = readSynapseBody<F, D, C>(definition, body);
  const target = local as Record<string, unknown>;
  for (const field of definition.fieldTypes.keys()) {
    if (!definition.frozenFields.includes(field)) target[field] = (server as Record<string, unknown>)[field];
  }
  local.totalSize = server.totalSize;
  local.headerSize = server.headerSize;
  local.axon = overlay(server.axon, decodeSynapseHeaders(headers).axon);
  local.axon.statusCode ??= 200;
  finishStatus(local as Synapse<SynapseFields, unknown, unknown>, startedMs);
}

/** Folds a non-200 response into `local`: its status and `{"message": ...}`, then its terminal headers. */
export function applyFailure<F extends SynapseFields, D, C>(
  local: Synapse<F, D, C>,
  status: number,
  message: string | null,
  headers: HeaderMap,
  startedMs: number,
): void {
  local.axon = overlay(local.axon, decodeSynapseHeaders(headers).axon);
  local.axon.statusCode = status;
  local.axon.statusMessage = message;
  finishStatus(local as Synapse<SynapseFields, unknown, unknown>, startedMs);
}

const TRANSPORT_STATUS: Record<TransportError['kind'], [number, string]> = {
  unreachable: [503, 'Service unavailable'],
  timeout: [408, 'Request timeout'],
  disconnected: [503, 'Service disconnected'],
  payload: [400, 'Payload error'],
  tooLarge: [422, 'Failed to parse response'],
  aborted: [499, 'Request aborted'],
};

/**
 * Records a failure that produced no usable response (the SDK's `process_error_message`): the dendrite
 * terminal gets the status (503 unreachable, 408 timeout, 400 broken body, 422 unparsable, ...).
 */
export function applyError<F extends SynapseFields, D, C>(
  local: Synapse<F, D, C>,
  error: TransportError | Error,
  startedMs: number,
): void {
  const kind = (error as TransportError).kind as TransportError['kind'] | undefined;
  const [status, text] = kind === undefined ? [422, 'Failed to parse response'] : TRANSPORT_STATUS[kind];
  let message = `${text}: ${error.message}`;
  if (kind === 'unreachable') message = `${text} at ${local.axon.ip}:${local.axon.port}/${local.name}`;
  if (kind === 'timeout') message = `${text} after ${formatPythonFloat(local.timeout)} seconds`;
  local.dendrite.statusCode = status;
  local.dendrite.statusMessage = message;
  local.dendrite.processTime = (performance.now() - startedMs) / 1000;
}
