import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createRpcClient, RpcError, type RpcTransport, type SubscriptionNames } from '../../../src/index.js';

/** Answers every request with `answer`; a subscription gets `items`, delivered once it is made. */
function fakeTransport(
  answer: unknown,
  items: unknown[] = [],
): RpcTransport & { subscribed: SubscriptionNames[] } {
  const subscribed: SubscriptionNames[] = [];
  return {
    subscribed,
    request: async () => answer,
    async subscribe(names, _params, onItem) {
      subscribed.push(names);
      setImmediate(() => {
        for (const item of items) onItem(item);
      });
      return { id: '0x1', unsubscribe: async () => undefined };
    },
    close: async () => undefined,
  };
}

const HASH = `0x${'11'.repeat(32)}`;
const HEADER = {
  parentHash: HASH,
  number: '0x5',
  stateRoot: HASH,
  extrinsicsRoot: HASH,
  digest: { logs: [] },
};

describe('createRpcClient', () => {
  it('returns results as they come without validateResults', async () => {
    const client = createRpcClient(fakeTransport(42));
    assert.equal(await client.request('system_chain'), 42);
  });

  it('checks results against the declaration with validateResults', async () => {
    assert.equal(
      await createRpcClient(fakeTransport('dev'), { validateResults: true }).request('system_chain'),
      'dev',
    );
    await assert.rejects(
      createRpcClient(fakeTransport(42), { validateResults: true }).request('system_chain'),
      (error) => error instanceof RpcError && error.rpcCode === -32603 && /system_chain/.test(error.message),
    );
  });

  it('subscribes under the declaration names and checks items with validateResults', async () => {
    const transport = fakeTransport(undefined, [HEADER, { number: 7 }]);
    const client = createRpcClient(transport, { validateResults: true });
    const items: unknown[] = [];
    const errors: Error[] = [];
    await client.subscribe(
      'chain_subscribeNewHeads',
      [],
      (item) => items.push(item),
      (e) => errors.push(e),
    );
    await new Promise((resolve) => setImmediate(resolve));
    assert.deepEqual(transport.subscribed[0], {
      ...transport.subscribed[0],
      name: 'chain_subscribeNewHeads',
      unsubscribe: 'chain_unsubscribeNewHeads',
      notification: 'chain_newHead',
    });
    assert.deepEqual(items, [HEADER]);
    assert.equal(errors.length, 1);
    assert.match(errors[0]?.message ?? '', /chain_newHead: the node answered outside the schema/);
  });

  it("whenOpen() is the transport's, and resolves at once for a transport without one (HTTP)", async () => {
    assert.equal(await createRpcClient(fakeTransport(undefined)).whenOpen(), undefined);
    const failed = new Error('cannot connect');
    const socket = { ...fakeTransport(undefined), whenOpen: () => Promise.reject(failed) };
    await assert.rejects(createRpcClient(socket).whenOpen(), failed);
  });

  it('refuses to subscribe over a transport that cannot', async () => {
    const { subscribe: _, ...http } = fakeTransport(undefined);
    await assert.rejects(
      createRpcClient(http).subscribe('chain_subscribeNewHeads', [], () => undefined),
      /needs a transport that can subscribe/,
    );
  });
});
