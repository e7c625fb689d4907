/** Events a block emits, with subtensor's names (`StakeAdded`, `NeuronRegistered`, `ExtrinsicFailed`...). */

export type EventPhase =
  | { readonly kind: 'initialization' }
  | { readonly kind: 'applyExtrinsic'; readonly index: number }
  | { readonly kind: 'finalization' };

export interface RuntimeEvent {
  readonly pallet: string;
  readonly name: string;
  /** field name -> value (bigint amounts, AccountId hex, numbers), in subtensor's field order */
  readonly data: Readonly<Record<string, unknown>>;
}

export interface PhasedEvent extends RuntimeEvent {
  readonly phase: EventPhase;
}

/** Collects a block's events; a failed extrinsic's events are dropped with its writes. */
export class EventLog {
  private readonly committed: PhasedEvent[] = [];
  private pending: RuntimeEvent[][] = [];
  private phase: EventPhase = { kind: 'initialization' };

  setPhase(phase: EventPhase): void {
    this.phase = phase;
  }

  emit(event: RuntimeEvent): void {
    const top = this.pending[this.pending.length - 1];
    if (top === undefined) this.committed.push({ ...event, phase: this.phase });
    else top.push(event);
  }

  /** Events emitted inside `body` are kept only if it returns (mirrors state transactions). */
  transaction<T>(body: () => T): T {
    this.pending.push([]);
    try {
      const result = body();
      const events = this.pending.pop()!;
      for (const event of events) this.emit(event);
      return result;
    } catch (error) {
      this.pending.pop();
      throw error;
    }
  }

  all(): readonly PhasedEvent[] {
    return this.committed;
  }
}
