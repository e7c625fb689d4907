/**
 * `createOcrTask`: what a validator does each round: synthesize a document from a secret seed and wrap it as
 * the request sent to every miner, keeping the truth. The seed must stay secret until the round is scored:
 * the synthesizer is public, so a miner that learned the seed could render the truth itself. The default
 * seed is 128 random bits; the task id is a hash of the seed, which does not reveal it.
 */
import { createHash, randomBytes } from 'node:crypto';
import { createOcrRequest, type OcrRequest } from './ocrSynapse.js';
import type { Seed } from './seededRandom.js';
import { type SynthesizedDocument, type SynthesizeOpts, synthesizeDocument } from './synthesizeDocument.js';

export interface OcrTask {
  readonly seed: string;
  readonly request: OcrRequest;
  readonly truth: SynthesizedDocument;
}

/** 128 random bits as hex: an unguessable seed. */
export function randomSeed(): string {
  return randomBytes(16).toString('hex');
}

/** The public id of the task a seed makes (24 hex characters of SHA-256). */
export function taskIdOf(seed: Seed): string {
  return createHash('sha256')
    .update(`taonet-ocr-task:${String(seed)}`)
    .digest('hex')
    .slice(0, 24);
}

export function createOcrTask(seed: Seed = randomSeed(), opts: SynthesizeOpts = {}): OcrTask {
  const truth = synthesizeDocument(seed, opts);
  const request = createOcrRequest(truth.png, truth.width, truth.height, taskIdOf(seed));
  return { seed: String(seed), request, truth };
}
