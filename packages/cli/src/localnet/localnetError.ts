/**
 * The localnet's failures, with a hint in `tao` terms: `LOCALNET_RUNNING` (one already runs on this data
 * folder), `LOCALNET_NOT_RUNNING` (status/down found none), `LOCALNET_START_FAILED` (a process or a
 * set-up transaction failed; the message quotes the log).
 */
import { TaonetError, type TaonetErrorOpts } from '@taonet/primitives';

export class LocalnetError extends TaonetError {
  readonly hint: string;
  constructor(code: string, message: string, hint: string, opts?: TaonetErrorOpts) {
    super(code, message, opts);
    this.hint = hint;
  }
}
