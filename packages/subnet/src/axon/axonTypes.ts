/**
 * The types an axon user writes against (handlers, the request view, options) and the runtime state the
 * route pipeline shares.
 */
import type { Synapse, SynapseFields } from '../synapse/defineSynapse.js';
import type { TerminalInfo } from '../synapse/terminalInfo.js';
import type { AxonIdentity, Peer } from './axonResponses.js';
import type { HotkeyLimiter, HotkeyLimits } from './hotkeyLimiter.js';
import type { PriorityGate } from './priorityGate.js';
import type { VerifyContext } from './verifyRequest.js';

/** What the header phase knows about a request (the SDK's synapse built from headers, without the body). */
export interface SynapseRequest {
  name: string;
  /** Seconds, from the unsigned `timeout` header. */
  timeout: number;
  /** From the headers, with `ip`/`port` of the TCP peer (as the SDK fills them). */
  dendrite: TerminalInfo;
  axon: TerminalInfo;
  computedBodyHash: string | null;
  peer: Peer;
}

export interface BlacklistDecision {
  blacklisted: boolean;
  reason?: string;
}

export interface ForwardContext {
  /** Aborted at the request's deadline or when the caller hangs up: stop working then. */
  signal: AbortSignal;
  request: SynapseRequest;
}

export type ForwardResult<F extends SynapseFields, D, C> =
  | Synapse<F, D, C>
  | AsyncIterable<string | Uint8Array>
  | Promise<Synapse<F, D, C> | AsyncIterable<string | Uint8Array>>;

export interface AttachHandlers<F extends SynapseFields, D, C> {
  /** Serves the request: returns the synapse with its outputs set (or, for a streaming synapse, the chunks). */
  forward(synapse: Synapse<F, D, C>, ctx: ForwardContext): ForwardResult<F, D, C>;
  /** Runs before verification, on the claimed hotkey; `blacklisted: true` answers 403. */
  blacklist?(request: SynapseRequest): BlacklistDecision | Promise<BlacklistDecision>;
  /** Higher is served first when forwards queue up. */
  priority?(request: SynapseRequest): number | Promise<number>;
  /** Extra checks after the signature and nonce were verified; throwing answers 401. */
  verify?(request: SynapseRequest): void | Promise<void>;
}

export interface AxonLimits {
  /** A larger body is refused with 413 (default 16 MiB). */
  maxBodyBytes: number;
  /** Forwards running at once (default 64). */
  maxConcurrentForwards: number;
  /** Forwards waiting for a slot (default 1024); beyond, 503. */
  maxQueuedForwards: number;
  perHotkey: HotkeyLimits;
  /** Cap on the `timeout` header, for the forward deadline and the nonce window (default 60 s). */
  maxTimeoutMs: number;
  /** Time to receive a request's headers (slowloris) (default 10 s). */
  headersTimeoutMs: number;
  /** Time to receive a whole request (default 30 s). */
  requestTimeoutMs: number;
  keepAliveTimeoutMs: number;
  maxConnections: number;
}

export interface AxonModules {
  /** Unregistered hotkeys get 403 (wire it to the metagraph). */
  isRegistered?: (hotkey: string) => boolean | Promise<boolean>;
  /** With `requireValidator`, hotkeys that are not validators get 403. */
  isValidator?: (hotkey: string) => boolean | Promise<boolean>;
  /** Clock (Unix ns); the process clock unless given. */
  nowNs?: () => bigint;
  /** Told about exceptions thrown by forward (the reply only says `Internal Server Error #<id>`). */
  onError?: (error: unknown, context: { name: string; hotkey: string | null }) => void;
}

export interface AxonRuntime {
  identity: AxonIdentity;
  verifyContext: VerifyContext;
  limiter: HotkeyLimiter;
  gate: PriorityGate;
  limits: AxonLimits;
  modules: AxonModules;
  requireValidator: boolean;
  forwardGraceMs: number;
  countStatus(status: number): void;
  countForward(): void;
}
