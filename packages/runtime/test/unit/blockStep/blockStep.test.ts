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
    let credit: bigint | undefined;
    const hooks: BlockStepHooks = {
      runCoinbase: (_c, blockCredit) => {
        calls.push('runCoinbase');
        credit = blockCredit.remaining;
      },
      getBlockEmission: () => {
        calls.push('getBlockEmission');
        return { remaining: 123n };
      },
      revealTimelockedCommits: () => calls.push('revealTimelockedCommits'),
      updateRegistrationPricesForNetworks: () => calls.push('updateRegistrationPricesForNetworks'),
      updateMovingPrices: () => calls.push('updateMovingPrices'),
      updateRootProp: () => calls.push('updateRootProp'),
      applyPendingChildKeys: () => calls.push('applyPendingChildKeys'),
      runAutoClaimRootDivs: () => calls.push('runAutoClaimRootDivs'),
      runScheduledEpochs: () => calls.push('runScheduledEpochs'),
    };
    createBlockStep(hooks)(ctx());
    assert.deepEqual(calls, [
      'updateRegistrationPricesForNetworks',
      'getBlockEmission',
      'revealTimelockedCommits',
      'runCoinbase',
      'updateMovingPrices',
      'updateRootProp',
      'applyPendingChildKeys',
      'runAutoClaimRootDivs',
    ]);
    assert.equal(credit, 123n, 'the coinbase spends the block emission');
    const withHooks = BLOCK_STEPS.filter((step) => step.hook !== undefined).map((step) => step.hook);
    assert.deepEqual(withHooks, calls);
  });

  it('without a coinbase, step 4 runs only the epochs, with nothing to distribute', () => {
    let pending: bigint | undefined;
    const hooks: BlockStepHooks = {
      runScheduledEpochs: (c, opts) => {
        pending = opts.takePendingEmission(c, 1 as never);
      },
    };
    createBlockStep(hooks)(ctx());
    assert.equal(pending, 0n);
    const step4 = BLOCK_STEPS.find((step) => step.step === 4);
    assert.equal(step4 === undefined ? undefined : getBlockStepStatus(step4, hooks), 'runs');
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
