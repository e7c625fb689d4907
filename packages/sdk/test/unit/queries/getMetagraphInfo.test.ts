import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { accountIdToSs58 } from '@taonet/crypto';
import type { AccountId } from '@taonet/primitives';
import { getMetagraphInfo } from '../../../src/index.js';
import { fakeMetagraphJson } from '../fixtures/fakeMetagraph.js';
import { createFakeClient } from '../fixtures/fakeTransport.js';

const AT = `0x${'77'.repeat(32)}` as const;
const HOT = `0x${'11'.repeat(32)}` as AccountId;
const text = (s: string) => `0x${Buffer.from(s).toString('hex')}`;

const full = fakeMetagraphJson({
  netuid: 3,
  name: text('gamma'),
  symbol: text('γ'),
  block: '12',
  alpha_in: '18446744073709551615',
  moving_price: '-5',
  hotkeys: [HOT],
  emission: ['7'],
  axons: [
    {
      block: '1',
      version: 2,
      ip: '16909060',
      port: 9,
      ip_type: 4,
      protocol: 4,
      placeholder1: 0,
      placeholder2: 0,
    },
  ],
  alpha_dividends_per_hotkey: [[HOT, '3']],
  first_emission_block: null,
});

function node() {
  return createFakeClient({
    methods: {
      chain_getBlockHash: () => AT,
      subnetInfo_getMetagraph: (netuid) => (netuid === 3 ? full : null),
      subnetInfo_getSelectiveMetagraph: (netuid, indexes) =>
        netuid !== 3
          ? null
          : {
              ...Object.fromEntries(Object.keys(full).map((k) => [k, null])),
              validators: null,
              commitments: null,
              netuid: 3,
              ...((indexes as number[]).includes(52) ? { hotkeys: full.hotkeys } : {}),
              ...((indexes as number[]).includes(72) ? { validators: [0] } : {}),
              ...((indexes as number[]).includes(1001) ? { price: '5' } : {}),
            },
    },
  });
}

describe('getMetagraphInfo', () => {
  it("types subtensor's Metagraph: camelCase, bigint amounts, SS58 keys, text names", async () => {
    const { client, transport } = node();
    const info = (await getMetagraphInfo(client, { netuid: 3, at: AT }))!;
    assert.deepEqual(transport.calls.at(-1), { method: 'subnetInfo_getMetagraph', params: [3, AT] });
    assert.equal(info.name, 'gamma');
    assert.equal(info.symbol, 'γ');
    assert.equal(info.block, 12);
    assert.equal(info.alphaIn, 2n ** 64n - 1n);
    assert.equal(info.movingPrice, -5n);
    assert.deepEqual(info.hotkeys, [accountIdToSs58(HOT)]);
    assert.deepEqual(info.emission, [7n]);
    assert.equal(info.axons[0]?.ip, '1.2.3.4');
    assert.deepEqual(info.alphaDividendsPerHotkey, [[accountIdToSs58(HOT), 3n]]);
    assert.equal(info.identity, undefined);
    assert.equal(info.firstEmissionBlock, undefined);
    assert.equal(info.registrationAllowed, false);
    assert.equal(await getMetagraphInfo(client, { netuid: 4, at: AT }), undefined);
  });

  it("asks for only the requested fields, by subtensor's index; the rest are undefined", async () => {
    const { client, transport } = node();
    const some = (await getMetagraphInfo(client, { netuid: 3, fields: ['hotkeys', 'price', 'validators'] }))!;
    assert.deepEqual(transport.calls.at(-1), {
      method: 'subnetInfo_getSelectiveMetagraph',
      params: [3, [52, 1001, 72]], // no block given: the node's best
    });
    assert.equal(some.netuid, 3);
    assert.deepEqual(some.hotkeys, [accountIdToSs58(HOT)]);
    assert.equal(some.price, 5n);
    assert.deepEqual(some.validators, [0]);
    assert.equal(some.alphaIn, undefined);
    assert.equal(some.commitments, undefined);
    assert.ok('block' in some);
  });
});
