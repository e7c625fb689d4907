import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { emptyConfig } from '../../../src/config/configFile.js';
import { parseConfigKey, resolveSetting } from '../../../src/config/resolveSettings.js';

describe('resolveSetting', () => {
  const config = { ...emptyConfig(), values: { 'wallet-name': 'fromfile' } };

  it('takes the flag, then the environment, then the config file, then the default', () => {
    const env = { TAO_WALLET_NAME: 'fromenv' };
    assert.deepEqual(resolveSetting('wallet-name', 'fromflag', env, config), {
      key: 'wallet-name',
      value: 'fromflag',
      source: 'flag',
    });
    assert.deepEqual(resolveSetting('wallet-name', undefined, env, config), {
      key: 'wallet-name',
      value: 'fromenv',
      source: 'env',
      envName: 'TAO_WALLET_NAME',
    });
    assert.equal(resolveSetting('wallet-name', undefined, {}, config).source, 'config');
    assert.deepEqual(resolveSetting('network', undefined, { TAO_NETWORK: '' }, config), {
      key: 'network',
      value: 'local',
      source: 'default',
    });
  });

  it("reads btwallet's BT_WALLET_* variables after the TAO_* ones", () => {
    const setting = resolveSetting('wallet-path', undefined, { BT_WALLET_PATH: '/w' }, emptyConfig());
    assert.equal(setting.envName, 'BT_WALLET_PATH');
  });
});

describe('parseConfigKey', () => {
  it('accepts btcli and hyphen spellings and networks.<name>', () => {
    for (const text of ['wallet-name', 'wallet_name', 'wallet.name', 'walletName', 'name']) {
      assert.deepEqual(parseConfigKey(text), { kind: 'value', key: 'wallet-name' });
    }
    assert.deepEqual(parseConfigKey('hotkey'), { kind: 'value', key: 'wallet-hotkey' });
    assert.deepEqual(parseConfigKey('networks.devnet'), { kind: 'network', name: 'devnet' });
    assert.equal(parseConfigKey('colour'), undefined);
  });
});
