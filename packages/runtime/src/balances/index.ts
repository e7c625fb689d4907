import type { RuntimeModule } from '../dispatch/runtimeModule.js';
import { forceSetBalance, transferAll, transferAllowDeath, transferKeepAlive } from './calls/transfers.js';
import { BALANCES, BalancesErrors, balancesStorage } from './schema.js';

export * from './calls/transfers.js';
export * from './currency.js';
export * from './schema.js';

export const balancesModule: RuntimeModule = {
  name: BALANCES,
  index: 5,
  calls: [transferAllowDeath, transferKeepAlive, transferAll, forceSetBalance],
  errors: BalancesErrors,
  storage: balancesStorage,
};
