// biome-ignore-all lint/suspicious/noTemplateCurlyInString: fixtures are TypeScript source text with `${...}`
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { findFunctions } from '../findFunctions.js';
import { maskSource } from '../maskSource.js';

const spansOf = (text: string) => findFunctions(maskSource(text)).map((f) => [f.name, f.line, f.lines]);

describe('findFunctions', () => {
  it('finds declarations, generics, return types with object types, and anonymous function expressions', () => {
    const text = [
      'export async function a<T extends { x: 1 }>(t: T): Promise<{ y: T }> {',
      '  return { y: t };',
      '}',
      'function* gen() {',
      '  yield 1;',
      '}',
      'const h = function () {',
      '  return 1;',
      '};',
      'declare function overload(a: string): void;',
    ].join('\n');
    assert.deepEqual(spansOf(text), [
      ['a', 1, 3],
      ['gen', 4, 3],
      ['h', 7, 3],
    ]);
  });

  it('finds class and object-literal methods, accessors and constructors, not control flow or calls', () => {
    const text = [
      'class K extends mixin(Base) {',
      '  constructor(private readonly x: number) {',
      '    super();',
      '  }',
      '  async *items(): AsyncIterable<number> {',
      '    if (this.x) { yield 1; }',
      '    for (const y of list(this.x)) { call(y); }',
      '  }',
      '  get value(): { v: number } {',
      '    return { v: 1 };',
      '  }',
      '  abstractLike(a: number): void;',
      '}',
      'const o = {',
      '  m(a = {}) {',
      '    while (a) {}',
      '  },',
      '};',
    ].join('\n');
    assert.deepEqual(spansOf(text), [
      ['constructor', 2, 3],
      ['items', 5, 4],
      ['value', 9, 3],
      ['m', 15, 3],
    ]);
  });

  it('finds block-bodied arrows bound to a name, not anonymous callbacks or expression bodies', () => {
    const text = [
      'const f = async (a: number): Promise<void> => {',
      "  describe('x', () => {",
      '    it("y", () => {});',
      '  });',
      '};',
      'export const g: (a: number) => number = (a) => {',
      '  return a;',
      '};',
      'let k = <T,>(t: T) => t;',
      'class C {',
      '  handler = (e: Event) => {',
      '    return e;',
      '  };',
      '}',
      'const obj = { cb: x => {',
      '} };',
      'type Fn = (a: number) => {',
      '  x: number;',
      '};',
    ].join('\n');
    assert.deepEqual(spansOf(text), [
      ['f', 1, 5],
      ['g', 6, 3],
      ['handler', 11, 3],
      ['cb', 15, 2],
    ]);
  });

  it('is not fooled by braces in strings, comments, templates and regexes', () => {
    const text = [
      'function tricky() {',
      "  const s = '}}}';",
      '  // }',
      '  const t = `${"{"} }`;',
      '  const r = /[{]}/;',
      '  /* } */',
      '  return s + t + r;',
      '}',
    ].join('\n');
    assert.deepEqual(spansOf(text), [['tricky', 1, 8]]);
  });
});
