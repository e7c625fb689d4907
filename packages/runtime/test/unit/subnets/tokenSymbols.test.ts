import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { netUid } from '@taonet/primitives';
import { MemoryBackend } from '../../../src/state/memoryBackend.js';
import { OverlayState } from '../../../src/state/overlayState.js';
import { TokenSymbol } from '../../../src/subnets/schema.js';
import { getSubnetAccountId, getSubnetOfAccount } from '../../../src/subnets/subnetAccount.js';
import {
  DEFAULT_SYMBOL,
  getNextAvailableSymbol,
  getSymbolForSubnet,
  isKnownSymbol,
  SYMBOLS,
} from '../../../src/subnets/tokenSymbols.js';

const text = (bytes: Uint8Array | undefined) => new TextDecoder('utf-8', { fatal: true }).decode(bytes);

describe('token symbols', () => {
  it("hold subtensor's 439 glyphs: distinct, one code point each, in its order", () => {
    assert.equal(SYMBOLS.length, 439);
    const glyphs = SYMBOLS.map(text);
    assert.ok(glyphs.every((glyph) => [...glyph].length === 1));
    assert.equal(new Set(glyphs).size, 439);
    assert.deepEqual(
      [
        0, 1, 19, 24, 25, 52, 81, 87, 90, 97, 103, 110, 117, 123, 128, 134, 167, 211, 246, 271, 275, 319, 365,
        401, 438,
      ].map((i) => glyphs[i]),
      [
        'Τ',
        'α',
        't',
        'ω',
        'א',
        'ا',
        'ᚠ',
        'Ы',
        '\u1680',
        'ა',
        'Ա',
        'Ѐ',
        'Ⲁ',
        '𑀀',
        '඲',
        'Ⰰ',
        'ก',
        'ㄱ',
        'አ',
        'መ',
        'अ',
        'ア',
        'ⴰ',
        'අ',
        'ධ',
      ],
    );
    assert.equal(text(DEFAULT_SYMBOL), 'Τ');
  });

  it('give a subnet its own symbol, else the first unused one, else the default', () => {
    const state = new OverlayState(new MemoryBackend());
    assert.equal(text(getNextAvailableSymbol(state, netUid(3))), 'γ');
    TokenSymbol.set(state, [netUid(1)], getSymbolForSubnet(netUid(3)));
    TokenSymbol.set(state, [netUid(2)], getSymbolForSubnet(netUid(1)));
    assert.equal(text(getNextAvailableSymbol(state, netUid(3))), 'β');
    assert.equal(text(getSymbolForSubnet(netUid(500))), 'Τ');
    for (const [i, symbol] of SYMBOLS.entries()) TokenSymbol.set(state, [netUid(1000 + i)], symbol);
    assert.equal(text(getNextAvailableSymbol(state, netUid(5))), 'Τ');
    assert.equal(isKnownSymbol(SYMBOLS[0] as Uint8Array), false);
    assert.equal(isKnownSymbol(SYMBOLS[5] as Uint8Array), true);
  });
});

describe('subnet account', () => {
  it('is b"modl" ++ b"subtensr" ++ netuid (LE) padded with zeros', () => {
    assert.equal(
      getSubnetAccountId(netUid(1)),
      `0x${'6d6f646c'}${'7375627465 6e7372'.replace(' ', '')}0100${'0'.repeat(36)}`,
    );
    assert.equal(getSubnetOfAccount(getSubnetAccountId(netUid(300))), 300);
    assert.equal(getSubnetOfAccount(`0x${'11'.repeat(32)}` as never), undefined);
  });
});
