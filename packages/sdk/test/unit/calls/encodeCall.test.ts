import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { AccountId } from '@taonet/primitives';
import {
  burnedRegisterCall,
  encodeAdminCall,
  encodeCall,
  isAdminCallName,
  sudoCall,
  toCallHex,
  transferKeepAliveCall,
} from '../../../src/index.js';

const BOB = '0x8eaf04151687736326c9fea17e25fc5287613693c912909cb226aa4794f26a48' as AccountId;

describe('call encoding', () => {
  it('prefixes the pallet and call indices to the SCALE arguments', () => {
    const call = encodeCall(transferKeepAliveCall, { dest: { tag: 'Id', value: BOB }, value: 12_345n });
    assert.equal(toCallHex(call), `0x050300${BOB.slice(2)}e5c0`);
    const register = encodeCall(burnedRegisterCall, { netuid: 1, hotkey: BOB });
    assert.equal(toCallHex(register), `0x07070100${BOB.slice(2)}`);
  });

  it('nests a call inside sudo as its bare bytes', () => {
    const inner = encodeAdminCall('sudo_set_tempo', { netuid: 1, tempo: 100 });
    assert.equal(toCallHex(inner), '0x131e01006400');
    assert.equal(toCallHex(encodeCall(sudoCall, { call: inner })), '0x0c00131e01006400');
  });

  it('knows the AdminUtils setters by name', () => {
    assert.ok(isAdminCallName('sudo_set_kappa'));
    assert.ok(!isAdminCallName('sudo_set_nothing'));
    const split = encodeAdminCall('sudo_set_mechanism_emission_split', { netuid: 2, maybe_split: [1, 2] });
    assert.equal(toCallHex(split), '0x134d0200010801000200');
  });
});
