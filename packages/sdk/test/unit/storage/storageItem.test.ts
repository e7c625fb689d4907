import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { AccountId } from '@taonet/primitives';
import {
  AlphaV2,
  decodeStorageKey,
  decodeStorageValue,
  getStorageKey,
  Keys,
  SubnetTAO,
  SystemAccount,
  TotalNetworks,
} from '../../../src/index.js';

const ALICE = '0xd43593c715fdd31c61141abd04a99fd6822c8558854ccde39a5684e7a56da27d' as AccountId;
const BOB = '0x8eaf04151687736326c9fea17e25fc5287613693c912909cb226aa4794f26a48' as AccountId;

describe('storage keys', () => {
  it('computes System.Account of //Alice as every Substrate chain does', () => {
    assert.equal(
      getStorageKey(SystemAccount, [ALICE]),
      '0x26aa394eea5630e07c48ae0c9558cef7b99d880ec681799c0cf30e8886371da9de1e86a9a8c739864cf3cc5ec2bea59fd43593c715fdd31c61141abd04a99fd6822c8558854ccde39a5684e7a56da27d',
    );
  });

  it('builds prefixes from leading key parts and decodes full keys back', () => {
    const full = getStorageKey(AlphaV2, [ALICE, BOB, 7]);
    const prefix = getStorageKey(AlphaV2, [ALICE, BOB]);
    assert.ok(full.startsWith(prefix));
    assert.equal(full.length, prefix.length + 4); // + the Identity-hashed u16 netuid
    assert.deepEqual(decodeStorageKey(AlphaV2, full), [ALICE, BOB, 7]);
    assert.deepEqual(decodeStorageKey(Keys, getStorageKey(Keys, [3, 258])), [3, 258]);
    assert.equal(getStorageKey(TotalNetworks, []).length, 2 + 64);
  });

  it('decodes values, and gives the default for an absent key', () => {
    assert.equal(decodeStorageValue(SubnetTAO, '0x0100000000000000'), 1n);
    assert.equal(decodeStorageValue(SubnetTAO, null), 0n);
    assert.equal(decodeStorageValue(Keys, null), undefined);
  });
});
