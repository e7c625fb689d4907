/** The template's Dummy on the wire (as the Python template's), its reward, the entry scripts' arguments. */
import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { createKeypairFromUri, initCrypto } from '@taonet/crypto';
import {
  computeBodyHash,
  EMPTY_BODY_HASH,
  encodeSynapseBody,
  encodeSynapseHeaders,
  parseMinerSpec,
} from '@taonet/subnet';
import { computeDummyReward, Dummy, forwardDummy, TEMPLATE_SPEC_VERSION } from '../../src/index.js';
import { parseMinerArgs } from '../../src/miner.js';
import { parseValidatorArgs } from '../../src/validator.js';

before(async () => {
  await initCrypto();
});

describe('Dummy', () => {
  it('is the Python template synapse: required input header, constant body hash, field order', () => {
    const synapse = Dummy.create({ dummy_input: 7 });
    assert.equal(synapse.dummy_output, null);
    assert.deepEqual(Dummy.requiredFields, ['dummy_input']);
    assert.equal(computeBodyHash(Dummy, synapse as never), EMPTY_BODY_HASH);
    const headers = new Map(encodeSynapseHeaders(Dummy, synapse as never));
    assert.equal(headers.get('name'), 'Dummy');
    assert.equal(headers.get('bt_header_input_obj_dummy_input'), 'MA==');
    assert.equal(headers.get('computed_body_hash'), EMPTY_BODY_HASH);
    const body = encodeSynapseBody(Dummy, synapse as never, 'request');
    assert.match(body, /"computed_body_hash": "", "dummy_input": 7, "dummy_output": null\}$/);
  });

  it('is answered with twice the input, rewarded 1 only for that', () => {
    const answer = forwardDummy(Dummy.create({ dummy_input: 21 }));
    assert.equal(Dummy.deserialize(answer), 42);
    assert.equal(computeDummyReward(21, 42), 1);
    assert.equal(computeDummyReward(21, 41), 0);
    assert.equal(computeDummyReward(21, null), 0);
    assert.equal(TEMPLATE_SPEC_VERSION, 1000);
  });
});

describe('entry script arguments', () => {
  it('parses the miner flags', () => {
    const opts = parseMinerArgs([
      '--hotkey-uri',
      '//Bob',
      '--port',
      '9000',
      '--no-chain',
      '--host',
      '127.0.0.1',
    ]);
    assert.deepEqual(opts, {
      role: 'miner',
      network: null,
      netuid: 1,
      hotkey: { uri: '//Bob' },
      logLevel: 'info',
      logFormat: 'text',
      axon: { port: 9000, host: '127.0.0.1' },
      extra: {},
    });
    const chain = parseMinerArgs([
      '--network',
      'ws://127.0.0.1:9944',
      '--wallet-name',
      'm',
      '--wallet-hotkey',
      'default',
      '--log-format',
      'json',
    ]);
    assert.equal(chain.network, 'ws://127.0.0.1:9944');
    assert.deepEqual(chain.hotkey, { wallet: { name: 'm', hotkey: 'default' } });
    assert.throws(() => parseMinerArgs(['--port', '1', '--no-chain']), /hotkey-uri/);
    assert.throws(() => parseMinerArgs(['--hotkey-uri', '//Bob', '--port', '70000', '--no-chain']), /--port/);
    assert.throws(() => parseMinerArgs(['--hotkey-uri', '//Bob', '--nope', '--no-chain']), /Unknown option/);
    assert.throws(() => parseMinerArgs(['--hotkey-uri', '//Bob']), /--network/);
  });

  it('parses the validator flags and miner specs', () => {
    const bob = createKeypairFromUri('//Bob').address;
    assert.deepEqual(parseMinerSpec(`${bob}@10.0.0.1:8091`), { hotkey: bob, ip: '10.0.0.1', port: 8091 });
    assert.deepEqual(parseMinerSpec('//Bob@[::1]:8092'), { hotkey: bob, ip: '::1', port: 8092 });
    assert.throws(() => parseMinerSpec('//Bob@10.0.0.1'), /expected/);
    const args = parseValidatorArgs([
      '--hotkey-uri',
      '//Alice',
      '--no-chain',
      '--miner',
      '//Bob@127.0.0.1:1',
    ]);
    assert.equal(args.local?.miners.length, 1);
    assert.equal(args.local?.tempo, 20);
    const onChain = parseValidatorArgs(['--hotkey-uri', '//Alice', '--network', 'ws://127.0.0.1:9944']);
    assert.equal(onChain.local, null);
    assert.throws(
      () =>
        parseValidatorArgs([
          '--hotkey-uri',
          '//Alice',
          '--network',
          'ws://x:1',
          '--miner',
          '//Bob@1.2.3.4:1',
        ]),
      /--miner is for --no-chain/,
    );
    assert.throws(
      () => parseValidatorArgs(['--hotkey-uri', '//Alice', '--no-chain', '--tempo', '0']),
      /--tempo/,
    );
  });
});
