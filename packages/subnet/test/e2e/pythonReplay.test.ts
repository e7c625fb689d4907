/**
 * Replays the requests the real Python SDK dendrite sent (test/fixtures/wire-samples) against our axon, with
 * the axon's clock set to the capture time, and compares what it answers with what the Python axon answered.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { createKeypairFromUri, initCrypto } from '@taonet/crypto';
import { rawRequest, startAxon, type TestAxon, tempDir, totalForwards } from '../axonHarness.js';
import {
  Compute,
  Echo,
  EchoUnhashed,
  type HeaderPair,
  loadErrorCases,
  loadWireSample,
  SAMPLE_NAMES,
  synapseHeaders,
} from '../wireSamples.js';

let clockNs = 0n;
let test: TestAxon;
const DAVE = '5DAAnrj7VHTznn2AWBemMuyBwZWs6FNFjdyVXUeYum3PTXFy';

function nonceOf(headers: HeaderPair[]): bigint {
  return BigInt(headers.find(([k]) => k === 'bt_header_dendrite_nonce')![1]);
}

function withoutProcessTime(body: string): string {
  return body.replace(/"process_time":[0-9.e-]+/g, '"process_time":T');
}

/** Headers minus the per-run values (process time, CPython's total_size) and the transport ones. */
function comparable(headers: HeaderPair[], drop: readonly string[] = []): HeaderPair[] {
  return synapseHeaders(headers)
    .filter(([k]) => !drop.includes(k))
    .map(
      ([k, v]): HeaderPair => [
        k.toLowerCase(),
        /process_time|total_size|axon_nonce|axon_uuid/.test(k) ? '*' : v,
      ],
    );
}

const reverse = (text: string) => [...text].reverse().join('');

before(async () => {
  await initCrypto();
  const blacklist = (request: { dendrite: { hotkey: string | null } }) => ({
    blacklisted: request.dendrite.hotkey === DAVE,
    reason: `hotkey ${request.dendrite.hotkey} is in --blacklist`,
  });
  const echo = (s: { text: string; out: string | null }) => {
    if (s.text.startsWith('raise:')) throw new Error(s.text.slice(6));
    return { ...s, out: reverse(s.text) };
  };
  test = await startAxon(
    { keypair: createKeypairFromUri('//Bob'), stateDir: tempDir() },
    [
      [Echo, { forward: echo, blacklist }],
      [EchoUnhashed, { forward: echo, blacklist }],
      [
        Compute,
        {
          forward: (s: { k: number; temperature: number }) => ({ ...s, result: [s.k + s.temperature, s.k] }),
          blacklist,
        },
      ],
    ] as never,
    { nowNs: () => clockNs },
  );
});

after(() => test.axon.stop());

describe('captured Python SDK requests replayed against our axon', () => {
  for (const name of SAMPLE_NAMES) {
    it(`${name}: 200 with the body and headers the Python axon sent`, async () => {
      const sample = loadWireSample(name);
      const request = sample.request!;
      clockNs = nonceOf(request.headers) + 50_000_000n;
      const response = await rawRequest({
        port: test.port,
        path: request.target,
        headers: request.headers,
        body: request.body,
      });
      assert.equal(response.status, 200, response.body);
      assert.equal(withoutProcessTime(response.body), withoutProcessTime(sample.response!.body));
      assert.deepEqual(comparable(response.rawHeaders), comparable(sample.response!.headers));
      assert.equal(response.headers['content-type'], 'application/json');
    });
  }

  it('refuses the same capture a second time (replay)', async () => {
    const request = loadWireSample('01_echo_hashed').request!;
    clockNs = nonceOf(request.headers) + 60_000_000n;
    const before = totalForwards(test);
    const response = await rawRequest({
      port: test.port,
      path: request.target,
      headers: request.headers,
      body: request.body,
    });
    assert.equal(response.status, 401);
    assert.match(JSON.parse(response.body).message, /^Not Verified with error: Nonce was already used/);
    assert.equal(totalForwards(test), before);
  });
});

describe('captured error exchanges', () => {
  for (const errorCase of loadErrorCases()) {
    if (errorCase.request === null) continue;
    it(`${errorCase.case}: ${errorCase.expected_status} like the SDK`, async () => {
      const request = errorCase.request!;
      const expected = errorCase.response!;
      clockNs = nonceOf(request.headers) + 50_000_000n;
      const response = await rawRequest({
        port: test.port,
        path: request.target,
        headers: request.headers,
        body: request.body,
      });
      assert.equal(response.status, expected.status);
      const message = JSON.parse(response.body).message as string;
      const pythonMessage = JSON.parse(expected.body).message as string;
      if (expected.status === 500) assert.match(message, /^Internal Server Error #[0-9a-f-]{36}$/);
      else assert.equal(message, pythonMessage);
      // same headers; we leave out the SDK's unverified-request axon signature (signing costs as much as verifying)
      const ours = comparable(response.rawHeaders).filter(([k]) => !k.includes('status_message'));
      const theirs = comparable(expected.headers, ['bt_header_axon_signature']).filter(
        ([k]) => !k.includes('status_message'),
      );
      assert.deepEqual(
        ours.map(([k, v]) => [k, /axon_version|dendrite_port|dendrite_ip/.test(k) ? '*' : v]),
        theirs.map(([k, v]) => [k, /axon_version|dendrite_port|dendrite_ip/.test(k) ? '*' : v]),
      );
    });
  }
});
