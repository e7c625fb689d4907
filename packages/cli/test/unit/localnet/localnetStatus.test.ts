import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { DynamicInfo } from '@taonet/sdk';
import { localnetStatusSchema } from '../../../src/commands/localnet/localnetSchemas.js';
import {
  decodeU64,
  emissionShare,
  type LocalnetStatus,
  toStatusJson,
} from '../../../src/localnet/collectLocalnetStatus.js';
import { parseNodeStarted } from '../../../src/localnet/nodeProcess.js';
import { formatRao, renderLocalnetStatus } from '../../../src/localnet/renderLocalnetStatus.js';
import { createColors } from '../../../src/output/humanOutput.js';
import { checkSchema } from '../../../src/output/schema.js';

type JsonObject = Record<string, unknown>;

const STATUS: LocalnetStatus = {
  block: 120,
  finalized: 118,
  rpc: 'ws://127.0.0.1:9944',
  explorer: null,
  issuanceRao: '1234500000000',
  blockEmissionRao: '1000000000',
  logsDir: '/d/logs',
  subnets: [
    {
      netuid: 2,
      name: 'ocr',
      epochs: 3,
      price: '1000000000',
      emissionShare: 0.4,
      neurons: [
        { uid: 0, hotkey: '5Fowner', role: 'owner', weak: false, incentive: 0, dividends: 0, stakeRao: '0' },
        { uid: 4, hotkey: '5Fweak', role: 'miner', weak: true, incentive: 0.01, dividends: 0, stakeRao: '5' },
      ],
    },
  ],
};

describe('localnet status', () => {
  it('decodes a SCALE u64 and formats rao as TAO', () => {
    assert.equal(decodeU64('0x00ca9a3b00000000'), 1_000_000_000n);
    assert.equal(decodeU64('0x'), 0n);
    assert.equal(formatRao('1234500000000', 2), '1,234.50');
    assert.equal(formatRao(999n, 4), '0.0000');
  });

  it('splits the emission by moving price among the started subnets other than root', () => {
    const info = (netuid: number, started: boolean, movingPriceBits: bigint) =>
      ({ netuid, started, movingPriceBits }) as unknown as DynamicInfo;
    const dynamic = [
      info(0, true, 2n ** 32n),
      info(1, true, 0n),
      info(2, true, 3n << 30n),
      info(3, true, 1n << 30n),
    ];
    assert.equal(emissionShare(dynamic, 2), 0.75);
    assert.equal(emissionShare(dynamic, 3), 0.25);
    assert.equal(emissionShare([...dynamic, info(4, false, 2n ** 40n)], 4), 0);
    assert.equal(emissionShare([info(2, true, 0n)], 2), 0);
    // a subnet whose TAO emission is off gets none; the others share it all
    assert.equal(emissionShare(dynamic, 2, new Set([3])), 1);
    assert.equal(emissionShare(dynamic, 3, new Set([3])), 0);
  });

  it("prints as --json exactly the localnet's contract: those keys, no other", () => {
    const json = toStatusJson(STATUS);
    assert.deepEqual(checkSchema(localnetStatusSchema, json), []);
    assert.deepEqual(Object.keys(json), ['block', 'finalized', 'rpc', 'explorer', 'subnets']);
    assert.deepEqual(Object.keys(json.subnets[0]!), ['netuid', 'name', 'epochs', 'price', 'neurons']);
    const neuronKeys = ['uid', 'hotkey', 'role', 'weak', 'incentive', 'dividends', 'stakeRao'];
    assert.deepEqual(Object.keys(json.subnets[0]!.neurons[0]!), neuronKeys);
    const { finalized: _, ...partial } = json;
    assert.notDeepEqual(checkSchema(localnetStatusSchema, partial), [], 'a missing key is refused');
    assert.notDeepEqual(checkSchema(localnetStatusSchema, STATUS), [], 'an extra key is refused');
  });

  it('declares the JSON Schema of the contract: every key required, no additional one', () => {
    const props = (o: JsonObject) => o.properties as Record<string, JsonObject>;
    const schema = localnetStatusSchema.toJsonSchema() as JsonObject;
    assert.deepEqual(schema.required, ['block', 'finalized', 'rpc', 'explorer', 'subnets']);
    assert.equal(schema.additionalProperties, false);
    assert.deepEqual(props(schema).block, { type: 'integer' });
    assert.deepEqual(props(schema).rpc, { type: 'string' });
    assert.deepEqual(props(schema).explorer, { anyOf: [{ type: 'string' }, { type: 'null' }] });
    const subnet = props(schema).subnets!.items as JsonObject;
    assert.deepEqual(subnet.required, ['netuid', 'name', 'epochs', 'price', 'neurons']);
    assert.equal(subnet.additionalProperties, false);
    assert.deepEqual(props(subnet).price, { type: 'string' });
    const neuron = props(subnet).neurons!.items as JsonObject;
    assert.deepEqual(neuron.required, [
      'uid',
      'hotkey',
      'role',
      'weak',
      'incentive',
      'dividends',
      'stakeRao',
    ]);
    assert.equal(neuron.additionalProperties, false);
    assert.deepEqual(props(neuron).role, { enum: ['owner', 'validator', 'miner'] });
    assert.deepEqual(props(neuron).weak, { type: 'boolean' });
    assert.deepEqual(props(neuron).incentive, { type: 'number' });
    assert.deepEqual(props(neuron).stakeRao, { type: 'string' });
  });

  it('renders the block, issuance, each subnet and each neuron with its role', () => {
    const text = renderLocalnetStatus(STATUS, createColors(false)).join('\n');
    assert.match(text, /block 120 {2}finalized 118 {2}issuance τ1,234\.50/);
    assert.match(text, /subnet 2 ocr {3}price τ1\.0000\/α {3}emission 40\.0% {3}epochs 3/);
    assert.match(text, /miner \(weak\)\s+0\.0100/);
    assert.match(text, /explorer off/);
  });

  it('finds the RPC URL in the node\'s "node started" log line', () => {
    const line = JSON.stringify({ level: 'info', msg: 'node started', rpc: 'ws://127.0.0.1:41000' });
    assert.equal(parseNodeStarted(line), 'ws://127.0.0.1:41000');
    assert.equal(parseNodeStarted('{"msg":"imported block"}'), undefined);
    assert.equal(parseNodeStarted('node started (not json)'), undefined);
  });
});
