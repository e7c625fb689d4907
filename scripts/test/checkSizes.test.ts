// biome-ignore-all lint/suspicious/noTemplateCurlyInString: fixtures are TypeScript source text with `${...}`
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { checkFileSizes, countLines, formatSizeFinding } from '../checkSizes.js';

const body = (lines: number) =>
  Array.from({ length: lines }, (_, i) => `  const v${i} = '}'; // {`).join('\n');
const fn = (name: string, bodyLines: number) => `function ${name}() {\n${body(bodyLines)}\n}`;

describe('checkSizes', () => {
  it('counts lines without an extra one for the final line break', () => {
    assert.deepEqual(
      [countLines(''), countLines('a'), countLines('a\n'), countLines('a\nb'), countLines('\n\n')],
      [0, 1, 1, 2, 2],
    );
  });

  it('passes small files and functions', () => {
    assert.deepEqual(checkFileSizes('a.ts', `${fn('small', 98)}\n`), []);
  });

  it('warns for functions over 100 lines and fails over 150', () => {
    const text = `${fn('ok', 98)}\n${fn('long', 99)}\n${fn('huge', 149)}\n`;
    assert.deepEqual(checkFileSizes('a.ts', text).map(formatSizeFinding), [
      'a.ts:101: warning: function long has 101 lines (warn > 100)',
      'a.ts:202: error: function huge has 151 lines (max 150)',
    ]);
  });

  it('warns for files over 400 lines and fails over 800', () => {
    const lines = (n: number) => 'x;\n'.repeat(n);
    assert.deepEqual(checkFileSizes('b.ts', lines(400)), []);
    assert.deepEqual(checkFileSizes('b.ts', lines(401)).map(formatSizeFinding), [
      'b.ts:1: warning: file has 401 lines (aim < 400): split it',
    ]);
    assert.equal(checkFileSizes('b.ts', lines(801))[0]?.level, 'error');
  });

  it('measures methods and arrows too, braces in strings, comments, templates and regexes ignored', () => {
    const text = [
      'class A {',
      '  method(): { a: number } {',
      body(150),
      '    const t = `}}${"}"}`; const r = /}/;',
      '  }',
      '}',
      'const arrow = async () => {',
      body(100),
      '};',
    ].join('\n');
    assert.deepEqual(checkFileSizes('c.ts', text).map(formatSizeFinding), [
      'c.ts:2: error: function method has 153 lines (max 150)',
      'c.ts:156: warning: function arrow has 102 lines (warn > 100)',
    ]);
  });
});
