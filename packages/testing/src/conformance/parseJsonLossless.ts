/**
 * `JSON.parse` that keeps every integer exact: an integer literal outside the safe range
 * (|v| > 2^53 - 1) becomes its decimal string, the encoding the vector schemas use for big integers.
 * Some vector files write such integers as bare numbers; plain `JSON.parse` would round them.
 */
const NUMBER = /-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const MAX_SAFE = BigInt(Number.MAX_SAFE_INTEGER);

function isUnsafeInteger(literal: string): boolean {
  if (/[.eE]/.test(literal)) return false;
  const value = BigInt(literal);
  return value > MAX_SAFE || value < -MAX_SAFE;
}

/** Rewrites unsafe integer literals (outside strings) as JSON strings. */
export function quoteUnsafeIntegers(text: string): string {
  let out = '';
  let copiedUpTo = 0;
  let i = 0;
  while (i < text.length) {
    const ch = text[i]!;
    if (ch === '"') {
      i++;
      while (i < text.length && text[i] !== '"') i += text[i] === '\\' ? 2 : 1;
      i++;
      continue;
    }
    if (ch === '-' || (ch >= '0' && ch <= '9')) {
      NUMBER.lastIndex = i;
      const match = NUMBER.exec(text);
      if (match === null) {
        i++;
        continue;
      }
      const literal = match[0];
      if (isUnsafeInteger(literal)) {
        out += `${text.slice(copiedUpTo, i)}"${literal}"`;
        copiedUpTo = i + literal.length;
      }
      i += literal.length;
      continue;
    }
    i++;
  }
  return out + text.slice(copiedUpTo);
}

export function parseJsonLossless(text: string): unknown {
  return JSON.parse(quoteUnsafeIntegers(text));
}
