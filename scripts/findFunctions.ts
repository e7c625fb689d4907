/**
 * Functions with a block body in `maskSource` output, with their line spans, found by brace matching:
 * - `function` declarations and expressions (`function name(...) {`, `async function*`, anonymous);
 * - methods and object-literal methods (`name(...) {`, `async name<T>(...): Type {`, `get name() {`,
 *   `constructor(...) {`), whatever precedes them (modifiers, decorators);
 * - arrow functions with a block body bound to a name: `const name = (...) => {`, `let`/`var`, class fields
 *   `name = async (...) => {` and properties `name: (...) => {`.
 * Anonymous arrow callbacks (`it('...', () => {`) are not functions of their own here: they count inside
 * the function that contains them. Computed method names (`[Symbol.iterator]() {`) are not seen.
 */
import type { MaskedSource } from './maskSource.js';

export interface FunctionSpan {
  name: string;
  /** 1-based lines of the name (or `function` keyword) and of the closing brace */
  line: number;
  endLine: number;
  lines: number;
}

const NOT_METHOD_NAMES = new Set(
  (
    'if for while switch catch with function return typeof await yield new super import void delete throw ' +
    'in of instanceof case do else this keyof extends implements as satisfies'
  ).split(' '),
);
const OPEN = '([{<';
const TYPE_BEFORE_BRACE = [':', '|', '&', ',', '(', '<', '?', '=>'];
const CLOSE = ')]}>';

/** Offset of the bracket closing the one at `open` (any of ()[]{}), or -1. */
export function matchBracket(code: string, open: number): number {
  let depth = 0;
  for (let i = open; i < code.length; i++) {
    const c = code[i]!;
    if (c === '(' || c === '[' || c === '{') depth++;
    else if (c === ')' || c === ']' || c === '}') {
      depth--;
      if (depth === 0) return i;
      if (depth < 0) return -1;
    }
  }
  return -1;
}

function skipSpace(code: string, i: number): number {
  while (i < code.length && /\s/.test(code[i]!)) i++;
  return i;
}

/** Past a generic parameter list `<...>` at `i` (or `i` when there is none); -1 when `<` is not one. */
function skipGenerics(code: string, i: number): number {
  if (code[i] !== '<') return i;
  const stack: string[] = [];
  for (let j = i; j < code.length; j++) {
    const c = code[j]!;
    if (c === '=' && code[j + 1] === '>') j++;
    else if (OPEN.includes(c)) stack.push(CLOSE[OPEN.indexOf(c)]!);
    else if (CLOSE.includes(c)) {
      if (stack.pop() !== c) return -1;
      if (stack.length === 0) return j + 1;
    } else if (c === ';') return -1;
  }
  return -1;
}

type TypeEnd = 'body' | 'arrow' | 'assign';

/**
 * From just after a type annotation's `:`, the offset where the type ends: the function body `{` (`body`),
 * the `=>` of an arrow (`arrow`) or the `=` of an initializer (`assign`); -1 when something else ends it.
 * A `{` right after `:`, `|`, `&`, `,`, `(`, `<`, `?` or `=>` opens an object type; any other `{` at depth 0
 * is the body.
 */
function skipType(code: string, i: number, end: TypeEnd): number {
  let depth = 0;
  let prev = ':';
  for (; i < code.length; i++) {
    const c = code[i]!;
    if (/\s/.test(c)) continue;
    if (c === '=' && code[i + 1] === '>') {
      if (depth === 0 && end === 'arrow') return i;
      prev = '=>';
      i++;
      continue;
    }
    if (depth === 0) {
      if (c === '{' && end === 'body' && !TYPE_BEFORE_BRACE.includes(prev)) return i;
      if (c === '=' && end === 'assign' && code[i + 1] !== '=') return i;
      if (';,)]}='.includes(c)) return -1;
    }
    if (OPEN.includes(c)) depth++;
    else if (CLOSE.includes(c) && --depth < 0) return -1;
    prev = c;
  }
  return -1;
}

/** The body `{` of a function whose parameter list opens at `i` (after any generics), or -1. */
function bodyAfterParams(code: string, i: number): number {
  if (code[i] !== '(') return -1;
  const close = matchBracket(code, i);
  if (close === -1) return -1;
  let j = skipSpace(code, close + 1);
  if (code[j] === ':') j = skipType(code, j + 1, 'body');
  return j !== -1 && code[j] === '{' ? j : -1;
}

/** The body `{` of an arrow function starting at `i` (`async`? generics? params, `=>`, `{`), or -1. */
function arrowBody(code: string, i: number): number {
  i = skipSpace(code, i);
  const asyncWord = /^async(?![\w$])\s*/.exec(code.slice(i, i + 16));
  if (asyncWord !== null && /[(<\w$]/.test(code[i + asyncWord[0].length] ?? '')) i += asyncWord[0].length;
  i = skipGenerics(code, i);
  if (i === -1) return -1;
  if (code[i] === '(') {
    const close = matchBracket(code, i);
    if (close === -1) return -1;
    i = skipSpace(code, close + 1);
    if (code[i] === ':') i = skipType(code, i + 1, 'arrow');
  } else {
    const param = /^[\w$]+\s*/.exec(code.slice(i, i + 200));
    if (param === null) return -1;
    i += param[0].length;
  }
  if (i === -1 || code[i] !== '=' || code[i + 1] !== '>') return -1;
  i = skipSpace(code, i + 2);
  return code[i] === '{' ? i : -1;
}

type Candidate = { name: string; start: number; body: number };

function functionKeywords(code: string): Candidate[] {
  const found: Candidate[] = [];
  for (const m of code.matchAll(/(?<![.\w$])function(?![\w$])\s*\*?\s*([\w$]*)\s*/g)) {
    const generics = skipGenerics(code, m.index + m[0].length);
    const body = generics === -1 ? -1 : bodyAfterParams(code, skipSpace(code, generics));
    if (body === -1) continue;
    const boundTo = /([\w$#]+)\s*[?!]?\s*(?:=|:)\s*(?:async\s+)?$/.exec(
      code.slice(Math.max(0, m.index - 200), m.index),
    );
    found.push({ name: m[1] || boundTo?.[1] || '(anonymous)', start: m.index, body });
  }
  return found;
}

function methods(code: string): Candidate[] {
  const found: Candidate[] = [];
  for (const m of code.matchAll(/(?<![.\w$])([\w$#]+)\s*[?!]?\s*(?=[(<])/g)) {
    const name = m[1]!;
    if (NOT_METHOD_NAMES.has(name) || /^\d/.test(name)) continue;
    if (/(?<![.\w$])(?:extends|implements)\s*$/.test(code.slice(Math.max(0, m.index - 40), m.index)))
      continue;
    const generics = skipGenerics(code, m.index + m[0].length);
    const body = generics === -1 ? -1 : bodyAfterParams(code, skipSpace(code, generics));
    if (body !== -1) found.push({ name, start: m.index, body });
  }
  return found;
}

function namedArrows(code: string): Candidate[] {
  const found: Candidate[] = [];
  for (const m of code.matchAll(/(?<![.\w$])(?:const|let|var)\s+([\w$]+)\s*(:?)/g)) {
    let i = m.index + m[0].length;
    if (m[2] === ':') i = skipType(code, i, 'assign');
    if (i === -1 || code[i] !== '=') continue;
    const body = arrowBody(code, i + 1);
    if (body !== -1) found.push({ name: m[1]!, start: m.index, body });
  }
  for (const m of code.matchAll(/(?<![.\w$])([\w$#]+)\s*[?!]?\s*(?:=(?![=>])|:)/g)) {
    if (/(?<![.\w$])type\s+$/.test(code.slice(Math.max(0, m.index - 20), m.index))) continue; // a function type
    const body = arrowBody(code, m.index + m[0].length);
    if (body !== -1) found.push({ name: m[1]!, start: m.index, body });
  }
  return found;
}

export function findFunctions(source: MaskedSource): FunctionSpan[] {
  const { code } = source;
  const byBody = new Map<number, Candidate>();
  for (const c of [...functionKeywords(code), ...namedArrows(code), ...methods(code)]) {
    if (!byBody.has(c.body)) byBody.set(c.body, c);
  }
  const spans: FunctionSpan[] = [];
  for (const c of [...byBody.values()].sort((a, b) => a.start - b.start)) {
    const close = matchBracket(code, c.body);
    if (close === -1) continue;
    const line = source.lineOf(c.start);
    const endLine = source.lineOf(close);
    spans.push({ name: c.name, line, endLine, lines: endLine - line + 1 });
  }
  return spans;
}
