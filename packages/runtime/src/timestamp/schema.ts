/**
 * pallet_timestamp (index 2): the block's time, set once per block by the `set` inherent from the
 * header's timestamp (milliseconds since the Unix epoch). Storage `Timestamp.Now` as in Substrate.
 */
import { u64 } from 'scale-ts';
import { defineErrors } from '../dispatch/dispatchError.js';
import { storageValue } from '../state/storageItem.js';

export const TIMESTAMP = 'Timestamp';
export const TIMESTAMP_INDEX = 2;

export const Now = storageValue<bigint>({
  pallet: TIMESTAMP,
  name: 'Now',
  value: u64,
  default: 0n,
  docs: 'The current block time in milliseconds since the Unix epoch.',
});

export const TimestampErrors = defineErrors(TIMESTAMP, {
  TimestampWentBackwards: 'A block time must not be earlier than its parent block time.',
});

export const timestampStorage = [Now];
