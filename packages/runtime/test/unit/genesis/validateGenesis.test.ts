import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { accountId } from '@taonet/primitives';
import type { GenesisConfig } from '../../../src/genesis/genesisConfig.js';
import { largeSubnetPreset } from '../../../src/genesis/presets.js';
import { GenesisError, validateGenesis } from '../../../src/genesis/validateGenesis.js';

const A = accountId(new Uint8Array(32).fill(1));
const B = accountId(new Uint8Array(32).fill(2));

function problemsOf(config: unknown): readonly string[] {
  try {
    validateGenesis(config as GenesisConfig);
  } catch (error) {
    assert.ok(error instanceof GenesisError);
    assert.equal(error.code, 'INVALID_GENESIS');
    return error.problems;
  }
  return [];
}

describe('validateGenesis', () => {
  it('accepts a valid config, including the 1024-uid / 128-validator subnet preset', () => {
    const config: GenesisConfig = {
      balances: [{ account: A, free: 2_000_000_000_000n }],
      sudoKey: A,
      subnets: [{ ...largeSubnetPreset(A, B), lock: 1_000_000_000_000n }],
    };
    assert.deepEqual(problemsOf(config), []);
  });

  it('names every bad field at once', () => {
    const problems = problemsOf({
      balances: [
        { account: 'alice', free: 1n },
        { account: A, free: 100n },
        { account: A, free: 1_000n },
      ],
      sudoKey: '0x12',
      feeDestination: 'treasury',
      network: { subnetLimit: 70_000, unknownThing: 1 },
      subnets: [
        { netuid: 0, owner: A, ownerHotkey: B },
        {
          netuid: 2,
          owner: A,
          ownerHotkey: B,
          lock: 10_000n,
          hyperparameters: { maxAllowedUids: 8, maxAllowedValidators: 9 },
        },
        { netuid: 2, owner: A, ownerHotkey: B, hyperparameters: { yuma3Enabled: 1 } },
      ],
    });
    const fields = problems.map((problem) => problem.slice(0, problem.indexOf(':')));
    assert.deepEqual(fields, [
      'balances[0].account',
      'balances[1].free',
      'balances[2].account',
      'sudoKey',
      'feeDestination',
      'network.subnetLimit',
      'network.unknownThing',
      'subnets[0].netuid',
      'subnets[0].lock',
      'subnets[1].hyperparameters.maxAllowedValidators',
      'subnets[1].lock',
      'subnets[2].hyperparameters.yuma3Enabled',
      'subnets[2].lock',
      'subnets[2].netuid',
    ]);
  });

  it("a subnet locks at least networkMinLockCost, from its owner's balance", () => {
    const balances = [{ account: A, free: 5_000_000_000_000n }];
    const subnet = { netuid: 1, owner: A, ownerHotkey: B };
    assert.deepEqual(problemsOf({ balances, subnets: [subnet] }), []);
    const low = problemsOf({ balances, subnets: [{ ...subnet, lock: 10n }] });
    assert.match(low[0] ?? '', /^subnets\[0\]\.lock: 10 rao is below network.networkMinLockCost/);
    const cheap = { balances, network: { networkMinLockCost: 10n }, subnets: [{ ...subnet, lock: 10n }] };
    assert.deepEqual(problemsOf(cheap), []);
  });

  it('rejects a balance total above the 21M TAO supply', () => {
    const problems = problemsOf({
      balances: [
        { account: A, free: 20_000_000_000_000_000n },
        { account: B, free: 2_000_000_000_000_000n },
      ],
    });
    assert.equal(problems.length, 1);
    assert.match(problems[0]!, /^balances: the total/);
  });
});
