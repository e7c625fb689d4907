import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { accountId, I96F32, netUid } from '@taonet/primitives';
import { EventLog } from '../../../src/dispatch/runtimeEvent.js';
import {
  isHotkeyCleanForRoot,
  moveRootClaimState,
  rootClaimKeySwapHooks,
} from '../../../src/rootClaim/rootClaimKeySwaps.js';
import { RootClaimable, RootClaimed } from '../../../src/rootClaim/schema.js';
import { MemoryBackend } from '../../../src/state/memoryBackend.js';
import { OverlayState } from '../../../src/state/overlayState.js';

const OLD = accountId(new Uint8Array(32).fill(1));
const NEW = accountId(new Uint8Array(32).fill(2));
const COLD = accountId(new Uint8Array(32).fill(3));
const ROOT = netUid(0);
const SUBNET = netUid(4);
const rate = I96F32.fromInt(2n);

function stateWithClaims(): OverlayState {
  const state = new OverlayState(new MemoryBackend());
  RootClaimable.set(state, [OLD], [[SUBNET, rate]]);
  RootClaimed.set(state, [SUBNET, OLD, COLD], 77n);
  return state;
}

const ctx = (state: OverlayState) => ({ state, block: { number: 5, timestamp: 0 }, events: new EventLog() });

describe('root claim state in a hotkey swap', () => {
  it('a hotkey with rates or watermarks is not clean for a root swap; an untouched one is', () => {
    const state = stateWithClaims();
    assert.equal(isHotkeyCleanForRoot(state, OLD), false);
    assert.equal(isHotkeyCleanForRoot(state, NEW), true);
    RootClaimable.remove(state, [OLD]);
    assert.equal(isHotkeyCleanForRoot(state, OLD), false, 'a watermark alone makes it unclean');
  });

  it('moves the rates and every watermark to the new hotkey', () => {
    const state = stateWithClaims();
    moveRootClaimState(state, OLD, NEW);
    assert.deepEqual(RootClaimable.get(state, [NEW]), [[SUBNET, rate]]);
    assert.equal(RootClaimable.contains(state, [OLD]), false);
    assert.equal(RootClaimed.get(state, [SUBNET, NEW, COLD]), 77n);
    assert.equal(RootClaimed.contains(state, [SUBNET, OLD, COLD]), false);
  });

  it('the hook moves them only when the root stake moves (root netuid, stake not kept)', () => {
    const kept = stateWithClaims();
    rootClaimKeySwapHooks.onHotkeySwapped?.(ctx(kept), OLD, NEW, ROOT, true);
    assert.equal(RootClaimed.get(kept, [SUBNET, OLD, COLD]), 77n);
    const otherSubnet = stateWithClaims();
    rootClaimKeySwapHooks.onHotkeySwapped?.(ctx(otherSubnet), OLD, NEW, SUBNET, false);
    assert.equal(RootClaimed.get(otherSubnet, [SUBNET, OLD, COLD]), 77n);
    const moved = stateWithClaims();
    rootClaimKeySwapHooks.onHotkeySwapped?.(ctx(moved), OLD, NEW, ROOT, false);
    assert.equal(RootClaimed.get(moved, [SUBNET, NEW, COLD]), 77n);
  });
});
