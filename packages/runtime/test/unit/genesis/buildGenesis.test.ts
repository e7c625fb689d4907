import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { createKeypairFromUri, initCrypto } from '@taonet/crypto';
import type { AccountId } from '@taonet/primitives';
import { SudoKey } from '../../../src/admin/sudo/schema.js';
import { CurrencyIssuance, FeeDestinationStorage, TotalIssuance } from '../../../src/balances/schema.js';
import { buildGenesis, createGenesisBackend } from '../../../src/genesis/buildGenesis.js';
import { DEFAULT_STAKE_THRESHOLD } from '../../../src/genesis/genesisConfig.js';
import { DEV_ACCOUNT_BALANCE, devGenesis, largeSubnetPreset } from '../../../src/genesis/presets.js';
import { GenesisError } from '../../../src/genesis/validateGenesis.js';
import { OverlayState } from '../../../src/state/overlayState.js';
import { StakeThreshold } from '../../../src/subnets/hyperparameters.js';
import { SubnetLimit } from '../../../src/subnets/schema.js';
import { Account } from '../../../src/system/schema.js';

let dev: AccountId[] = [];

before(async () => {
  await initCrypto();
  dev = ['//Alice', '//Bob', '//Charlie'].map((uri) => createKeypairFromUri(uri).accountId);
});

describe('buildGenesis', () => {
  it('the dev preset funds //Alice.. and makes //Alice sudo; issuance equals the balances', () => {
    assert.equal(dev[0], '0xd43593c715fdd31c61141abd04a99fd6822c8558854ccde39a5684e7a56da27d');
    const state = new OverlayState(createGenesisBackend(devGenesis({ accounts: dev })));
    for (const account of dev) assert.equal(Account.get(state, [account]).data.free, DEV_ACCOUNT_BALANCE);
    assert.equal(SudoKey.getOption(state), dev[0]);
    const total = DEV_ACCOUNT_BALANCE * BigInt(dev.length);
    assert.equal(CurrencyIssuance.get(state), total);
    assert.equal(TotalIssuance.get(state), total);
    assert.equal(FeeDestinationStorage.get(state), 'author');
  });

  it('StakeThreshold defaults to 1,000 TAO; network parameters and the fee destination are applied', () => {
    let state = new OverlayState(createGenesisBackend({}));
    assert.equal(StakeThreshold.get(state), DEFAULT_STAKE_THRESHOLD);
    assert.equal(DEFAULT_STAKE_THRESHOLD, 1_000n * 1_000_000_000n);
    const config = { feeDestination: 'burn', network: { stakeThreshold: 5n, subnetLimit: 12 } } as const;
    state = new OverlayState(createGenesisBackend(config));
    assert.equal(StakeThreshold.get(state), 5n);
    assert.equal(SubnetLimit.get(state), 12);
    assert.equal(FeeDestinationStorage.get(state), 'burn');
  });

  it('is deterministic: the same config gives the same writes in key order', () => {
    const config = devGenesis({ accounts: dev, stakeThreshold: 1n });
    const a = [...buildGenesis(config).changes];
    const b = [...buildGenesis(config).changes];
    assert.deepEqual(a, b);
    const keys = a.map(([key]) => key);
    assert.deepEqual(keys, [...keys].sort());
  });

  it('subnets need the subnets module', () => {
    const config = { subnets: [largeSubnetPreset(dev[0]!, dev[1]!)] };
    assert.throws(() => buildGenesis(config), GenesisError);
  });
});
