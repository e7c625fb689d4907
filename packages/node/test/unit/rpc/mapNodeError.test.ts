import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { mapNodeError } from '../../../src/rpc/mapNodeError.js';
import { PoolError } from '../../../src/txpool/poolError.js';

describe('mapNodeError: pool refusals as a Substrate node answers them', () => {
  it('too low priority: the priorities in the message, the explanation in data', () => {
    const error = mapNodeError(new PoolError('TOO_LOW_PRIORITY', 'Priority is too low: (5 vs 3)'));
    assert.deepEqual(error?.toErrorObject(), {
      code: 1014,
      message: 'Priority is too low: (5 vs 3)',
      data: 'The transaction has too low priority to replace another transaction already in the pool.',
    });
  });

  it('already imported and immediately dropped: the name in the message, the reason once in data', () => {
    const imported = mapNodeError(
      new PoolError('ALREADY_IMPORTED', 'The transaction is already in the pool.'),
    );
    assert.equal(imported?.message, 'Transaction Already Imported: The transaction is already in the pool.');
    assert.equal(imported?.toErrorObject().code, 1013);
    const dropped = mapNodeError(
      new PoolError('IMMEDIATELY_DROPPED', 'the pool is full of transactions of higher priority'),
    );
    assert.deepEqual(dropped?.toErrorObject(), {
      code: 1016,
      message: 'Immediately Dropped',
      data: 'the pool is full of transactions of higher priority',
    });
  });
});
