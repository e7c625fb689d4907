/**
 * Who may reach an axon's forward, decided on the headers alone before the body is read, in the SDK's order
 * with its gaps filled: blacklist and registration (403), per-hotkey limits (429, checked before the
 * signature so a forged hotkey cannot drain a real one's bucket), signature and nonce (401), the route's
 * own verify hook (401); success takes a slot of the hotkey's in-flight limit. All of it runs synchronously
 * unless a hook returns a promise.
 */
import type { SynapseFields } from '../synapse/defineSynapse.js';
import type { AttachHandlers, AxonRuntime, SynapseRequest } from './axonTypes.js';
import { Refusal } from './requestBody.js';
import { verifyRequest } from './verifyRequest.js';

type Handlers = AttachHandlers<SynapseFields, unknown, unknown>;

/** What admission records on the request: it passed verification (error replies are then signed). */
export interface AdmissionState {
  verified: boolean;
}

/** An await on a plain value still costs a turn: await only promises. */
export function isPromise<T>(value: T | Promise<T>): value is Promise<T> {
  return typeof (value as { then?: unknown } | null)?.then === 'function';
}

async function checkBlacklist(view: SynapseRequest, handlers: Handlers, runtime: AxonRuntime) {
  const hotkey = view.dendrite.hotkey ?? '';
  const { isRegistered, isValidator } = runtime.modules;
  if (isRegistered !== undefined) {
    const registered = isRegistered(hotkey);
    if (!(isPromise(registered) ? await registered : registered)) return `hotkey ${hotkey} is not registered`;
  }
  if (runtime.requireValidator && isValidator !== undefined && !(await isValidator(hotkey))) {
    return `hotkey ${hotkey} is not a validator`;
  }
  const decision = handlers.blacklist ? await handlers.blacklist(view) : null;
  return decision?.blacklisted ? (decision.reason ?? 'blacklisted') : null;
}

function limitMessage(verdict: 'rate' | 'concurrency', hotkey: string, runtime: AxonRuntime): string {
  const { ratePerSecond, maxConcurrent } = runtime.limits.perHotkey;
  return verdict === 'rate'
    ? `Too Many Requests: hotkey ${hotkey} is limited to ${ratePerSecond} requests per second`
    : `Too Many Requests: hotkey ${hotkey} already has ${maxConcurrent} requests in flight`;
}

function needsAwait(handlers: Handlers, runtime: AxonRuntime): boolean {
  return handlers.blacklist !== undefined || runtime.requireValidator;
}

function refuseUnregistered(view: SynapseRequest): never {
  const hotkey = view.dendrite.hotkey ?? '';
  throw new Refusal(403, `Forbidden. Key is blacklisted: hotkey ${hotkey} is not registered.`);
}

/** Limits, signature and nonce; takes a limiter slot on success. Synchronous. */
function admitVerified(
  state: AdmissionState,
  view: SynapseRequest,
  runtime: AxonRuntime,
  check?: Handlers['verify'],
) {
  const hotkey = view.dendrite.hotkey ?? '';
  const precheck = runtime.limiter.check(hotkey);
  if (precheck !== 'ok') throw new Refusal(429, limitMessage(precheck, hotkey, runtime));
  const failure = verifyRequest(view, runtime.verifyContext);
  if (failure !== null) throw new Refusal(401, `Not Verified with error: ${failure}`);
  if (check !== undefined) return;
  acquireSlot(state, hotkey, runtime);
}

function acquireSlot(state: AdmissionState, hotkey: string, runtime: AxonRuntime): void {
  const verdict = runtime.limiter.acquire(hotkey);
  if (verdict !== 'ok') throw new Refusal(429, limitMessage(verdict, hotkey, runtime));
  state.verified = true;
}

/** With a blacklist, a validator check or a verify hook: the awaited order blacklist, limits, verify, hook. */
async function admitAwaited(
  state: AdmissionState,
  view: SynapseRequest,
  handlers: Handlers,
  runtime: AxonRuntime,
) {
  const blacklisted = await checkBlacklist(view, handlers, runtime);
  if (blacklisted !== null) throw new Refusal(403, `Forbidden. Key is blacklisted: ${blacklisted}.`);
  admitVerified(state, view, runtime, handlers.verify);
  if (handlers.verify) {
    try {
      await handlers.verify(view);
    } catch (error) {
      throw new Refusal(401, `Not Verified with error: ${(error as Error).message}`);
    }
    acquireSlot(state, view.dendrite.hotkey ?? '', runtime);
  }
}

/**
 * Blacklist, limits, signature and nonce, the route's verify; takes a limiter slot on success. Runs
 * synchronously (undefined) unless a hook returns a promise.
 */
export function admit(
  state: AdmissionState,
  view: SynapseRequest,
  handlers: Handlers,
  runtime: AxonRuntime,
): Promise<void> | undefined {
  if (needsAwait(handlers, runtime) || handlers.verify !== undefined)
    return admitAwaited(state, view, handlers, runtime);
  const isRegistered = runtime.modules.isRegistered;
  if (isRegistered !== undefined) {
    const registered = isRegistered(view.dendrite.hotkey ?? '');
    if (isPromise(registered))
      return registered.then((ok) => {
        if (!ok) refuseUnregistered(view);
        admitVerified(state, view, runtime);
      });
    if (!registered) refuseUnregistered(view);
  }
  admitVerified(state, view, runtime);
  return undefined;
}
