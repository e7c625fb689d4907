/**
 * subtensor's share pool (`primitives/share-pool`) over an in-memory map: one pool per (hotkey, netuid);
 * `sharedValue` is the alpha owned by all stakers together, each staker holds SafeFloat shares of the
 * `denominator`. `value(key) = floor(sharedValue * share / denominator)`.
 *
 * Two storage flavours exist: the crate's mock keeps zero shares (`'mock'`), subtensor's
 * `HotkeyAlphaSharePoolDataOperations` removes a share that becomes zero (`'subtensor'`).
 */
import {
  SAFE_FLOAT_ZERO,
  type SafeFloat,
  safeFloatAdd,
  safeFloatFromU64,
  safeFloatIsZero,
  safeFloatMulDiv,
  safeFloatSub,
  safeFloatToU64,
  saturatingAddU64,
  saturatingSubU64,
} from '@taonet/primitives';

export type SharePoolSemantics = 'mock' | 'subtensor';

export interface SharePoolState {
  readonly sharedValue: bigint;
  readonly denominator: SafeFloat;
  /** shares by key, in insertion order */
  readonly shares: ReadonlyMap<string, SafeFloat>;
}

export class SharePool {
  private sharedValue = 0n;
  private denominator: SafeFloat = SAFE_FLOAT_ZERO;
  private readonly shares = new Map<string, SafeFloat>();

  constructor(private readonly semantics: SharePoolSemantics = 'subtensor') {}

  state(): SharePoolState {
    return { sharedValue: this.sharedValue, denominator: this.denominator, shares: new Map(this.shares) };
  }

  /** Sets raw storage (as a test or a migration would). */
  setRaw(sharedValue: bigint, denominator: SafeFloat, shares: Iterable<[string, SafeFloat]> = []): void {
    this.sharedValue = sharedValue;
    this.denominator = denominator;
    this.shares.clear();
    for (const [key, share] of shares) this.setShare(key, share);
  }

  hasShare(key: string): boolean {
    return this.shares.has(key);
  }

  getShare(key: string): SafeFloat {
    return this.shares.get(key) ?? SAFE_FLOAT_ZERO;
  }

  /** `get_value`: `floor(shared_value * share / denominator)` (0 for an empty pool). */
  getValue(key: string): bigint {
    return this.getValueFromShares(this.getShare(key));
  }

  getValueFromShares(share: SafeFloat): bigint {
    const shared = safeFloatFromU64(this.sharedValue);
    return safeFloatToU64(safeFloatMulDiv(shared, share, this.denominator) ?? SAFE_FLOAT_ZERO);
  }

  /** `update_value_for_all`: every staker's value moves pro rata (emissions, dividends). */
  updateValueForAll(update: bigint): void {
    this.sharedValue =
      update >= 0n ? saturatingAddU64(this.sharedValue, update) : saturatingSubU64(this.sharedValue, -update);
  }

  /** `get_shares_per_update`: `|update| * denominator / shared_value` (0 when the pool value is 0). */
  getSharesPerUpdate(update: bigint): SafeFloat {
    const shared = safeFloatFromU64(this.sharedValue);
    const magnitude = safeFloatFromU64(update < 0n ? -update : update);
    return safeFloatMulDiv(magnitude, this.denominator, shared) ?? SAFE_FLOAT_ZERO;
  }

  /** `sim_update_value_for_one`: false when the update would not move any share (staking then fails). */
  simUpdateValueForOne(update: bigint): boolean {
    return safeFloatIsZero(this.denominator) || !safeFloatIsZero(this.getSharesPerUpdate(update));
  }

  /** `update_value_for_one`: adds or removes value for one key by minting or burning shares. */
  updateValueForOne(key: string, update: bigint): void {
    const currentShare = this.getShare(key);
    if (safeFloatIsZero(this.denominator)) {
      const initial = safeFloatFromU64(update < 0n ? -update : update);
      this.denominator = initial;
      this.setShare(key, initial);
    } else {
      const delta = this.getSharesPerUpdate(update);
      const op = update > 0n ? safeFloatAdd : safeFloatSub;
      this.denominator = op(this.denominator, delta) ?? this.denominator;
      this.setShare(key, op(currentShare, delta) ?? currentShare);
    }
    this.updateValueForAll(update);
  }

  private setShare(key: string, share: SafeFloat): void {
    if (this.semantics === 'subtensor' && safeFloatIsZero(share)) this.shares.delete(key);
    else this.shares.set(key, share);
  }
}
