/**
 * The runtime modules of this folder: `Balances` (index 5, the transfer calls) and `TransactionPayment`
 * (index 6, no calls: the fee parameter and the fee event).
 */
import type { RuntimeModule } from '../dispatch/runtimeModule.js';
import { forceSetBalance, transferAll, transferAllowDeath, transferKeepAlive } from './calls/transfers.js';
import {
  BALANCES,
  BalancesErrors,
  balancesStorage,
  TRANSACTION_PAYMENT,
  TransactionPaymentErrors,
  transactionPaymentStorage,
} from './schema.js';

export const balancesModule: RuntimeModule = {
  name: BALANCES,
  index: 5,
  calls: [transferAllowDeath, transferKeepAlive, transferAll, forceSetBalance],
  errors: BalancesErrors,
  storage: balancesStorage,
};

export const transactionPaymentModule: RuntimeModule = {
  name: TRANSACTION_PAYMENT,
  index: 6,
  calls: [],
  errors: TransactionPaymentErrors,
  storage: transactionPaymentStorage,
};
