/** `vec_fixed64_to_fixed32`: each I64F64 to I32F32 with `saturating_from_num` (drops 32 bits = floor). */
import { I32F32, I64F64 } from '@taonet/primitives';

export function vecFixed64ToFixed32(x: readonly I64F64[]): I32F32[] {
  return x.map((value) => I32F32.saturatingFromFixed(I64F64, value));
}
