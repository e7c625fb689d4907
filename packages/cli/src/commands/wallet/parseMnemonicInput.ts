/**
 * A mnemonic as typed: plain words, or btcli's numbered form (`1-horse 2-cart ...`, any order), which must
 * number the words 1..n without gaps. Whitespace and case are normalised by the SDK.
 */
import { UsageError } from '../../errors/cliErrors.js';

export function parseMnemonicInput(text: string): string {
  const words = text.trim().split(/\s+/);
  if (!words.every((w) => /^\d+-\S+$/.test(w))) return text;
  const numbered = words.map((w) => {
    const dash = w.indexOf('-');
    return { n: Number(w.slice(0, dash)), word: w.slice(dash + 1) };
  });
  numbered.sort((a, b) => a.n - b.n);
  if (numbered.some((entry, i) => entry.n !== i + 1)) {
    throw new UsageError('a numbered mnemonic must number its words 1, 2, 3... without gaps or repeats');
  }
  return numbered.map((entry) => entry.word).join(' ');
}
