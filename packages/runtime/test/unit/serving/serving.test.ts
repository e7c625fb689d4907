import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { netUid } from '@taonet/primitives';
import { root } from '../../../src/dispatch/origin.js';
import { Axons, NeuronCertificates, Prometheus } from '../../../src/serving/schema.js';
import { isValidIpAddress } from '../../../src/serving/validateServing.js';
import { getAxonInfo, getNeuronCertificate, getPrometheusInfo } from '../../../src/serving/views.js';
import { ServingRateLimit } from '../../../src/subnets/hyperparameters.js';
import { addNeuron, addSubnet, hk, NET, TestChain } from '../weights/neuronFixture.js';

const H = hk(1);
const IP = 0x0a00_0001n; // 10.0.0.1

function servingChain(): TestChain {
  const chain = new TestChain();
  addSubnet(chain);
  ServingRateLimit.set(chain.state, [NET], 50n);
  addNeuron(chain, H);
  return chain;
}

const axon = (overrides: Record<string, unknown> = {}) => ({
  netuid: NET,
  version: 7,
  ip: IP,
  port: 8091,
  ip_type: 4,
  protocol: 4,
  placeholder1: 0,
  placeholder2: 0,
  ...overrides,
});
const prometheus = (overrides: Record<string, unknown> = {}) => ({
  netuid: NET,
  version: 7,
  ip: IP,
  port: 9090,
  ip_type: 4,
  ...overrides,
});

describe('serve_axon [4]', () => {
  it('stores AxonInfo with the block and emits AxonServed', () => {
    const chain = servingChain();
    chain.ok(100, H, 'serve_axon', axon());
    const stored = {
      block: 100n,
      version: 7,
      ip: IP,
      port: 8091,
      ip_type: 4,
      protocol: 4,
      placeholder1: 0,
      placeholder2: 0,
    };
    assert.deepEqual(Axons.getOption(chain.state, [NET, H]), stored);
    assert.deepEqual(getAxonInfo(chain.state, NET, H), stored);
    assert.deepEqual(chain.named('AxonServed')[0]?.data, { netuid: NET, hotkey: H });
  });

  it('refuses each invalid input with its error, changing nothing', () => {
    const chain = servingChain();
    chain.fails(100, root, 'serve_axon', axon(), 'BadOrigin');
    chain.fails(100, H, 'serve_axon', axon({ netuid: netUid(2) }), 'SubNetworkDoesNotExist');
    chain.fails(100, hk(9), 'serve_axon', axon(), 'HotKeyNotRegisteredInNetwork');
    chain.fails(100, H, 'serve_axon', axon({ ip_type: 5 }), 'InvalidIpType');
    chain.fails(100, H, 'serve_axon', axon({ ip: 0x7f00_0001n }), 'InvalidIpAddress');
    chain.fails(100, H, 'serve_axon', axon({ ip: 0xffff_ffffn }), 'InvalidIpAddress');
    chain.fails(100, H, 'serve_axon', axon({ ip: 1n, ip_type: 6 }), 'InvalidIpAddress');
    chain.fails(100, H, 'serve_axon', axon({ ip: (1n << 128n) - 1n, ip_type: 6 }), 'InvalidIpAddress');
    chain.fails(100, H, 'serve_axon', axon({ port: 0 }), 'InvalidPort');
  });

  it('accepts a zero ip (for tests) and IPv6 addresses', () => {
    const chain = servingChain();
    chain.ok(100, H, 'serve_axon', axon({ ip: 0n }));
    ServingRateLimit.set(chain.state, [NET], 0n);
    chain.ok(101, H, 'serve_axon', axon({ ip: 0x2001_0db8n << 96n, ip_type: 6 }));
    assert.equal(getAxonInfo(chain.state, NET, H).ip_type, 6);
  });

  it("is rate limited by ServingRateLimit since the axon's last block (0 = off)", () => {
    const chain = servingChain();
    chain.ok(100, H, 'serve_axon', axon());
    chain.fails(149, H, 'serve_axon', axon({ port: 1 }), 'ServingRateLimitExceeded');
    chain.ok(150, H, 'serve_axon', axon({ port: 1 }));
    ServingRateLimit.set(chain.state, [NET], 0n);
    chain.ok(150, H, 'serve_axon', axon({ port: 2 }));
    assert.equal(getAxonInfo(chain.state, NET, H).port, 2);
  });

  it('checks registration before the ip (the ip type is checked first by serve_prometheus)', () => {
    const chain = servingChain();
    chain.fails(100, hk(9), 'serve_axon', axon({ ip_type: 5 }), 'HotKeyNotRegisteredInNetwork');
    chain.fails(100, hk(9), 'serve_prometheus', prometheus({ ip_type: 5 }), 'InvalidIpType');
  });
});

describe('serve_axon_tls [40]', () => {
  it('stores the certificate (algorithm byte + key) with the axon', () => {
    const chain = servingChain();
    const certificate = Uint8Array.from([1, ...new Array(64).fill(7)]);
    chain.ok(100, H, 'serve_axon_tls', { ...axon(), certificate });
    assert.deepEqual(getNeuronCertificate(chain.state, NET, H), {
      algorithm: 1,
      public_key: new Uint8Array(64).fill(7),
    });
    assert.equal(getAxonInfo(chain.state, NET, H).block, 100n);
  });

  it('ignores an empty or oversized certificate but still serves the axon', () => {
    const chain = servingChain();
    ServingRateLimit.set(chain.state, [NET], 0n);
    chain.ok(100, H, 'serve_axon_tls', { ...axon(), certificate: new Uint8Array(66) });
    chain.ok(101, H, 'serve_axon_tls', { ...axon(), certificate: new Uint8Array(0) });
    assert.equal(NeuronCertificates.getOption(chain.state, [NET, H]), undefined);
    assert.equal(getAxonInfo(chain.state, NET, H).block, 101n);
  });

  it('stores nothing when the axon is refused', () => {
    const chain = servingChain();
    chain.fails(
      100,
      H,
      'serve_axon_tls',
      { ...axon({ port: 0 }), certificate: Uint8Array.of(1, 2) },
      'InvalidPort',
    );
  });
});

describe('serve_prometheus [5]', () => {
  it('stores PrometheusInfo and emits PrometheusServed', () => {
    const chain = servingChain();
    chain.ok(100, H, 'serve_prometheus', prometheus());
    const stored = { block: 100n, version: 7, ip: IP, port: 9090, ip_type: 4 };
    assert.deepEqual(Prometheus.getOption(chain.state, [NET, H]), stored);
    assert.deepEqual(getPrometheusInfo(chain.state, NET, H), stored);
    assert.deepEqual(chain.named('PrometheusServed')[0]?.data, { netuid: NET, hotkey: H });
  });

  it('refuses a zero ip, bad ip type, unregistered hotkey, port 0 and a rate-limited serve', () => {
    const chain = servingChain();
    chain.fails(100, H, 'serve_prometheus', prometheus({ ip: 0n }), 'InvalidIpAddress');
    chain.fails(100, H, 'serve_prometheus', prometheus({ ip_type: 0 }), 'InvalidIpType');
    chain.fails(100, hk(9), 'serve_prometheus', prometheus(), 'HotKeyNotRegisteredInNetwork');
    chain.fails(100, H, 'serve_prometheus', prometheus({ port: 0 }), 'InvalidPort');
    chain.fails(100, H, 'serve_prometheus', prometheus({ netuid: netUid(3) }), 'SubNetworkDoesNotExist');
    chain.ok(100, H, 'serve_prometheus', prometheus());
    chain.fails(120, H, 'serve_prometheus', prometheus(), 'ServingRateLimitExceeded');
  });

  it('reads all zeros for a hotkey that never served', () => {
    const chain = servingChain();
    assert.deepEqual(getPrometheusInfo(chain.state, NET, hk(5)), {
      block: 0n,
      version: 0,
      ip: 0n,
      port: 0,
      ip_type: 0,
    });
    assert.equal(getAxonInfo(chain.state, NET, hk(5)).block, 0n);
  });
});

describe('isValidIpAddress', () => {
  it('follows subtensor: zero only when allowed, IPv4 below u32::MAX and not loopback', () => {
    assert.equal(isValidIpAddress(4, 0n, false), false);
    assert.equal(isValidIpAddress(4, 0n, true), true);
    assert.equal(isValidIpAddress(4, 0xffff_fffen, false), true);
    assert.equal(isValidIpAddress(4, 0x1_0000_0000n, false), false);
    assert.equal(isValidIpAddress(6, 0x1_0000_0000n, false), true);
    assert.equal(isValidIpAddress(6, 1n, false), false);
  });
});
