import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { createKeypairFromUri, initCrypto } from '@taonet/crypto';
import { createRuntime } from '@taonet/runtime';
import { DEFAULT_FILL_SEED, deriveFillAccount, getFillKeyUri, parseChainSpec } from '../../../src/index.js';

before(() => initCrypto());

function specWith(subnet: Record<string, unknown>, balances: unknown[] = []) {
  const alice = createKeypairFromUri('//Alice');
  return {
    name: 'Neurons',
    id: 'neurons',
    authorities: [alice.address],
    genesis: {
      balances: [{ account: alice.address, free: '2000000000000' }, ...balances],
      subnets: [{ netuid: 3, owner: alice.address, ownerHotkey: alice.address, ...subnet }],
    },
  };
}

function problemsOf(json: unknown): string[] {
  try {
    parseChainSpec(json);
  } catch (error) {
    assert.equal((error as { code: string }).code, 'INVALID_CHAIN_SPEC');
    return (error as { details: { problems: string[] } }).details.problems;
  }
  return [];
}

describe('chain spec genesis neurons', () => {
  it('listed neurons come first, then fill derives keys up to count uids', () => {
    const bob = createKeypairFromUri('//Bob');
    const spec = parseChainSpec(
      specWith({
        neurons: [{ hotkey: bob.address, coldkey: bob.accountId, stake: '5000000000' }],
        fill: { count: 8, coldkeys: 2, stake: 1000000000, validators: 3, balance: '1000000000' },
      }),
    );
    const neurons = spec.genesis.subnets?.[0]?.neurons ?? [];
    assert.equal(neurons.length, 7);
    assert.deepEqual(neurons[0], { hotkey: bob.accountId, coldkey: bob.accountId, stake: 5_000_000_000n });
    for (const [i, neuron] of neurons.slice(1).entries()) {
      const uid = i + 2;
      assert.equal(neuron.hotkey, deriveFillAccount(DEFAULT_FILL_SEED, 3, 'hotkey', uid));
      assert.equal(neuron.coldkey, deriveFillAccount(DEFAULT_FILL_SEED, 3, 'coldkey', uid % 2));
      assert.equal(neuron.stake, i < 3 ? 1_000_000_000n : undefined);
    }
    const funded = spec.genesis.balances?.slice(1).map((b) => [b.account, b.free]);
    assert.deepEqual(
      funded?.sort(),
      [0, 1].map((j) => [deriveFillAccount(DEFAULT_FILL_SEED, 3, 'coldkey', j), 1_000_000_000n]).sort(),
    );
    const key = createKeypairFromUri(getFillKeyUri(DEFAULT_FILL_SEED, 3, 'hotkey', 2));
    assert.equal(key.accountId, neurons[1]?.hotkey);
  });

  it('the parsed spec builds a genesis with every uid taken', () => {
    const spec = parseChainSpec(specWith({ fill: { count: 16, seed: 'x', stake: '1000000000' } }));
    const genesis = createRuntime().buildGenesis(spec.genesis);
    const registered = genesis.events.filter((e) => e.name === 'NeuronRegistered');
    assert.equal(registered.length, 15);
  });

  it('names the bad neuron and fill fields', () => {
    assert.deepEqual(
      problemsOf(specWith({ neurons: [{ hotkey: 'x' }, 4], fill: { count: 2, seed: '', coldkeys: 0 } })),
      [
        'genesis.subnets[0].neurons[0].hotkey: expected an SS58 address or 0x + 64 hex digits, got "x"',
        'genesis.subnets[0].neurons[0].coldkey: expected an SS58 address or 0x + 64 hex digits, got undefined',
        'genesis.subnets[0].neurons[1]: expected { hotkey, coldkey, stake? }',
        'genesis.subnets[0].neurons[1].hotkey: expected an SS58 address or 0x + 64 hex digits, got undefined',
        'genesis.subnets[0].neurons[1].coldkey: expected an SS58 address or 0x + 64 hex digits, got undefined',
        'genesis.subnets[0].fill.count: 2 is below the 3 uids the owner hotkey and the listed neurons already take',
        'genesis.subnets[0].fill.seed: expected a non-empty string',
        'genesis.subnets[0].fill.coldkeys: expected an integer in 1..=65535, got 0',
      ],
    );
    assert.deepEqual(problemsOf(specWith({ neurons: {}, fill: 'all' })), [
      'genesis.subnets[0].neurons: expected a list of { hotkey, coldkey, stake? }',
    ]);
    assert.deepEqual(problemsOf(specWith({ fill: { stake: 'lots' } })), [
      'genesis.subnets[0].fill.count: expected the number of uids to fill up to',
      'genesis.subnets[0].fill.stake: expected a non-negative integer (decimal string for large values), got "lots"',
    ]);
  });
});
