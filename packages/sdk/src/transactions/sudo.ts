/**
 * Root calls: `sudo` runs any call with the root origin (signed by the sudo key); `setHyperparameter`
 * sends an AdminUtils setter, as the subnet owner (default) or through sudo (`sudo: true`).
 */
import { type AdminCallArgs, type AdminCallName, encodeAdminCall } from '../calls/adminUtilsCalls.js';
import { type Call, encodeCall } from '../calls/defineCall.js';
import { sudoCall } from '../calls/sudoCalls.js';
import type { Client } from '../client/createClient.js';
import { decodeDispatchError, type ModuleError } from '../errors/moduleError.js';
import { ExtrinsicFailedError } from '../errors/transactionErrors.js';
import { sendTransaction } from './sendTransaction.js';
import type { TransactionReceipt } from './transactionReceipt.js';
import type { TransactionParameters } from './transfer.js';

export interface SudoParameters extends TransactionParameters {
  /** the call to run as root (any encoded call: `encodeAdminCall(...)`, `encodeCall(...)`) */
  readonly call: Call;
}

export interface SudoReturnType extends TransactionReceipt {
  /** the inner call's error (reported in `Sudid`, while `Sudo.sudo` itself succeeds) */
  readonly innerError: ModuleError | undefined;
}

/**
 * The inner call's failure is reported in the `Sudid` event (FRAME's behaviour): it throws
 * `ExtrinsicFailedError` too (unless `throwOnFailure: false`), and is in `innerError`.
 */
export async function sudo(client: Client, params: SudoParameters): Promise<SudoReturnType> {
  const receipt = await sendTransaction(client, {
    ...params,
    call: encodeCall(sudoCall, { call: params.call }),
  });
  const sudid = receipt.events.find((e) => e.pallet === 'Sudo' && e.name === 'Sudid');
  const result = (sudid?.data as { sudoResult?: { ok?: boolean } } | undefined)?.sudoResult;
  const innerError = result === undefined || result.ok !== false ? undefined : decodeDispatchError(result);
  if (innerError !== undefined && params.throwOnFailure !== false) {
    throw new ExtrinsicFailedError(innerError, { ...receipt, status: 'failed', error: innerError });
  }
  return { ...receipt, innerError };
}

export interface SetHyperparameterParameters<N extends AdminCallName> extends TransactionParameters {
  /** the setter's wire name: `sudo_set_tempo`, `sudo_set_kappa`, ... */
  readonly name: N;
  readonly args: AdminCallArgs<N>;
  /** send it through `Sudo.sudo` (root); default: signed directly (subnet owner) */
  readonly sudo?: boolean;
}

export async function setHyperparameter<N extends AdminCallName>(
  client: Client,
  params: SetHyperparameterParameters<N>,
): Promise<TransactionReceipt> {
  const call = encodeAdminCall(params.name, params.args);
  if (params.sudo === true) return sudo(client, { ...params, call });
  return sendTransaction(client, { ...params, call });
}
