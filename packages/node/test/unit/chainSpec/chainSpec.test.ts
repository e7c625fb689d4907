import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { createKeypairFromUri, initCrypto } from '@taonet/crypto';
import { createDevChainSpec, parseChainSpec } from '../../../src/index.js';

before(() => initCrypto());

describe('chain spec', () => {
  it('parses accounts (SS58 or hex), decimal amounts and parameters', () => {
    const alice = createKeypairFromUri('//Alice');
    const spec = parseChainSpec({
      name: 'Local',
      id: 'local',
      chainType: 'Local',
      blockTime: 6000,
      authorities: [alice.address],
      genesis: {
        balances: [{ account: alice.address, free: '1000000000000000000' }],
        sudoKey: alice.accountId,
        network: { stakeThreshold: '0', txRateLimit: 1 },
        subnets: [
          { netuid: 1, owner: alice.address, ownerHotkey: alice.address, hyperparameters: { tempo: 10 } },
        ],
      },
    });
    assert.deepEqual(spec.authorities, [alice.accountId]);
    assert.equal(spec.genesis.balances?.[0]?.free, 10n ** 18n);
    assert.equal(spec.genesis.network?.stakeThreshold, 0n);
    assert.equal(spec.genesis.subnets?.[0]?.owner, alice.accountId);
    assert.deepEqual(spec.properties, { ss58Format: 42, tokenDecimals: 9, tokenSymbol: 'TAO' });
  });

  it('names every bad field at once', () => {
    try {
      parseChainSpec({
        name: '',
        blockTime: 10,
        authorities: [],
        genesis: { balances: [{ account: 'nope', free: -1 }] },
      });
      assert.fail('should throw');
    } catch (error) {
      const problems = (error as { details: { problems: string[] } }).details.problems;
      assert.equal((error as { code: string }).code, 'INVALID_CHAIN_SPEC');
      for (const path of [
        'name',
        'id',
        'blockTime',
        'authorities',
        'genesis.balances[0].account',
        'genesis.balances[0].free',
      ]) {
        assert.ok(
          problems.some((p) => p.startsWith(`${path}:`)),
          `${path} in ${problems.join('; ')}`,
        );
      }
    }
  });

  it('the dev spec: Alice authority and sudo, six funded accounts, subnet 1', () => {
    const spec = createDevChainSpec({ blockTime: 100 });
    assert.equal(spec.blockTime, 100);
    assert.deepEqual(spec.authorities, [createKeypairFromUri('//Alice').accountId]);
    assert.equal(spec.genesis.balances?.length, 6);
    assert.equal(spec.genesis.subnets?.[0]?.netuid, 1);
  });
});
