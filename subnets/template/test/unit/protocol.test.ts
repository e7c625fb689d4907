/** The template's Dummy on the wire (as the Python template's), its reward, the entry scripts' arguments. */
import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { createKeypairFromUri, initCrypto } from '@taonet/crypto';
import { computeBodyHash, EMPTY_BODY_HASH, encodeSynapseBody, encodeSynapseHeaders } from '@taonet/subnet';
import { computeDummyReward, Dummy, forwardDummy, TEMPLATE_SPEC_VERSION } from '../../src/index.js';
import { parseMinerArgs } from '../../src/miner.js';
import { parseMinerSpec, parseValidatorArgs } from '../../src/validator.js';

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
      port: 9000,
      hotkeyUri: '//Bob',
      netuid: 1,
      noChain: true,
      logLevel: 'info',
      host: '127.0.0.1',
    });
    assert.throws(() => parseMinerArgs(['--port', '1']), /hotkey-uri/);
    assert.throws(() => parseMinerArgs(['--hotkey-uri', '//Bob', '--port', '70000']), /not a port/);
    assert.throws(() => parseMinerArgs(['--hotkey-uri', '//Bob', '--nope']), /Unknown option/);
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
    assert.equal(args.miners.length, 1);
    assert.equal(args.tempo, 20);
    assert.throws(() => parseValidatorArgs(['--hotkey-uri', '//Alice', '--tempo', '0']), /positive/);
  });
});
