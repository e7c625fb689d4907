import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { createKeypairFromUri, initCrypto, signatureVerify } from '@taonet/crypto';
import {
  computeBodyHash,
  computeHashInputs,
  createDendriteMessage,
  decodeSynapseBody,
  decodeSynapseHeaders,
  EMPTY_BODY_HASH,
  encodeSynapseBody,
  encodeSynapseHeaders,
  sha3Hex,
} from '../../../src/index.js';
import { definitionOf, loadWireSample, SAMPLE_NAMES, synapseHeaders } from '../../wireSamples.js';

before(() => initCrypto());

for (const name of SAMPLE_NAMES) {
  describe(`wire sample ${name}`, () => {
    const sample = loadWireSample(name);
    const definition = definitionOf(sample);
    const request = sample.request!;
    const response = sample.response!;

    it('has the SDK required fields and the body hash of the capture, field by field', () => {
      assert.deepEqual(definition.requiredFields, sample.synapse.schema_required_fields);
      const { synapse, bodyHash } = decodeSynapseBody(definition, request.body);
      assert.equal(bodyHash, sample.body_hash.computed_body_hash);
      assert.equal(computeBodyHash(definition, synapse), sample.body_hash.computed_body_hash);
      assert.deepEqual(
        computeHashInputs(definition, synapse),
        sample.body_hash.per_field.map((f) => f.python_str),
      );
    });

    it('re-encodes the request body byte for byte (aiohttp json.dumps)', () => {
      const { synapse } = decodeSynapseBody(definition, request.body);
      assert.equal(encodeSynapseBody(definition, synapse, 'request'), request.body);
    });

    it('re-encodes the request headers: same names, order and values', () => {
      const { synapse } = decodeSynapseBody(definition, request.body);
      assert.deepEqual(encodeSynapseHeaders(definition, synapse), synapseHeaders(request.headers));
    });

    it('re-encodes the response body (Starlette JSON) and headers (total_size aside)', () => {
      const { synapse } = decodeSynapseBody(definition, response.body);
      assert.equal(encodeSynapseBody(definition, synapse, 'response'), response.body);
      const ours = encodeSynapseHeaders(definition, synapse).filter(([k]) => k !== 'total_size');
      const theirs = synapseHeaders(response.headers).filter(([k]) => k !== 'total_size');
      assert.deepEqual(ours, theirs);
    });

    it('reads the headers back into the terminals the SDK sent', () => {
      const { synapse } = decodeSynapseBody(definition, request.body);
      const headers = Object.fromEntries(synapseHeaders(request.headers));
      const decoded = decodeSynapseHeaders(headers);
      assert.deepEqual(decoded.dendrite, synapse.dendrite);
      assert.deepEqual(decoded.axon, synapse.axon);
      assert.equal(decoded.timeout, 12);
      assert.equal(decoded.computedBodyHash, sample.body_hash.computed_body_hash);
      for (const field of definition.requiredFields) assert.ok(field in decoded.inputs, field);
    });

    it('builds the signed message of the capture, and the capture verifies with the dendrite hotkey', () => {
      const { synapse, bodyHash } = decodeSynapseBody(definition, request.body);
      const message = createDendriteMessage({
        nonce: synapse.dendrite.nonce!,
        dendriteHotkey: synapse.dendrite.hotkey!,
        axonHotkey: synapse.axon.hotkey!,
        uuid: synapse.dendrite.uuid!,
        bodyHash,
      });
      assert.equal(message, sample.signature.message);
      assert.ok(signatureVerify(message, sample.signature.signature, sample.keys.dendrite!.ss58).isValid);
      assert.equal(createKeypairFromUri('//Alice').address, sample.keys.dendrite!.ss58);
    });
  });
}

describe('body hash', () => {
  it('is SHA3-256 of "" without hashed fields', () => {
    assert.equal(sha3Hex(''), EMPTY_BODY_HASH);
  });

  it("reproduces the spec's worked example messages=['hello']", () => {
    const sample = loadWireSample('03_compute_multi');
    const definition = definitionOf(sample);
    assert.equal(
      sha3Hex(sha3Hex("['hello']")),
      'e2375691e17272625698e44c2322ea1d64374d5ad46f61f55698aaf0428b8550',
    );
    const synapse = (definition as typeof import('../../wireSamples.js').Compute).create({
      messages: ['hello'],
      k: 1,
      temperature: 1,
      weights: {},
      flag: false,
    });
    assert.deepEqual(computeHashInputs(definition, synapse), [
      "['hello']",
      '1',
      '1.0',
      '{}',
      'False',
      'None',
    ]);
  });
});
