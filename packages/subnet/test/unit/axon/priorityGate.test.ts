import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createPriorityGate, GateRefused } from '../../../src/index.js';

const never = new AbortController().signal;

describe('priorityGate', () => {
  it('admits waiting requests by priority, FIFO among equals', async () => {
    const gate = createPriorityGate(1, 10);
    const first = await gate.enter(0, never);
    const order: string[] = [];
    const wait = (name: string, priority: number) =>
      gate.enter(priority, never).then((release) => {
        order.push(name);
        release();
      });
    const all = [wait('low', 1), wait('high', 5), wait('mid-a', 3), wait('mid-b', 3)];
    assert.equal(gate.waiting, 4);
    first();
    await Promise.all(all);
    assert.deepEqual(order, ['high', 'mid-a', 'mid-b', 'low']);
    assert.equal(gate.running, 0);
  });

  it('when full, a higher priority evicts the lowest waiting, a lower one is refused', async () => {
    const gate = createPriorityGate(1, 2);
    const release = await gate.enter(0, never);
    const low = gate.enter(1, never);
    const mid = gate.enter(2, never);
    await assert.rejects(gate.enter(0, never), (e) => e instanceof GateRefused && e.reason === 'full');
    const high = gate.enter(9, never);
    await assert.rejects(low, (e) => e instanceof GateRefused && e.reason === 'evicted');
    release();
    (await high)();
    (await mid)();
  });

  it('drops a waiter whose deadline passed', async () => {
    const gate = createPriorityGate(1, 2);
    const release = await gate.enter(0, never);
    const controller = new AbortController();
    const waiting = gate.enter(1, controller.signal);
    controller.abort();
    await assert.rejects(waiting, (e) => e instanceof GateRefused && e.reason === 'aborted');
    assert.equal(gate.waiting, 0);
    release();
    release();
    assert.equal(gate.running, 0);
  });
});

describe('priorityGate.tryEnter', () => {
  it('takes a free slot at once, and none when the gate is full or requests wait', async () => {
    const gate = createPriorityGate(1, 10);
    const release = gate.tryEnter();
    assert.ok(release !== null);
    assert.equal(gate.tryEnter(), null, 'full');
    const waiting = gate.enter(0, never);
    assert.equal(gate.waiting, 1);
    release();
    const next = await waiting;
    assert.equal(gate.running, 1);
    next();
    assert.equal(gate.running, 0);
    gate.tryEnter()?.();
    assert.equal(gate.running, 0);
  });
});
