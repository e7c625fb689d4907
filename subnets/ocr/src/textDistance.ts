/**
 * Text comparison for character error rate: normalization (Unicode NFKC, so the recognizer's full-width
 * punctuation equals ASCII; typographic quotes and dashes to ASCII; whitespace runs to one space; trimmed;
 * case kept) and Levenshtein distance over code points (insert, delete, substitute: cost 1 each).
 */

const QUOTES: Readonly<Record<string, string>> = {
  '\u2018': "'",
  '\u2019': "'",
  '\u201c': '"',
  '\u201d': '"',
  '\u2013': '-',
  '\u2014': '-',
  '\u2212': '-',
};

export function normalizeOcrText(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/[\u2018\u2019\u201c\u201d\u2013\u2014\u2212]/g, (c) => QUOTES[c] ?? c)
    .replace(/\s+/g, ' ')
    .trim();
}

/** Edit distance between two strings, by code point; O(|a| x |b|) time, O(|b|) memory. */
export function levenshtein(a: string, b: string): number {
  const s = Array.from(a);
  const t = Array.from(b);
  if (s.length === 0) return t.length;
  if (t.length === 0) return s.length;
  let previous = new Uint32Array(t.length + 1);
  let current = new Uint32Array(t.length + 1);
  for (let j = 0; j <= t.length; j++) previous[j] = j;
  for (let i = 1; i <= s.length; i++) {
    current[0] = i;
    const si = s[i - 1];
    for (let j = 1; j <= t.length; j++) {
      const substitute = (previous[j - 1] as number) + (si === t[j - 1] ? 0 : 1);
      const remove = (previous[j] as number) + 1;
      const insert = (current[j - 1] as number) + 1;
      current[j] = Math.min(substitute, remove, insert);
    }
    [previous, current] = [current, previous];
  }
  return previous[t.length] as number;
}

/** Character count of a normalized text (code points). */
export function textLength(text: string): number {
  return Array.from(text).length;
}
