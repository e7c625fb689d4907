/**
 * A hand-made lexer pass over TypeScript source, for the quality scripts (TypeScript 7 has no JS API).
 *
 * `maskSource(text).code` has the same length and the same line breaks as `text`, with every comment blanked
 * and the body of every string, template literal and regex literal blanked (their delimiters stay, so
 * `'x'` becomes `' '`). Template substitutions (`${...}`) stay code. What is left is code only: keywords,
 * identifiers, numbers, punctuation, so brace matching and regexes over it are not fooled by text.
 *
 * Limits, all local to one line: a `/` is read as a regex when the previous token cannot end an expression
 * (an operator, `(`, `,`, a keyword such as `return`...), else as division; a regex or a quoted string that
 * reaches the end of its line is taken as not one. JSX text is not understood (an apostrophe in it opens a
 * string that ends with the line).
 */

export interface StringLiteral {
  /** offset of the opening quote */
  start: number;
  /** 1-based line of the opening quote */
  line: number;
  /** the raw text between the quotes (escapes left as written) */
  value: string;
}

export interface SourceComment {
  start: number;
  /** 1-based lines of the first and last character */
  line: number;
  endLine: number;
  /** the comment including its `//` or `/* ... *\/` */
  text: string;
}

export interface MaskedSource {
  code: string;
  /** quoted strings and templates without substitutions, in source order */
  strings: StringLiteral[];
  comments: SourceComment[];
  /** 1-based line of an offset */
  lineOf(offset: number): number;
}

interface Scanner {
  text: string;
  pos: number;
  chunks: string[];
  strings: StringLiteral[];
  comments: SourceComment[];
  /** one counter of open `{` per template substitution we are inside */
  templateBraces: number[];
  /** the last significant token, to tell a regex from a division */
  last: string;
  lineOf(offset: number): number;
}

const REGEX_AFTER_WORD = new Set([
  'return',
  'typeof',
  'instanceof',
  'in',
  'of',
  'new',
  'delete',
  'void',
  'throw',
  'case',
  'do',
  'else',
  'yield',
  'await',
]);
const REGEX_AFTER_PUNCT = '(,=:[!&|?{};+-*%<>~^';
const WORD_CHAR = /[\p{ID_Continue}$#\u200c\u200d]/u;

export function createLineIndex(text: string): (offset: number) => number {
  const starts = [0];
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) starts.push(i + 1);
  return (offset) => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((starts[mid] ?? 0) <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo + 1;
  };
}

/** Spaces for every character but line breaks. */
export function blank(text: string): string {
  return text.replace(/[^\r\n]/g, ' ');
}

export function maskSource(text: string): MaskedSource {
  const lineOf = createLineIndex(text);
  const s: Scanner = {
    text,
    pos: 0,
    chunks: [],
    strings: [],
    comments: [],
    templateBraces: [],
    last: '',
    lineOf,
  };
  if (text.startsWith('#!')) scanLineComment(s);
  while (s.pos < text.length) scanToken(s);
  return { code: s.chunks.join(''), strings: s.strings, comments: s.comments, lineOf };
}

function scanToken(s: Scanner): void {
  const c = s.text[s.pos] ?? '';
  const next = s.text[s.pos + 1] ?? '';
  if (c === '/' && next === '/') scanLineComment(s);
  else if (c === '/' && next === '*') scanBlockComment(s);
  else if (c === "'" || c === '"') scanQuoted(s, c);
  else if (c === '`') {
    s.chunks.push('`');
    s.pos++;
    scanTemplateText(s, s.pos - 1);
  } else if (c === '/' && isRegexAllowed(s.last) && scanRegex(s)) s.last = 'regex';
  else scanCode(s, c);
}

function isRegexAllowed(last: string): boolean {
  if (last === '' || last === '}') return true;
  if (last.length === 1 && REGEX_AFTER_PUNCT.includes(last)) return true;
  return REGEX_AFTER_WORD.has(last);
}

function scanCode(s: Scanner, c: string): void {
  const depths = s.templateBraces;
  if (c === '}' && depths.length > 0 && depths[depths.length - 1] === 0) {
    depths.pop();
    s.chunks.push('}');
    s.pos++;
    scanTemplateText(s, -1);
    return;
  }
  if (WORD_CHAR.test(c)) {
    let end = s.pos + 1;
    while (end < s.text.length && WORD_CHAR.test(s.text[end] ?? '')) end++;
    s.last = s.text.slice(s.pos, end);
    s.chunks.push(s.last);
    s.pos = end;
    return;
  }
  if (depths.length > 0 && (c === '{' || c === '}')) depths[depths.length - 1]! += c === '{' ? 1 : -1;
  if (!/\s/.test(c)) s.last = c;
  s.chunks.push(c);
  s.pos++;
}

function scanLineComment(s: Scanner): void {
  let end = s.text.indexOf('\n', s.pos);
  if (end === -1) end = s.text.length;
  if (s.text[end - 1] === '\r') end--;
  const body = s.text.slice(s.pos, end);
  const line = s.lineOf(s.pos);
  s.comments.push({ start: s.pos, line, endLine: line, text: body });
  s.chunks.push(blank(body));
  s.pos = end;
}

function scanBlockComment(s: Scanner): void {
  const close = s.text.indexOf('*/', s.pos + 2);
  const end = close === -1 ? s.text.length : close + 2;
  const body = s.text.slice(s.pos, end);
  s.comments.push({ start: s.pos, line: s.lineOf(s.pos), endLine: s.lineOf(end - 1), text: body });
  s.chunks.push(blank(body));
  s.pos = end;
}

function scanQuoted(s: Scanner, quote: string): void {
  const start = s.pos;
  let i = start + 1;
  while (i < s.text.length) {
    const c = s.text[i];
    if (c === '\\') i += s.text.startsWith('\r\n', i + 1) ? 3 : 2;
    else if (c === quote || c === '\n' || c === '\r') break;
    else i++;
  }
  const closed = s.text[i] === quote;
  const value = s.text.slice(start + 1, Math.min(i, s.text.length));
  s.strings.push({ start, line: s.lineOf(start), value });
  s.chunks.push(quote, blank(value), closed ? quote : '');
  s.pos = closed ? i + 1 : i;
  s.last = 'string';
}

/**
 * The literal text of a template from `s.pos` (just after a backtick or a substitution's `}`) up to the
 * closing backtick or the next `${`. `start` is the opening backtick when this is the first piece.
 */
function scanTemplateText(s: Scanner, start: number): void {
  let i = s.pos;
  while (i < s.text.length) {
    const c = s.text[i];
    if (c === '\\') i += 2;
    else if (c === '`' || (c === '$' && s.text[i + 1] === '{')) break;
    else i++;
  }
  i = Math.min(i, s.text.length);
  const value = s.text.slice(s.pos, i);
  s.chunks.push(blank(value));
  if (s.text[i] === '`') {
    if (start >= 0) s.strings.push({ start, line: s.lineOf(start), value });
    s.chunks.push('`');
    s.pos = i + 1;
    s.last = 'string';
  } else if (i < s.text.length) {
    s.chunks.push('${');
    s.pos = i + 2;
    s.templateBraces.push(0);
    s.last = '{';
  } else s.pos = i;
}

/** A regex literal from the `/` at `s.pos`; false (nothing consumed) when the line ends first. */
function scanRegex(s: Scanner): boolean {
  let i = s.pos + 1;
  let inClass = false;
  for (;;) {
    const c = s.text[i];
    if (c === undefined || c === '\n' || c === '\r') return false;
    if (c === '\\') i += 2;
    else if (c === '/' && !inClass) break;
    else {
      if (c === '[') inClass = true;
      else if (c === ']') inClass = false;
      i++;
    }
  }
  let end = i + 1;
  while (end < s.text.length && /[a-z]/i.test(s.text[end] ?? '')) end++;
  s.chunks.push('/', blank(s.text.slice(s.pos + 1, i)), s.text.slice(i, end));
  s.pos = end;
  return true;
}
