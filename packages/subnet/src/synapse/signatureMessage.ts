/**
 * The messages that get signed. The dendrite's is the SDK's, byte for byte; the axon's response signature
 * is our addition (the SDK's success responses are unauthenticated): it binds the axon hotkey to the exact
 * response body and to the request it answers, and travels in headers Python clients ignore.
 */
import { sha3Hex } from './bodyHash.js';

export interface DendriteMessageParts {
  nonce: bigint;
  dendriteHotkey: string;
  axonHotkey: string;
  uuid: string;
  bodyHash: string;
}

/** `"{nonce}.{dendrite_hotkey}.{axon_hotkey}.{uuid}.{body_hash}"`, signed as UTF-8 by the dendrite's hotkey. */
export function createDendriteMessage(parts: DendriteMessageParts): string {
  return `${parts.nonce}.${parts.dendriteHotkey}.${parts.axonHotkey}.${parts.uuid}.${parts.bodyHash}`;
}

/** Response headers carrying the axon's signature (no `bt_header_` prefix: Python dendrites ignore them). */
export const AXON_NONCE_HEADER = 'x-axon-nonce';
export const AXON_SIGNATURE_HEADER = 'x-axon-signature';

export interface AxonResponseMessageParts {
  axonNonce: bigint;
  dendriteHotkey: string;
  axonHotkey: string;
  dendriteNonce: bigint;
  body: string | Uint8Array;
}

/** `"{axon_nonce}.{dendrite_hotkey}.{axon_hotkey}.{dendrite_nonce}.{sha3_256(body)}"`, signed by the axon. */
export function createAxonResponseMessage(parts: AxonResponseMessageParts): string {
  const bodyHash = sha3Hex(parts.body);
  return `${parts.axonNonce}.${parts.dendriteHotkey}.${parts.axonHotkey}.${parts.dendriteNonce}.${bodyHash}`;
}
