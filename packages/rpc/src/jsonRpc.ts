/**
 * JSON-RPC 2.0 messages and error codes: the protocol's own (-32700..-32603), jsonrpsee's server codes
 * that Substrate nodes return (request too big, too many subscriptions, ...), and Substrate's module
 * ranges (author 1000+, state 4000+).
 */

export type JsonRpcId = string | number | null;

export interface JsonRpcRequest {
  readonly jsonrpc: '2.0';
  readonly id?: JsonRpcId;
  readonly method: string;
  readonly params?: unknown;
}

export interface JsonRpcErrorObject {
  readonly code: number;
  readonly message: string;
  readonly data?: unknown;
}

export type JsonRpcResponse =
  | { readonly jsonrpc: '2.0'; readonly id: JsonRpcId; readonly result: unknown }
  | { readonly jsonrpc: '2.0'; readonly id: JsonRpcId; readonly error: JsonRpcErrorObject };

export interface JsonRpcNotification {
  readonly jsonrpc: '2.0';
  readonly method: string;
  readonly params: { readonly subscription: string; readonly result?: unknown; readonly error?: unknown };
}

export const RPC_ERRORS = {
  PARSE_ERROR: -32700,
  INVALID_REQUEST: -32600,
  METHOD_NOT_FOUND: -32601,
  INVALID_PARAMS: -32602,
  INTERNAL_ERROR: -32603,
  /** jsonrpsee: a call failed on the server */
  CALL_EXECUTION_FAILED: -32000,
  TOO_MANY_SUBSCRIPTIONS: -32006,
  OVERSIZED_REQUEST: -32007,
  OVERSIZED_RESPONSE: -32008,
  SERVER_IS_BUSY: -32009,
  TOO_BIG_BATCH_REQUEST: -32010,
  /** Substrate author errors */
  BAD_FORMAT: 1001,
  VERIFICATION: 1002,
  POOL_INVALID_TX: 1010,
  POOL_UNKNOWN_VALIDITY: 1011,
  POOL_TEMPORARILY_BANNED: 1012,
  POOL_ALREADY_IMPORTED: 1013,
  POOL_TOO_LOW_PRIORITY: 1014,
  POOL_IMMEDIATELY_DROPPED: 1016,
  /** Substrate state errors */
  STATE_INVALID_BLOCK_RANGE: 4001,
  STATE_INVALID_COUNT: 4002,
  STATE_CLIENT: 4003,
} as const;

export function isJsonRpcRequest(value: unknown): value is JsonRpcRequest {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const v = value as Record<string, unknown>;
  const id = v.id;
  const validId = id === undefined || id === null || typeof id === 'string' || typeof id === 'number';
  return v.jsonrpc === '2.0' && typeof v.method === 'string' && validId;
}
