/**
 * Subnet token symbols (`subnets/symbols.rs`): subtensor's `SYMBOLS` list of 439 glyphs (Greek, Hebrew, Arabic,
 * runic, Ogham, Georgian, Armenian, Cyrillic, Coptic, Brahmi, Glagolitic, Thai, Hangul, Ethiopic, Devanagari,
 * Katakana, Tifinagh, Sinhala), stored as UTF-8 bytes. Entry 0 (`Τ`, upper-case tau) is root's and the default.
 * A new subnet gets `SYMBOLS[netuid]`, or the first unused one when that is taken.
 */
import type { NetUid } from '@taonet/primitives';
import type { OverlayState } from '../state/overlayState.js';
import { TokenSymbol } from './schema.js';

// UTF-8 bytes in hex, in subtensor's order (index = the netuid that gets it by default)
const SYMBOL_HEX: readonly string[] = [
  // Greek (0-24)
  'cea4 ceb1 ceb2 ceb3 ceb4 ceb5 ceb6 ceb7 ceb8 ceb9 ceba cebb cebc cebd cebe cebf cf80 cf81 cf83 74',
  'cf85 cf86 cf87 cf88 cf89',
  // Hebrew (25-51)
  'd790 d791 d792 d793 d794 d795 d796 d797 d798 d799 d79a d79b d79c d79d d79e d79f d7a0 d7a1 d7a2 d7a3',
  'd7a4 d7a5 d7a6 d7a7 d7a8 d7a9 d7aa',
  // Arabic (52-80)
  'd8a7 d8a8 d8aa d8ab d8ac d8ad d8ae d8af d8b0 d8b1 d8b2 d8b3 d8b4 d8b5 d8b6 d8b7 d8b8 d8b9 d8ba d981',
  'd982 d983 d984 d985 d986 d987 d988 d98a d989',
  // runic (and Cyrillic Yeru) (81-89)
  'e19aa0 e19aa2 e19aa6 e19aa8 e19ab1 e19ab2 d0ab e19b89 e19b92',
  // Ogham (90-96)
  'e19a80 e19a81 e19a82 e19a83 e19a84 e19a85 e19a9b',
  // Georgian (97-102)
  'e18390 e18391 e18392 e18393 e18394 e18395',
  // Armenian (103-109)
  'd4b1 d4b2 d4b3 d4b4 d4b5 d4b6 d59e',
  // Cyrillic (110-116)
  'd080 d081 d082 d083 d084 d085 d0aa',
  // Coptic (117-122)
  'e2b280 e2b281 e2b282 e2b283 e2b284 e2b285',
  // Brahmi (123-127)
  'f0918080 f0918081 f0918082 f0918083 f0918085',
  // Sinhala (end) (128-133)
  'e0b6b2 e0b6b3 e0b6b4 e0b6b5 e0b6b6 e0b6b7',
  // Glagolitic (134-166)
  'e2b080 e2b081 e2b082 e2b083 e2b084 e2b085 e2b086 e2b087 e2b088 e2b089 e2b08a e2b08b e2b08c e2b08d',
  'e2b08e e2b08f e2b090 e2b091 e2b092 e2b093 e2b094 e2b095 e2b096 e2b097 e2b098 e2b099 e2b09a e2b09b',
  'e2b09c e2b09d e2b09e e2b09f e2b0a0',
  // Thai (167-210)
  'e0b881 e0b882 e0b883 e0b884 e0b885 e0b886 e0b887 e0b888 e0b889 e0b88a e0b88b e0b88c e0b88d e0b88e',
  'e0b88f e0b890 e0b891 e0b892 e0b893 e0b894 e0b895 e0b896 e0b897 e0b898 e0b899 e0b89a e0b89b e0b89c',
  'e0b89d e0b89e e0b89f e0b8a0 e0b8a1 e0b8a2 e0b8a3 e0b8a5 e0b8a7 e0b8a8 e0b8a9 e0b8aa e0b8ab e0b8ac',
  'e0b8ad e0b8ae',
  // Hangul consonants (211-224)
  'e384b1 e384b4 e384b7 e384b9 e38581 e38582 e38585 e38587 e38588 e3858a e3858b e3858c e3858d e3858e',
  // Hangul vowels (225-245)
  'e3858f e38590 e38591 e38592 e38593 e38594 e38595 e38596 e38597 e38598 e38599 e3859a e3859b e3859c',
  'e3859d e3859e e3859f e385a0 e385a1 e385a2 e385a3',
  // Ethiopic (246-274)
  'e18aa0 e18aa1 e18aa2 e18aa3 e18aa4 e18aa5 e18aa6 e18aa7 e18b88 e18b89 e18b8a e18b8b e18b8c e18b8d',
  'e18b8e e18ab0 e18ab1 e18ab2 e18ab3 e18ab4 e18ab5 e18ab6 e18c90 e18c91 e18c92 e18898 e18c94 e18c95',
  'e18c96',
  // Devanagari (275-318)
  'e0a485 e0a486 e0a487 e0a488 e0a489 e0a48a e0a48b e0a48f e0a490 e0a493 e0a494 e0a495 e0a496 e0a497',
  'e0a498 e0a499 e0a49a e0a49b e0a49c e0a49d e0a49e e0a49f e0a4a0 e0a4a1 e0a4a2 e0a4a3 e0a4a4 e0a4a5',
  'e0a4a6 e0a4a7 e0a4a8 e0a4aa e0a4ab e0a4ac e0a4ad e0a4ae e0a4af e0a4b0 e0a4b2 e0a4b5 e0a4b6 e0a4b7',
  'e0a4b8 e0a4b9',
  // Katakana (319-364)
  'e382a2 e382a4 e382a6 e382a8 e382aa e382ab e382ad e382af e382b1 e382b3 e382b5 e382b7 e382b9 e382bb',
  'e382bd e382bf e38381 e38384 e38386 e38388 e3838a e3838b e3838c e3838d e3838e e3838f e38392 e38395',
  'e38398 e3839b e3839e e3839f e383a0 e383a1 e383a2 e383a4 e383a6 e383a8 e383a9 e383aa e383ab e383ac',
  'e383ad e383af e383b2 e383b3',
  // Tifinagh (365-400)
  'e2b4b0 e2b4b1 e2b4b2 e2b4b3 e2b4b4 e2b4b5 e2b4b6 e2b4b7 e2b4b8 e2b4b9 e2b4ba e2b4bb e2b4bc e2b4bd',
  'e2b4be e2b4bf e2b580 e2b581 e2b582 e2b583 e2b584 e2b585 e2b586 e2b587 e2b588 e2b589 e2b58a e2b58b',
  'e2b58c e2b58d e2b58e e2b58f e2b590 e2b591 e2b592 e2b593',
  // Sinhala (401-438)
  'e0b685 e0b686 e0b689 e0b68a e0b68b e0b68c e0b68d e0b68e e0b68f e0b690 e0b691 e0b692 e0b693 e0b694',
  'e0b695 e0b696 e0b69a e0b69b e0b69c e0b69d e0b69e e0b6a0 e0b6a1 e0b6a2 e0b6a3 e0b6a4 e0b6a7 e0b6a5',
  'e0b6a6 e0b6a9 e0b6a8 e0b6aa e0b6ab e0b6ac e0b6ad e0b6ae e0b6af e0b6b0',
]
  .join(' ')
  .split(' ');

const fromHexString = (hex: string): Uint8Array =>
  Uint8Array.from({ length: hex.length / 2 }, (_, i) => Number.parseInt(hex.slice(2 * i, 2 * i + 2), 16));

/** `SYMBOLS`: every token symbol, as UTF-8 bytes. */
export const SYMBOLS: readonly Uint8Array[] = SYMBOL_HEX.map(fromHexString);

/** `DEFAULT_SYMBOL`: `Τ` (root's symbol, and the fallback once every symbol is taken). */
export const DEFAULT_SYMBOL: Uint8Array = SYMBOLS[0] as Uint8Array;

const sameBytes = (a: Uint8Array, b: Uint8Array): boolean =>
  a.length === b.length && a.every((byte, i) => byte === b[i]);

/** `get_symbol_for_subnet`: `SYMBOLS[netuid]`, or the default beyond the list. */
export function getSymbolForSubnet(netuid: NetUid): Uint8Array {
  return SYMBOLS[netuid] ?? DEFAULT_SYMBOL;
}

function usedSymbols(state: OverlayState): Uint8Array[] {
  return [...TokenSymbol.entries(state)].map(([, symbol]) => symbol);
}

/** The inverse of `ensure_symbol_available`: some subnet already uses the symbol. */
export function isSymbolInUse(state: OverlayState, symbol: Uint8Array): boolean {
  return usedSymbols(state).some((taken) => sameBytes(taken, symbol));
}

/** `get_next_available_symbol`: the subnet's own symbol if unused, else the first unused one (root's skipped). */
export function getNextAvailableSymbol(state: OverlayState, netuid: NetUid): Uint8Array {
  const used = usedSymbols(state);
  const isUsed = (symbol: Uint8Array) => used.some((taken) => sameBytes(taken, symbol));
  const own = getSymbolForSubnet(netuid);
  if (!isUsed(own)) return own;
  return SYMBOLS.slice(1).find((symbol) => !isUsed(symbol)) ?? DEFAULT_SYMBOL;
}

/** `ensure_symbol_exists`: one of the list (root's symbol excluded). */
export function isKnownSymbol(symbol: Uint8Array): boolean {
  return SYMBOLS.slice(1).some((known) => sameBytes(known, symbol));
}
