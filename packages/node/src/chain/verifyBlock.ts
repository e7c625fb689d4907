/**
 * The checks of block import before and after execution: parent and number, the Aura seal (slot after
 * the parent's, not in the future, signed by the slot's authority over the pre-hash), extrinsics root,
 * size and weight limits, the timestamp inherent first and matching the slot, every other extrinsic
 * signed and valid for this block, the inherent applied and no invalid transaction. The state root is
 * checked by the store when the block commits.
 */
import { verifySignature } from '@taonet/crypto';
import { type AccountId, fromHex, type Hash } from '@taonet/primitives';
import { encodeSignedPayload } from '@taonet/rpc';
import type { Runtime, StateBackend, StateChanges } from '@taonet/runtime';
import type { Block } from '../block/blockCodec.js';
import { computeExtrinsicsRoot } from '../block/extrinsicsRoot.js';
import { computeHeaderHash, getHeaderSlot, type Header, splitSeal } from '../block/header.js';
import { getSigningContext, type SigningChain } from '../extrinsic/checkExtrinsicSignature.js';
import {
  type DecodedExtrinsic,
  decodeExtrinsic,
  isSignedExtrinsic,
  type SignedExtrinsic,
} from '../extrinsic/decodeExtrinsic.js';
import { getTimestampOf, isInherentCall } from '../extrinsic/timestampInherent.js';
import { type ExecutedBlock, executeBlock, isInvalidOutcome } from './blockExecution.js';
import { BlockImportError } from './blockImportError.js';
import { type BlockLimits, getExtrinsicWeight } from './blockLimits.js';
import {
  type SignatureCheck,
  type SignatureVerifier,
  startSlicedVerification,
  type VerificationJob,
} from './signatureVerifier.js';

export interface ChainHead {
  readonly hash: Hash;
  readonly number: number;
  readonly header: Header;
  /** the parent's Aura slot (-1 for genesis) */
  readonly slot: number;
}

export interface VerifyContext<S = never> {
  readonly runtime: Runtime;
  readonly parent: ChainHead;
  readonly parentState: StateBackend;
  readonly authorities: readonly AccountId[];
  readonly slotDuration: number;
  readonly signing: SigningChain;
  readonly limits: BlockLimits;
  /** the current slot by the local clock: blocks from later slots are refused */
  readonly currentSlot?: number;
  /** verifies the extrinsic signatures: worker threads while the block executes, then this thread too */
  readonly verifier: SignatureVerifier;
  /**
   * Prepares the commit of the executed changes (the state root) while the workers still verify; its
   * result is thrown away when a check fails.
   */
  readonly stageState?: (changes: StateChanges) => Promise<S>;
}

export interface VerifiedBlock<S = never> {
  readonly hash: Hash;
  readonly slot: number;
  readonly author: AccountId;
  readonly extrinsics: readonly DecodedExtrinsic[];
  readonly executed: ExecutedBlock;
  /** `ctx.stageState`'s result */
  readonly staged: S | undefined;
  /** time spent in `ctx.stageState` */
  readonly rootMs: number;
}

export function getSlotAuthor(authorities: readonly AccountId[], slot: number): AccountId {
  return authorities[slot % authorities.length]!;
}

function verifySeal(header: Header, ctx: VerifyContext<unknown>): { slot: number; author: AccountId } {
  const sealed = splitSeal(header);
  if (sealed === undefined) throw new BlockImportError('seal', 'the header has no Aura seal');
  const slot = getHeaderSlot(sealed.unsealed);
  if (slot === undefined) throw new BlockImportError('slot', 'the header has no Aura slot');
  if (slot <= ctx.parent.slot) {
    throw new BlockImportError('slot', `slot ${slot} is not after the parent's slot ${ctx.parent.slot}`);
  }
  if (ctx.currentSlot !== undefined && slot > ctx.currentSlot + 1) {
    throw new BlockImportError('slot', `slot ${slot} is in the future (now ${ctx.currentSlot})`);
  }
  const author = getSlotAuthor(ctx.authorities, slot);
  const preHash = fromHex(computeHeaderHash(sealed.unsealed));
  if (!verifySignature('sr25519', preHash, sealed.signature, fromHex(author))) {
    throw new BlockImportError('author', `the seal is not a signature of slot ${slot}'s authority ${author}`);
  }
  return { slot, author };
}

/** The signed payload check of a signed extrinsic at `blockNumber` (era birth hash included). */
function toSignatureCheck(
  xt: SignedExtrinsic,
  index: number,
  blockNumber: number,
  ctx: BodyContext,
): SignatureCheck {
  const { envelope } = xt;
  let context: ReturnType<typeof getSigningContext>;
  try {
    context = getSigningContext(envelope.extra.era, blockNumber, ctx.signing);
  } catch (cause) {
    throw new BlockImportError('extrinsic', `extrinsic ${index}: ${(cause as Error).message}`, { index });
  }
  return {
    type: envelope.signatureType,
    message: encodeSignedPayload(envelope.call, envelope.extra, context),
    signature: envelope.signature,
    publicKey: fromHex(envelope.signer),
  };
}

/**
 * Decodes the body and checks it in order (format, timestamp inherent, signed extrinsics and their
 * eras, limits). The signature checks go to the verifier while the body decodes, slice by slice, as long
 * as every extrinsic so far is a well-formed signed one; the first check that fails cancels them.
 */
function decodeBody(block: Block, ctx: BodyContext, slot: number) {
  const sliced = startSlicedVerification(ctx.verifier);
  const early: SignatureCheck[] = [];
  try {
    const decoded = block.extrinsics.map((bytes, index) => {
      let xt: DecodedExtrinsic;
      try {
        xt = decodeExtrinsic(bytes, ctx.runtime.executive);
      } catch (cause) {
        throw new BlockImportError('format', `extrinsic ${index} does not decode`, {
          index,
          cause: String(cause),
        });
      }
      if (index > 0 && early.length === index - 1) {
        const check = trySignatureCheck(xt, index, block.header.number, ctx);
        if (check !== undefined) {
          early.push(check);
          sliced.add(check);
        }
      }
      return xt;
    });
    const checks = checkBody(decoded, block, ctx, slot, early);
    if (early.length === checks.length) return { decoded, verification: sliced.end() };
    sliced.cancel();
    return { decoded, verification: ctx.verifier.start(checks) };
  } catch (error) {
    sliced.cancel();
    throw error;
  }
}

/** The check of `xt` when it is a signed extrinsic whose era resolves; undefined otherwise. */
function trySignatureCheck(xt: DecodedExtrinsic, index: number, blockNumber: number, ctx: BodyContext) {
  if (!isSignedExtrinsic(xt) || isInherentCall(xt.def)) return undefined;
  try {
    return toSignatureCheck(xt, index, blockNumber, ctx);
  } catch {
    return undefined;
  }
}

/** The body's checks in order; the signature checks (those of `early` reused, the rest built). */
function checkBody(
  decoded: readonly DecodedExtrinsic[],
  block: Block,
  ctx: BodyContext,
  slot: number,
  early: readonly SignatureCheck[],
): SignatureCheck[] {
  const [first, ...rest] = decoded;
  if (first === undefined || first.envelope.signed || !isInherentCall(first.def)) {
    throw new BlockImportError('inherent', 'the first extrinsic must be the timestamp inherent');
  }
  if (getTimestampOf(first.call) !== slot * ctx.slotDuration) {
    throw new BlockImportError(
      'inherent',
      `the timestamp ${getTimestampOf(first.call)} does not match slot ${slot}`,
    );
  }
  let weight = 0n;
  let bytes = 0;
  const checks = rest.map((xt, i) => {
    if (!isSignedExtrinsic(xt) || isInherentCall(xt.def)) {
      throw new BlockImportError('extrinsic', `extrinsic ${i + 1} is unsigned or a misplaced inherent`);
    }
    weight += getExtrinsicWeight(xt, ctx.limits);
    bytes += xt.bytes.length;
    return early[i] ?? toSignatureCheck(xt, i + 1, block.header.number, ctx);
  });
  if (weight > ctx.limits.maxNormalWeight || bytes > ctx.limits.maxNormalBytes) {
    throw new BlockImportError(
      'weight',
      `the extrinsics exceed the block limits (${bytes} bytes, ${weight} weight)`,
    );
  }
  return checks;
}

/** The checks that precede the body: parent, number, size, seal, extrinsics root. */
function checkHeader(block: Block, encodedLength: number, ctx: VerifyContext<unknown>) {
  const { header } = block;
  if (header.parentHash !== ctx.parent.hash) {
    throw new BlockImportError(
      'parent',
      `parent ${header.parentHash} is not the best block ${ctx.parent.hash}`,
    );
  }
  if (header.number !== ctx.parent.number + 1) {
    throw new BlockImportError('number', `block number ${header.number} after ${ctx.parent.number}`);
  }
  if (encodedLength > ctx.limits.maxBlockBytes) {
    throw new BlockImportError(
      'size',
      `the block has ${encodedLength} bytes, at most ${ctx.limits.maxBlockBytes}`,
    );
  }
  const sealed = verifySeal(header, ctx);
  if (computeExtrinsicsRoot(block.extrinsics) !== header.extrinsicsRoot) {
    throw new BlockImportError('extrinsicsRoot', 'the extrinsics root does not match the extrinsics');
  }
  return sealed;
}

/** What the body checks read: no parent, no clock, so a block can be prepared before its turn. */
export type BodyContext = Pick<VerifyContext, 'runtime' | 'slotDuration' | 'signing' | 'limits' | 'verifier'>;

/** A block decoded ahead of its import, its signature checks already handed to the verifier. */
export interface PreparedBlock {
  readonly block: Block;
  readonly extrinsics: readonly DecodedExtrinsic[];
  readonly verification: VerificationJob;
}

/**
 * Decodes `block`'s body and starts verifying its signatures before the block's turn to import (the
 * blocks queued behind the one being imported); undefined when any of it fails, so that the import
 * itself then runs every check in order and reports the first failure. A prepared era birth hash is a
 * canonical block's, which never changes (import only extends the best block).
 */
export function prepareBlock(block: Block, ctx: BodyContext): PreparedBlock | undefined {
  try {
    const slot = getHeaderSlot(splitSeal(block.header)?.unsealed ?? block.header);
    if (slot === undefined) return undefined;
    const { decoded, verification } = decodeBody(block, ctx, slot);
    return { block, extrinsics: decoded, verification };
  } catch {
    return undefined;
  }
}

/**
 * Verifies `block` on top of `ctx.parent` and executes it (the workers of `ctx.verifier` verify the
 * signatures while the block executes and its state is staged, then this thread verifies what they have
 * not taken); throws `BlockImportError`: a bad signature first, then a failed inherent or an invalid
 * transaction. `prepared` (from `prepareBlock` on the same block) skips the body's decoding.
 */
export async function verifyBlock<S = never>(
  block: Block,
  encodedLength: number,
  ctx: VerifyContext<S>,
  prepared?: PreparedBlock,
): Promise<VerifiedBlock<S>> {
  const { header } = block;
  let slot: number;
  let author: AccountId;
  let body: { extrinsics: readonly DecodedExtrinsic[]; verification: VerificationJob };
  try {
    ({ slot, author } = checkHeader(block, encodedLength, ctx));
    if (prepared === undefined) {
      const { decoded, verification } = decodeBody(block, ctx, slot);
      body = { extrinsics: decoded, verification };
    } else body = prepared;
  } catch (error) {
    prepared?.verification.cancel();
    throw error;
  }
  const { extrinsics, verification } = body;
  let executed: ExecutedBlock;
  let staged: S | undefined;
  let rootMs = 0;
  try {
    executed = executeBlock(
      ctx.runtime,
      ctx.parentState,
      { number: header.number, timestamp: slot * ctx.slotDuration, author, parentHash: header.parentHash },
      extrinsics,
    );
    if (ctx.stageState !== undefined) {
      const rootStarted = performance.now();
      staged = await ctx.stageState(executed.changes);
      rootMs = performance.now() - rootStarted;
    }
  } catch (error) {
    verification.cancel();
    throw error;
  }
  const bad = (await verification.finish()).indexOf(false);
  if (bad >= 0)
    throw new BlockImportError('extrinsic', `extrinsic ${bad + 1}: Transaction has a bad signature`);
  checkOutcomes(executed);
  return { hash: computeHeaderHash(header), slot, author, extrinsics, executed, staged, rootMs };
}

function checkOutcomes(executed: ExecutedBlock): void {
  const [inherent, ...others] = executed.outcomes;
  if (inherent === undefined || !inherent.ok) {
    throw new BlockImportError('inherent', `the timestamp inherent failed: ${inherent?.error?.message}`);
  }
  const invalid = others.findIndex(isInvalidOutcome);
  if (invalid >= 0) {
    throw new BlockImportError(
      'extrinsic',
      `extrinsic ${invalid + 1} is invalid: ${others[invalid]!.error!.message}`,
    );
  }
}
