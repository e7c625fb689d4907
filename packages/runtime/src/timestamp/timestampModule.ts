/** The Timestamp module: `set(now)` [0], the inherent a block author includes (origin none). */
import { compact, Struct } from 'scale-ts';
import { defineCall } from '../dispatch/callDef.js';
import { ensure } from '../dispatch/dispatchError.js';
import { OriginErrors } from '../dispatch/origin.js';
import type { RuntimeModule } from '../dispatch/runtimeModule.js';
import { Now, TIMESTAMP, TIMESTAMP_INDEX, TimestampErrors, timestampStorage } from './schema.js';

export const setTimestamp = defineCall({
  pallet: TIMESTAMP,
  index: 0,
  name: 'set',
  args: Struct({ now: compact }),
  pays: false,
  docs: 'Inherent: set the block time (milliseconds); never earlier than the previous block time.',
  dispatch(ctx, origin, { now }) {
    if (origin.kind !== 'none') throw OriginErrors.BadOrigin('the timestamp is an inherent (origin none)');
    const next = BigInt(now);
    ensure(next >= Now.get(ctx.state), TimestampErrors.TimestampWentBackwards);
    Now.set(ctx.state, next);
  },
});

export const timestampModule: RuntimeModule = {
  name: TIMESTAMP,
  index: TIMESTAMP_INDEX,
  calls: [setTimestamp],
  errors: TimestampErrors,
  storage: timestampStorage,
};
