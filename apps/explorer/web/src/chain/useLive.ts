/**
 * Data that follows the chain: loaded when the page opens and again at each new best block (one load at a
 * time; heads that arrive meanwhile are folded into the next load). A failed load keeps the last data and
 * reports the error, so a node going away never blanks a page.
 */
import type { Client } from '@taonet/sdk';
import { useEffect, useRef, useState } from 'react';
import { useChain } from './chainContext.js';

export interface Live<T> {
  readonly data: T | undefined;
  readonly error: string | undefined;
  /** the best block number the data was loaded at (the head known when the load started) */
  readonly block: number | undefined;
  /** a load has been running for more than SLOW_MS: the node is slow to answer */
  readonly slow?: boolean;
}

/** After this long a load is shown as slow. */
export const SLOW_MS = 2_500;

export interface LiveOpts {
  /** reload at each new head (default true) */
  readonly follow?: boolean;
  /** reload at most every n blocks (default 1) */
  readonly everyBlocks?: number;
  /** load nothing while false (e.g. until more urgent data is in) */
  readonly enabled?: boolean;
}

export function useLive<T>(
  /** `isCurrent()` turns false once the page no longer wants this load (left, or its key changed) */
  load: (client: Client, best: number, isCurrent: () => boolean) => Promise<T>,
  /** what the data is of (a netuid, an address): a change starts over */
  key: string,
  opts: LiveOpts = {},
): Live<T> {
  const { client, best } = useChain();
  const [state, setState] = useState<Live<T>>({ data: undefined, error: undefined, block: undefined });
  const running = useRef(false);
  const wanted = useRef<number | undefined>(undefined);
  const loadedAt = useRef<number | undefined>(undefined);
  const generation = useRef(0);
  const loadRef = useRef(load);
  loadRef.current = load;
  const follow = opts.follow ?? true;
  const every = opts.everyBlocks ?? 1;
  const enabled = opts.enabled ?? true;
  const [tick, setTick] = useState(0);

  // biome-ignore lint/correctness/useExhaustiveDependencies: a new key starts over
  useEffect(() => {
    generation.current++;
    loadedAt.current = undefined;
    setState({ data: undefined, error: undefined, block: undefined });
    setTick((t) => t + 1);
    return () => {
      generation.current++;
    };
  }, [key]);

  useEffect(() => {
    // tick 0: the reset effect has not run yet for these deps
    if (best === undefined || tick === 0 || !enabled) return;
    if (loadedAt.current !== undefined && (!follow || best.number - loadedAt.current < every)) return;
    wanted.current = best.number;
    if (running.current) return;
    const run = async () => {
      running.current = true;
      while (wanted.current !== undefined) {
        const at = wanted.current;
        const gen = generation.current;
        wanted.current = undefined;
        const current = () => gen === generation.current;
        const slow = setTimeout(() => current() && setState((old) => ({ ...old, slow: true })), SLOW_MS);
        try {
          const data = await loadRef.current(client, at, current);
          if (current()) {
            loadedAt.current = at;
            setState({ data, error: undefined, block: at, slow: false });
          }
        } catch (e) {
          if (current()) setState((old) => ({ ...old, error: (e as Error).message, slow: false }));
        } finally {
          clearTimeout(slow);
        }
      }
      running.current = false;
    };
    void run();
  }, [best, client, follow, every, tick, enabled]);

  return state;
}
