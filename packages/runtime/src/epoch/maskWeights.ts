/**
 * §1.5 Weights pipeline on the sparse stored weights (`get_weights_sparse`):
 * 1. rows of validators without a (stored) permit are emptied;
 * 2. self-weights are dropped, except the subnet owner's;
 * 3. "outdated" weights are dropped: (i, j) when validator i last updated at or before j's registration;
 * 4. with commit-reveal on, (i, j) is dropped when validator i holds an unexpired commit made before j
 *    registered (anti-sniping: a newcomer cannot inherit the hidden score of the uid it replaced);
 * 5. each row is normalised to sum 1 (all-zero rows stay as they are).
 */
import {
  inplaceRowNormalizeSparse,
  maskDiagSparse,
  maskDiagSparseExceptIndex,
  maskRowsSparse,
  type SparseMatrix,
  vecMaskSparseMatrix,
} from './math/index.js';

export interface WeightMasks {
  readonly validatorForbids: readonly boolean[];
  readonly ownerUid: number | null;
  readonly lastUpdate: readonly bigint[];
  readonly blockAtRegistration: readonly bigint[];
  /** earliest unexpired commit block per uid (u64::MAX = none); null when commit-reveal is off */
  readonly commitBlocks: readonly bigint[] | null;
}

const isOutdated = (updated: bigint, registered: bigint) => updated <= registered;
const isCommittedBeforeRegistration = (commitBlock: bigint, registered: bigint) => commitBlock < registered;

export function maskWeights(weights: SparseMatrix, masks: WeightMasks): SparseMatrix {
  let masked = maskRowsSparse(masks.validatorForbids, weights);
  masked =
    masks.ownerUid === null ? maskDiagSparse(masked) : maskDiagSparseExceptIndex(masked, masks.ownerUid);
  masked = vecMaskSparseMatrix(masked, masks.lastUpdate, masks.blockAtRegistration, isOutdated);
  if (masks.commitBlocks !== null) {
    masked = vecMaskSparseMatrix(
      masked,
      masks.commitBlocks,
      masks.blockAtRegistration,
      isCommittedBeforeRegistration,
    );
  }
  inplaceRowNormalizeSparse(masked);
  return masked;
}
