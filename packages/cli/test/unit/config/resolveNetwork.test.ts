import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { isTaonetError } from '@taonet/primitives';
import { parseEndpointUrl, resolveNetwork } from '../../../src/config/resolveNetwork.js';

describe('resolveNetwork', () => {
  it('resolves local, URLs and configured names', () => {
    assert.deepEqual(resolveNetwork('local'), { name: 'local', url: 'ws://127.0.0.1:9944' });
    assert.deepEqual(resolveNetwork('wss://node.example:443'), { name: null, url: 'wss://node.example:443' });
    assert.deepEqual(resolveNetwork('devnet', { devnet: 'ws://10.0.0.5:9944' }), {
      name: 'devnet',
      url: 'ws://10.0.0.5:9944',
    });
  });

  it('rejects unknown names, listing the known ones', () => {
    assert.throws(
      () => resolveNetwork('finney', { devnet: 'ws://a:1' }),
      (e: unknown) => isTaonetError(e, 'UNKNOWN_NETWORK') && e.message.includes('known: devnet, local'),
    );
    assert.throws(
      () => resolveNetwork('toString'),
      (e: unknown) => isTaonetError(e, 'UNKNOWN_NETWORK'),
    );
  });

  it('accepts only ws:// and wss:// URLs with a host', () => {
    assert.equal(parseEndpointUrl('http://a:1'), undefined);
    assert.equal(parseEndpointUrl('ws://'), undefined);
    assert.equal(parseEndpointUrl('ws://127.0.0.1:9944'), 'ws://127.0.0.1:9944');
  });
});
