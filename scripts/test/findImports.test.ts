// biome-ignore-all lint/suspicious/noTemplateCurlyInString: fixtures are TypeScript source text with `${...}`
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { findImports } from '../findImports.js';
import { maskSource } from '../maskSource.js';

const importsOf = (text: string) =>
  findImports(maskSource(text)).map((i) => [i.specifier, i.line, i.kind, i.typeOnly] as const);

describe('findImports', () => {
  it('finds static, side-effect, re-export, dynamic and require specifiers', () => {
    const text = [
      "import { a } from '@taonet/primitives';",
      "import 'side-effect';",
      "export * from './x.js';",
      "export { b } from './y.js';",
      "const m = await import('node:fs');",
      "const r = require('cjs');",
      'import {',
      '  c,',
      "} from '../multi.js';",
    ].join('\n');
    assert.deepEqual(importsOf(text), [
      ['@taonet/primitives', 1, 'static', false],
      ['side-effect', 2, 'side-effect', false],
      ['./x.js', 3, 'static', false],
      ['./y.js', 4, 'static', false],
      ['node:fs', 5, 'dynamic', false],
      ['cjs', 6, 'require', false],
      ['../multi.js', 9, 'static', false],
    ]);
  });

  it('tells type-only imports from inline type specifiers and a default named `type`', () => {
    const text = [
      "import type { A } from 'a';",
      "import type B from 'b';",
      "export type { C } from 'c';",
      "import { type D } from 'd';",
      "import type from 'e';",
      "import type, { f } from 'f';",
      "type G = typeof import('g');",
    ].join('\n');
    assert.deepEqual(
      importsOf(text).map(([spec, , , typeOnly]) => [spec, typeOnly]),
      [
        ['a', true],
        ['b', true],
        ['c', true],
        ['d', false],
        ['e', false],
        ['f', false],
        ['g', true],
      ],
    );
  });

  it('ignores specifier-like text in comments, strings and templates, and other strings', () => {
    const text = [
      "// import x from '@taonet/runtime';",
      "/* import('node:fs') */ const s = \"import y from 'z'\";",
      "const t = `from '${'@taonet/sdk'}'`;",
      "const from = 'not-an-import'; Array.from('abc'); x.import('q');",
    ].join('\n');
    assert.deepEqual(importsOf(text), []);
  });
});
