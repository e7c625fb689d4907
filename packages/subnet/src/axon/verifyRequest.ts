/**
 * The axon's verification of a request's headers (the SDK's `default_verify`, with its holes closed):
 * - a missing signature is refused (the SDK skipped verification: anyone could claim any hotkey);
 * - the nonce must lie in `[now - (allowedDelta + min(timeout, maxTimeout)), now + maxFuture]`: the unsigned
 *   `timeout` header cannot widen the window past the cap, and nonces from the future are refused (the SDK had
 *   no upper bound); the window applies whatever `version` the request claims (the SDK dropped it below 7.2.0);
 * - each (hotkey, uuid, nonce) is accepted once, whatever the arrival order (nonceStore.ts);
 * - the signature must be the dendrite hotkey's sr25519 signature of
 *   `"{nonce}.{dendrite_hotkey}.{this axon's hotkey}.{uuid}.{computed_body_hash}"`.
 * On success the nonce is recorded before anything else can run. Messages follow the SDK's where it has one.
 */
import { decodeSs58, verifySignature, wrapBytes } from '@taonet/crypto';
import { createDendriteMessage } from '../synapse/signatureMessage.js';
import type { TerminalInfo } from '../synapse/terminalInfo.js';
import { type NonceStore, nonceKey } from './nonceStore.js';

export interface NonceWindow {
  /** Slack for clock skew and transit, added to the request's timeout (the SDK's 4 s). */
  allowedDeltaMs: number;
  /** The most the `timeout` header may add to the window. */
  maxTimeoutMs: number;
  /** How far ahead of this axon's clock a nonce may be. */
  maxFutureMs: number;
}

export interface VerifyContext {
  axonHotkey: string;
  store: NonceStore;
  window: NonceWindow;
  nowNs: () => bigint;
  /** Also accept signatures of `<Bytes>message</Bytes>` (polkadot-js extensions), as btwallet does. */
  acceptBytesWrapper: boolean;
  publicKeyOf: (hotkey: string) => Uint8Array;
}

export interface RequestCredentials {
  dendrite: TerminalInfo;
  computedBodyHash: string | null;
  /** Seconds, from the unsigned `timeout` header (12 when absent). */
  timeout: number;
}

const NS_PER_MS = 1_000_000n;
const UUID_TEXT = /^[\x21-\x7e]{1,64}$/;
const SIGNATURE_TEXT = /^0x[0-9a-fA-F]{128}$/;

function seconds(ns: bigint): string {
  return (Number(ns) / 1e9).toFixed(2);
}

/** The nonce window for a request's timeout, in ns: [oldest accepted (exclusive), newest accepted]. */
export function getNonceBounds(timeout: number, window: NonceWindow, now: bigint): [bigint, bigint] {
  const timeoutMs =
    Number.isFinite(timeout) && timeout > 0 ? Math.min(timeout * 1000, window.maxTimeoutMs) : 0;
  const maxAge = BigInt(Math.round(window.allowedDeltaMs + timeoutMs)) * NS_PER_MS;
  return [now - maxAge, now + BigInt(Math.round(window.maxFutureMs)) * NS_PER_MS];
}

function checkNonce(
  nonce: bigint,
  credentials: RequestCredentials,
  ctx: VerifyContext,
  key: string,
): string | null {
  const now = ctx.nowNs();
  const [oldest, newest] = getNonceBounds(credentials.timeout, ctx.window, now);
  if (nonce <= oldest) {
    return `Nonce is too old: acceptable delta is ${seconds(now - oldest)} seconds but request was ${seconds(now - nonce)} seconds old`;
  }
  if (nonce > newest) {
    return `Nonce is too far in the future: ${seconds(nonce - now)} seconds ahead, at most ${seconds(newest - now)} allowed`;
  }
  const seen = ctx.store.check(key, nonce);
  if (seen === 'replayed') return 'Nonce was already used: a request is served once';
  if (seen === 'belowFloor') return 'Nonce predates the replay memory of this axon';
  return null;
}

function checkSignature(
  credentials: RequestCredentials,
  ctx: VerifyContext,
  publicKey: Uint8Array,
  signature: string,
): string | null {
  const d = credentials.dendrite;
  const message = createDendriteMessage({
    nonce: d.nonce!,
    dendriteHotkey: d.hotkey!,
    axonHotkey: ctx.axonHotkey,
    uuid: d.uuid!,
    bodyHash: credentials.computedBodyHash!,
  });
  // the text is `0x` + 128 hex digits (checkPresence): Node's decoder gives the same bytes, natively
  const bytes = Buffer.from(signature.slice(2), 'hex');
  if (verifySignature('sr25519', message, bytes, publicKey)) return null;
  if (ctx.acceptBytesWrapper && verifySignature('sr25519', wrapBytes(message), bytes, publicKey)) return null;
  return `Signature mismatch with ${message} and ${signature}`;
}

function checkPresence(d: TerminalInfo, credentials: RequestCredentials): string | null {
  if (!d.hotkey) return 'Missing Hotkey';
  if (d.nonce === null) return 'Missing Nonce';
  if (!d.uuid || !UUID_TEXT.test(d.uuid)) return 'Missing or malformed uuid';
  if (!d.signature) return 'Missing Signature';
  if (!SIGNATURE_TEXT.test(d.signature)) return 'Invalid signature';
  if (credentials.computedBodyHash === null) return 'Missing computed_body_hash';
  return null;
}

/**
 * Verifies the credentials of a request and records its nonce; returns null when accepted, else the
 * reason (the axon answers 401 `Not Verified with error: {reason}`).
 */
export function verifyRequest(credentials: RequestCredentials, ctx: VerifyContext): string | null {
  const d = credentials.dendrite;
  const missing = checkPresence(d, credentials);
  if (missing !== null) return missing;
  let publicKey: Uint8Array;
  try {
    publicKey = ctx.publicKeyOf(d.hotkey!);
  } catch (error) {
    return `Invalid SS58 address: ${(error as Error).message}`;
  }
  const key = nonceKey(d.hotkey!, d.uuid!);
  const stale = checkNonce(d.nonce!, credentials, ctx, key);
  if (stale !== null) return stale;
  const mismatch = checkSignature(credentials, ctx, publicKey, d.signature!);
  if (mismatch !== null) return mismatch;
  ctx.store.record(key, d.nonce!);
  return null;
}

/** SS58 → public key, remembering up to `limit` recent hotkeys (decoding hashes the address each time). */
export function createPublicKeyCache(limit = 4096): (hotkey: string) => Uint8Array {
  const cache = new Map<string, Uint8Array>();
  return (hotkey) => {
    const hit = cache.get(hotkey);
    if (hit !== undefined) return hit;
    const { publicKey } = decodeSs58(hotkey);
    if (cache.size >= limit) cache.delete(cache.keys().next().value!);
    cache.set(hotkey, publicKey);
    return publicKey;
  };
}
