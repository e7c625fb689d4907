import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Hash } from '@taonet/primitives';
import { createBlockContext } from '../../../src/executive/applyBlock.js';
import { MemoryBackend } from '../../../src/state/memoryBackend.js';
import { OverlayState } from '../../../src/state/overlayState.js';

describe('createBlockContext', () => {
  it('carries the parent hash into the block environment only when the header has one', () => {
    const state = new OverlayState(new MemoryBackend());
    const parentHash = `0x${'ab'.repeat(32)}` as Hash;
    assert.equal(
      createBlockContext(state, { number: 2, timestamp: 0, parentHash }).block.parentHash,
      parentHash,
    );
    assert.equal('parentHash' in createBlockContext(state, { number: 2, timestamp: 0 }).block, false);
  });
});
