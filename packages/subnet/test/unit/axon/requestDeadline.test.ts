import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { DeadlineExceeded, RequestDeadline } from '../../../src/axon/requestDeadline.js';

describe('request deadline', () => {
  it('rejects expired and aborts a signal read later with the same reason', async () => {
    const deadline = new RequestDeadline(5);
    let fired = false;
    deadline.whenFired(() => {
      fired = true;
    });
    await assert.rejects(deadline.expired, DeadlineExceeded);
    assert.equal(fired, true);
    assert.equal(deadline.aborted, true);
    assert.equal(deadline.signal.aborted, true);
    assert.ok(deadline.signal.reason instanceof DeadlineExceeded);
  });

  it('aborts a signal read before it fires, first reason wins', async () => {
    const deadline = new RequestDeadline(10_000);
    const signal = deadline.signal;
    const reason = new Error('the client went away');
    deadline.abort(reason);
    deadline.abort(new Error('later'));
    assert.equal(signal.aborted, true);
    assert.equal(signal.reason, reason);
    await assert.rejects(deadline.expired, /client went away/);
    let late = false;
    deadline.whenFired(() => {
      late = true;
    });
    assert.equal(late, true, 'a callback registered after firing runs at once');
  });

  it('never fires once cleared', async () => {
    const deadline = new RequestDeadline(5);
    let fired = false;
    deadline.whenFired(() => {
      fired = true;
    });
    deadline.clear();
    await new Promise((resolve) => setTimeout(resolve, 20));
    assert.equal(fired, false);
    assert.equal(deadline.aborted, false);
    assert.equal(deadline.signal.aborted, false);
  });
});
