/** The options every subnet's run*Miner shares: the chain it runs on and the framework Miner's options. */
import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { isTaonetError } from '@taonet/primitives';
import { createLocalChainPort, resolveMinerChain, toMinerOpts } from '../../../src/index.js';
import { type Keys, loadKeys } from './neuronFixtures.js';

let keys: Keys;
before(async () => {
  keys = await loadKeys();
});

describe('resolveMinerChain', () => {
  it('is the chain given, null with noChain (which wins), and CHAIN_REQUIRED with neither', () => {
    const chain = createLocalChainPort();
    assert.equal(resolveMinerChain({ chain }), chain);
    assert.equal(resolveMinerChain({ chain, noChain: true }), null);
    assert.equal(resolveMinerChain({ noChain: true }), null);
    assert.throws(
      () => resolveMinerChain({}),
      (error) => isTaonetError(error) && error.code === 'CHAIN_REQUIRED',
    );
  });
});

describe('toMinerOpts', () => {
  it('takes netuid 1 and only the axon port unless more is given', () => {
    assert.deepEqual(toMinerOpts({ port: 0 }, keys.bob), { netuid: 1, hotkey: keys.bob, axon: { port: 0 } });
  });

  it('passes the axon, permit and resync options, the axon state in stateDir or where asked', () => {
    const opts = {
      port: 8091,
      host: '127.0.0.1',
      netuid: 3,
      stateDir: 'state',
      externalIp: '1.2.3.4',
      externalPort: 9000,
      requireValidatorPermit: true,
      resyncEveryBlocks: 7,
    };
    const axon = {
      port: 8091,
      host: '127.0.0.1',
      stateDir: 'state',
      externalIp: '1.2.3.4',
      externalPort: 9000,
    };
    const expected = {
      netuid: 3,
      hotkey: keys.bob,
      axon,
      requireValidatorPermit: true,
      resyncEveryBlocks: 7,
    };
    assert.deepEqual(toMinerOpts(opts, keys.bob), expected);
    assert.deepEqual(toMinerOpts(opts, keys.bob, 'state/axon'), {
      ...expected,
      axon: { ...axon, stateDir: 'state/axon' },
    });
  });
});
