/**
 * A view of a block's state for one query that reads each key from storage at most once: the metagraph
 * reads some keys twice (a uid's hotkey for its row and again for its stake weight, a hotkey's children
 * and parents for its alpha and again for its root stake). The second read gets the same bytes, whose
 * decoded value the runtime remembers. Nothing is kept once the query is answered.
 */
import { OverlayState, type StateBackend } from '@taonet/runtime';

class ReadOnceBackend implements StateBackend {
  /** key -> its bytes, null when absent */
  private readonly read = new Map<string, Uint8Array | null>();

  constructor(private readonly backend: StateBackend) {}

  get(key: string): Uint8Array | undefined {
    const known = this.read.get(key);
    if (known !== undefined) return known ?? undefined;
    const value = this.backend.get(key);
    this.read.set(key, value ?? null);
    return value;
  }

  keysWithPrefix(prefix: string): Iterable<string> {
    return this.backend.keysWithPrefix(prefix);
  }
}

/** An overlay on `backend` (the state of one block) whose storage reads are each done once. */
export function readOnceState(backend: StateBackend): OverlayState {
  return new OverlayState(new ReadOnceBackend(backend));
}
