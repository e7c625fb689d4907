/**
 * What a validator keeps across restarts (`<stateDir>/validator-state.json`): its step counter, the moving
 * scores with the hotkey and registration block each score belongs to (so a uid re-registered while the
 * validator was down starts from 0), when it last set or committed weights, and its unrevealed commits
 * with everything needed to reveal them.
 */
import { join } from 'node:path';
import { TaonetError } from '@taonet/primitives';
import { z } from 'zod';
import { readJsonFile, writeJsonAtomic } from './atomicJsonFile.js';

export const VALIDATOR_STATE_FILE = 'validator-state.json';

const u16List = z.array(z.int().min(0).max(0xffff));

const PendingCommitSchema = z.object({
  hash: z.string(),
  uids: u16List,
  values: u16List,
  salt: u16List,
  /** u64 as a decimal string. */
  versionKey: z.string().regex(/^\d+$/),
  commitBlock: z.int().min(0),
  /** Unknown until the chain shows the commit. */
  commitEpoch: z.int().min(0).nullable(),
});

export type PendingCommit = z.infer<typeof PendingCommitSchema>;

const ValidatorStateSchema = z.object({
  version: z.literal(1),
  netuid: z.int().min(0),
  hotkey: z.string(),
  step: z.int().min(0),
  scores: z.array(z.number()),
  hotkeys: z.array(z.string()),
  blockAtRegistration: z.array(z.int().min(0)),
  lastWeightsBlock: z.int().min(0),
  pendingCommits: z.array(PendingCommitSchema),
});

export type ValidatorState = z.infer<typeof ValidatorStateSchema>;

export function getValidatorStatePath(stateDir: string): string {
  return join(stateDir, VALIDATOR_STATE_FILE);
}

/** The saved state, or null when there is none; throws INVALID_VALIDATOR_STATE for a damaged file. */
export async function loadValidatorState(stateDir: string): Promise<ValidatorState | null> {
  const path = getValidatorStatePath(stateDir);
  let raw: unknown;
  try {
    raw = await readJsonFile(path);
  } catch (error) {
    throw new TaonetError('INVALID_VALIDATOR_STATE', `cannot read ${path}: move it away to start afresh`, {
      cause: error,
    });
  }
  if (raw === null) return null;
  const parsed = ValidatorStateSchema.safeParse(raw);
  if (!parsed.success) {
    throw new TaonetError('INVALID_VALIDATOR_STATE', `${path} is not a validator state file`, {
      details: { issues: parsed.error.issues },
    });
  }
  return parsed.data;
}

export function saveValidatorState(stateDir: string, state: ValidatorState): Promise<void> {
  return writeJsonAtomic(getValidatorStatePath(stateDir), state);
}
