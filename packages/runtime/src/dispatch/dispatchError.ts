/**
 * Dispatch errors carry subtensor's names (`SubNetworkDoesNotExist`, `NotEnoughBalanceToStake`...):
 * a failed call raises one, its writes are rolled back, and the block records `ExtrinsicFailed`.
 */
import { TaonetError } from '@taonet/primitives';

export class DispatchError extends TaonetError {
  constructor(
    readonly pallet: string,
    readonly error: string,
    detail?: string,
  ) {
    super('DISPATCH_ERROR', detail === undefined ? `${pallet}.${error}` : `${pallet}.${error}: ${detail}`, {
      details: { pallet, error },
    });
  }
}

export function isDispatchError(value: unknown, error?: string): value is DispatchError {
  return value instanceof DispatchError && (error === undefined || value.error === error);
}

/** A named error of one pallet: call it to build the error, pass it to `ensure`. */
export interface ErrorKind {
  readonly pallet: string;
  readonly name: string;
  readonly index: number;
  readonly docs: string;
  (detail?: string): DispatchError;
}

/** `defineErrors('SubtensorModule', { SubNetworkDoesNotExist: 'The subnet does not exist.' })` */
export function defineErrors<const Names extends string>(
  pallet: string,
  docs: Readonly<Record<Names, string>>,
): { readonly [N in Names]: ErrorKind } {
  const out: Record<string, ErrorKind> = {};
  let index = 0;
  // deterministic: declaration order of the literal is the error index order, as in FRAME
  for (const [name, doc] of Object.entries(docs) as [string, string][]) {
    const kind = ((detail?: string) => new DispatchError(pallet, name, detail)) as ErrorKind & {
      pallet: string;
      name: string;
      index: number;
      docs: string;
    };
    Object.defineProperties(kind, {
      pallet: { value: pallet },
      name: { value: name },
      index: { value: index++ },
      docs: { value: doc },
    });
    out[name] = kind;
  }
  return out as { readonly [N in Names]: ErrorKind };
}

/** Throw `kind` unless `condition` holds. */
export function ensure(condition: boolean, kind: ErrorKind, detail?: string): asserts condition {
  if (!condition) throw kind(detail);
}
