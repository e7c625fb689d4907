// biome-ignore-all lint/suspicious/noTemplateCurlyInString: fixtures are TypeScript source text with `${...}`
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createLineIndex, maskSource } from '../maskSource.js';

const codeOf = (text: string) => maskSource(text).code;

describe('maskSource', () => {
  it('keeps length and line breaks', () => {
    const text = "const a = 'x{'; // }\n/* {\n */ const b = `y${1}`;\r\nconst c = /[/]{2}/g;\n";
    const code = codeOf(text);
    assert.equal(code.length, text.length);
    for (let i = 0; i < text.length; i++) assert.equal(code[i] === '\n', text[i] === '\n');
  });

  it('blanks comments and string bodies but keeps the quotes', () => {
    const comment = '// Math.random()';
    assert.equal(codeOf(`f('a{b', "c}"); ${comment}`), `f('   ', "  "); ${' '.repeat(comment.length)}`);
    assert.equal(codeOf('x /* Date.now() */ + 1'), `x ${' '.repeat(16)} + 1`);
  });

  it('keeps template substitutions as code, nested templates included', () => {
    assert.equal(codeOf('`a{${b + `c${d}`}}`'), '`  ${b + ` ${d}`} `');
    assert.equal(codeOf('`${{ a: 1 }.a} }`'), '`${{ a: 1 }.a}  `');
  });

  it('reads a regex after an operator or keyword, a division after a value', () => {
    assert.equal(codeOf('x = /{"}/.test(s)'), 'x = /   /.test(s)');
    assert.equal(codeOf('return /a\\/b[/]/g'), `return /${' '.repeat(7)}/g`);
    assert.equal(codeOf('a = b / c / d'), 'a = b / c / d');
    assert.equal(codeOf('f(x) / 2 // c'), 'f(x) / 2     ');
  });

  it('falls back to a division when no regex closes on the line', () => {
    assert.equal(codeOf('a = (b) {\n/ 2'), 'a = (b) {\n/ 2');
  });

  it('ends an unterminated quote at the line end', () => {
    assert.equal(codeOf("it's\n{ }"), "it' \n{ }");
  });

  it('records strings with their lines, templates only without substitutions', () => {
    const { strings } = maskSource('import a from \'a\';\nconst t = `b`;\nconst u = `c${d}`;\n"e\\""');
    assert.deepEqual(
      strings.map((s) => [s.value, s.line]),
      [
        ['a', 1],
        ['b', 2],
        ['e\\"', 4],
      ],
    );
  });

  it('records comments with their line span', () => {
    const { comments } = maskSource('#!/usr/bin/env node\nx; // one\n/* two\nlines */');
    assert.deepEqual(
      comments.map((c) => [c.text, c.line, c.endLine]),
      [
        ['#!/usr/bin/env node', 1, 1],
        ['// one', 2, 2],
        ['/* two\nlines */', 3, 4],
      ],
    );
  });

  it('createLineIndex maps offsets to 1-based lines', () => {
    const lineOf = createLineIndex('ab\ncd\n\ne');
    assert.deepEqual([0, 2, 3, 6, 7].map(lineOf), [1, 1, 2, 3, 4]);
  });
});
