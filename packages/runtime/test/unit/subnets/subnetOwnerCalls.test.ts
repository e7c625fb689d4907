import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  FirstEmissionBlockNumber,
  NetworkRateLimit,
  StartCallDelay,
  SubnetIdentitiesV3,
  SubtokenEnabled,
  TokenSymbol,
} from '../../../src/subnets/schema.js';
import { SYMBOLS } from '../../../src/subnets/tokenSymbols.js';
import { getFirstEmissionBlock, getSubnetOwnership } from '../../../src/subnets/views.js';
import {
  account,
  createSubnetChain,
  expectFailure,
  expectSuccess,
  ROOT_ORIGIN,
  type SubnetChain,
  subnet,
  TAO,
} from './subnetChain.js';

const OWNER = account(1);
const STRANGER = account(7);
const NETUID = subnet(1);

function chainWithSubnet(): SubnetChain {
  const chain = createSubnetChain({ startBlock: 5 });
  chain.endow(OWNER, 10_000n * TAO);
  chain.endow(STRANGER, 10n * TAO);
  NetworkRateLimit.set(chain.state, 0n);
  expectSuccess(chain, OWNER, 'register_network', { hotkey: account(2) });
  return chain;
}

const identityArgs = (netuid: number, name: string) => ({
  netuid,
  subnet_name: new TextEncoder().encode(name),
  github_repo: new Uint8Array(),
  subnet_contact: new Uint8Array(),
  subnet_url: new Uint8Array(),
  discord: new Uint8Array(),
  description: new Uint8Array(),
  logo_url: new Uint8Array(1024),
  additional: new Uint8Array(),
});

describe('set_subnet_identity', () => {
  it('stores the identity for the owner only, with the field limits', () => {
    const chain = chainWithSubnet();
    assert.equal(
      expectFailure(chain, STRANGER, 'set_subnet_identity', identityArgs(NETUID, 'x')),
      'NotSubnetOwner',
    );
    assert.equal(expectFailure(chain, OWNER, 'set_subnet_identity', identityArgs(9, 'x')), 'NotSubnetOwner');
    const tooLong = { ...identityArgs(NETUID, 'x'), discord: new Uint8Array(257) };
    assert.equal(expectFailure(chain, OWNER, 'set_subnet_identity', tooLong), 'InvalidIdentity');
    expectSuccess(chain, OWNER, 'set_subnet_identity', identityArgs(NETUID, 'sn one'));
    const stored = SubnetIdentitiesV3.get(chain.state, [NETUID]);
    assert.equal(new TextDecoder().decode(stored.subnet_name), 'sn one');
    assert.equal(stored.logo_url.length, 1024);
  });
});

describe('update_symbol', () => {
  it('takes an unused symbol of the list, for the owner or root', () => {
    const chain = chainWithSubnet();
    const beta = SYMBOLS[2] as Uint8Array;
    assert.equal(
      expectFailure(chain, STRANGER, 'update_symbol', { netuid: NETUID, symbol: beta }),
      'BadOrigin',
    );
    assert.equal(
      expectFailure(chain, ROOT_ORIGIN, 'update_symbol', { netuid: 9, symbol: beta }),
      'SubNetworkDoesNotExist',
    );
    assert.equal(
      expectFailure(chain, OWNER, 'update_symbol', { netuid: NETUID, symbol: new TextEncoder().encode('Z') }),
      'SymbolDoesNotExist',
    );
    assert.equal(
      expectFailure(chain, OWNER, 'update_symbol', { netuid: NETUID, symbol: SYMBOLS[0] }),
      'SymbolDoesNotExist',
      "root's symbol is not in the pickable list",
    );
    assert.equal(
      expectFailure(chain, OWNER, 'update_symbol', { netuid: NETUID, symbol: SYMBOLS[1] }),
      'SymbolAlreadyInUse',
      'its own current symbol counts as used',
    );
    expectSuccess(chain, OWNER, 'update_symbol', { netuid: NETUID, symbol: beta });
    assert.deepEqual(TokenSymbol.get(chain.state, [NETUID]), beta);
    expectSuccess(chain, ROOT_ORIGIN, 'update_symbol', { netuid: NETUID, symbol: SYMBOLS[438] });
    assert.equal(new TextDecoder().decode(TokenSymbol.get(chain.state, [NETUID])), 'ධ');
    assert.equal(chain.eventsNamed('SymbolUpdated').length, 2);
  });
});

describe('start_call', () => {
  it('starts emission next block and enables staking, once, after StartCallDelay', () => {
    const chain = chainWithSubnet();
    StartCallDelay.set(chain.state, 10n);
    assert.equal(expectFailure(chain, OWNER, 'start_call', { netuid: 9 }), 'SubNetworkDoesNotExist');
    assert.equal(expectFailure(chain, STRANGER, 'start_call', { netuid: NETUID }), 'BadOrigin');
    assert.equal(expectFailure(chain, ROOT_ORIGIN, 'start_call', { netuid: NETUID }), 'BadOrigin');
    assert.equal(
      expectFailure(chain, OWNER, 'start_call', { netuid: NETUID }),
      'NeedWaitingMoreBlocksToStarCall',
    );
    chain.nextBlock(10);
    assert.equal(getFirstEmissionBlock(chain.state, NETUID), undefined);
    expectSuccess(chain, OWNER, 'start_call', { netuid: NETUID });
    assert.equal(FirstEmissionBlockNumber.getOption(chain.state, [NETUID]), 16n);
    assert.equal(getFirstEmissionBlock(chain.state, NETUID), 16n);
    assert.equal(SubtokenEnabled.get(chain.state, [NETUID]), true);
    assert.deepEqual(chain.eventsNamed('FirstEmissionBlockNumberSet')[0]?.data, {
      netuid: NETUID,
      blockNumber: 16n,
    });
    assert.equal(
      expectFailure(chain, OWNER, 'start_call', { netuid: NETUID }),
      'FirstEmissionBlockNumberAlreadySet',
    );
    assert.deepEqual(getSubnetOwnership(chain.state, NETUID), { coldkey: OWNER, hotkey: account(2) });
    assert.equal(getSubnetOwnership(chain.state, subnet(9)), undefined);
  });
});
