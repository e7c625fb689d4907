/** How a client reaches a node: HTTP (requests only) or WebSocket (requests and subscriptions). */

export interface SubscriptionNames {
  readonly name: string;
  readonly unsubscribe: string;
  readonly notification: string;
}

export interface TransportSubscription {
  readonly id: string;
  unsubscribe(): Promise<void>;
}

export interface RpcTransport {
  request(method: string, params: readonly unknown[]): Promise<unknown>;
  /** absent on transports that cannot subscribe (HTTP) */
  subscribe?(
    names: SubscriptionNames,
    params: readonly unknown[],
    onItem: (item: unknown) => void,
    onError: (error: Error) => void,
  ): Promise<TransportSubscription>;
  /**
   * Resolves once the transport can send (a WebSocket: once it is open), after the requests made before
   * the call have been written; rejects when it cannot connect. Absent: a transport that needs no
   * connection (HTTP), always ready.
   */
  whenOpen?(): Promise<void>;
  close(): Promise<void>;
}
