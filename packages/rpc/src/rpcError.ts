/** A JSON-RPC error as a `TaonetError` (code `RPC_ERROR`), on both ends: servers throw it, clients get it. */
import { TaonetError } from '@taonet/primitives';
import { type JsonRpcErrorObject, RPC_ERRORS } from './jsonRpc.js';

export class RpcError extends TaonetError {
  constructor(
    readonly rpcCode: number,
    message: string,
    readonly data?: unknown,
  ) {
    super(
      'RPC_ERROR',
      data === undefined ? message : `${message}: ${typeof data === 'string' ? data : JSON.stringify(data)}`,
      {
        details: data === undefined ? { rpcCode } : { rpcCode, data },
      },
    );
    this.shortMessage = message;
  }

  readonly shortMessage: string;

  toErrorObject(): JsonRpcErrorObject {
    return this.data === undefined
      ? { code: this.rpcCode, message: this.shortMessage }
      : { code: this.rpcCode, message: this.shortMessage, data: this.data };
  }

  static fromErrorObject(error: JsonRpcErrorObject): RpcError {
    return new RpcError(error.code, error.message, error.data);
  }
}

export const invalidParams = (data: string) =>
  new RpcError(RPC_ERRORS.INVALID_PARAMS, 'Invalid params', data);
export const methodNotFound = (method: string) =>
  new RpcError(RPC_ERRORS.METHOD_NOT_FOUND, 'Method not found', method);
export const internalError = () => new RpcError(RPC_ERRORS.INTERNAL_ERROR, 'Internal error');
