import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  BLOCK_STEPS,
  type BlockStepHooks,
  createBlockStep,
  getBlockStepStatus,
} from '../../../src/blockStep/blockStep.js';
import { EventLog } from '../../../src/dispatch/runtimeEvent.js';
import { MemoryBackend } from '../../../src/state/memoryBackend.js';
import { OverlayState } from '../../../src/state/overlayState.js';

const ctx = () => ({
  state: new OverlayState(new MemoryBackend()),
  block: { number: 1, timestamp: 0 },
  events: new EventLog(),
});

describe('block step', () => {
  it("calls the injected hooks in subtensor's block_step order", () => {
    const calls: string[] = [];
    let pending: bigint | undefined;
    const hooks: BlockStepHooks = {
      runScheduledEpochs: (c, opts) => {
        calls.push('runScheduledEpochs');
        pending = opts.takePendingEmission(c, 1 as never);
      },
      revealTimelockedCommits: () => calls.push('revealTimelockedCommits'),
      updateRegistrationPricesForNetworks: () => calls.push('updateRegistrationPricesForNetworks'),
      applyPendingChildKeys: () => calls.push('applyPendingChildKeys'),
    };
    createBlockStep(hooks)(ctx());
    assert.deepEqual(calls, [
      'updateRegistrationPricesForNetworks',
      'revealTimelockedCommits',
      'runScheduledEpochs',
      'applyPendingChildKeys',
    ]);
    assert.equal(pending, 0n, 'no emission is distributed before the coinbase exists');
    const withHooks = BLOCK_STEPS.filter((step) => step.hook !== undefined).map((step) => step.hook);
    assert.deepEqual(withHooks, calls);
  });

  it('lists all nine steps; those without a module are not called yet', () => {
    assert.deepEqual(
      BLOCK_STEPS.map((step) => step.step),
      [1, 2, 3, 4, 5, 6, 7, 8, 9],
    );
    const statuses = BLOCK_STEPS.map((step) => getBlockStepStatus(step, {}));
    assert.ok(statuses.every((status) => status === 'not called yet'));
    createBlockStep({})(ctx()); // no hooks: nothing runs, nothing throws
  });
});
