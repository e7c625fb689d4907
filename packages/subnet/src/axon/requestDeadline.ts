/**
 * A request's deadline, cheap on the hot path: one timer and one promise per request; the AbortSignal a
 * forward sees is only built when something reads it (an AbortController costs more than the rest of the
 * deadline), and it is aborted at once with the same reason if the deadline already passed.
 */
export class DeadlineExceeded extends Error {}

export class RequestDeadline {
  /** Rejects with the reason when the deadline passes or the request is cancelled; never resolves. */
  readonly expired: Promise<never>;
  private controller: AbortController | null = null;
  private reason: unknown = undefined;
  private fired = false;
  private rejectExpired!: (reason: unknown) => void;
  private readonly timer: NodeJS.Timeout;
  private onFire: (() => void) | null = null;

  constructor(remainingMs: number) {
    this.expired = new Promise<never>((_, reject) => {
      this.rejectExpired = reject;
    });
    this.expired.catch(() => undefined);
    this.timer = setTimeout(() => this.abort(new DeadlineExceeded('deadline')), remainingMs);
  }

  /** The AbortSignal of this deadline (built on first use). */
  get signal(): AbortSignal {
    if (this.controller === null) {
      this.controller = new AbortController();
      if (this.fired) this.controller.abort(this.reason);
    }
    return this.controller.signal;
  }

  get aborted(): boolean {
    return this.fired;
  }

  /** Cancels the request now (the caller went away, say); the first reason wins. */
  abort(reason: unknown): void {
    if (this.fired) return;
    this.fired = true;
    this.reason = reason;
    clearTimeout(this.timer);
    this.rejectExpired(reason);
    this.controller?.abort(reason);
    const callback = this.onFire;
    this.onFire = null;
    callback?.();
  }

  /** Runs `callback` once when the deadline fires (at once if it already has). One callback at a time. */
  whenFired(callback: () => void): void {
    if (this.fired) callback();
    else this.onFire = callback;
  }

  /** Stops the timer; the deadline no longer fires. */
  clear(): void {
    clearTimeout(this.timer);
    this.onFire = null;
  }
}
