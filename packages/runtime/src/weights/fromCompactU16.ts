/** A decoded `Compact<u16>` argument (scale-ts yields a number, or a bigint for wide encodings). */
import { TaonetError, U16_MAX } from '@taonet/primitives';

export function fromCompactU16(value: number | bigint): number {
  const wide = BigInt(value);
  if (wide < 0n || wide > BigInt(U16_MAX)) {
    throw new TaonetError(
      'INVALID_ARGUMENT',
      `a Compact<u16> argument must be at most ${U16_MAX}, got ${wide}`,
    );
  }
  // float-ok: an integer in [0, 65535] converts exactly
  return Number(wide);
}
