// biome-ignore-all lint/suspicious/noTemplateCurlyInString: fixtures are TypeScript source text with `${...}`
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { formatRuntimeFinding, lintRuntimeSource } from '../lintRuntime.js';

const rulesOf = (text: string) => lintRuntimeSource('f.ts', text).map((f) => `${f.line}:${f.rule}`);

describe('lintRuntime', () => {
  it('reports the environment rules, with no exemption', () => {
    const text = [
      'const r = Math.random(); // float-ok: no',
      'const d = new Date(); const n = Date.now();',
      'const p = performance.now();',
      'setTimeout(f, 1); queueMicrotask(f); globalThis.setInterval(f, 1);',
      'const e = process.env.X; const g = globalThis.process.argv;',
      "const m = require('x');",
      "import { readFileSync } from 'node:fs';",
      "import type { Hash } from 'crypto';",
    ].join('\n');
    assert.deepEqual(rulesOf(text), [
      '1:random',
      '2:clock',
      '2:clock',
      '3:clock',
      '4:timer',
      '4:timer',
      '4:timer',
      '5:process',
      '5:process',
      '6:require',
      '7:node-import',
      '8:node-import',
    ]);
  });

  it('reports float rules unless the line or the line before says float-ok with a reason', () => {
    const text = [
      'const a = 0.5 + .25 + 1e-9 + 2E3 + 1.;',
      'const b = Math.floor(x) + Math.pow(2, 3) + Math.sqrt(y) + Math.PI;',
      'const c = parseFloat(s) + Number.parseFloat(s) + Number(big);',
      'const d = x.toFixed(2) + JSON.parse(s);',
      'const e = 0.5; // float-ok: subtensor writes from_num(0.5)',
      '// float-ok: the Rust source uses an f64 literal here',
      'const f = Math.log2(1.5);',
      'const g = 0.5; // float-ok',
      '/* float-ok: block comments count too */ const h = 1.5;',
    ].join('\n');
    assert.deepEqual(rulesOf(text), [
      '1:float-literal',
      '1:float-literal',
      '1:float-literal',
      '1:float-literal',
      '1:float-literal',
      '2:float-math',
      '2:float-math',
      '2:float-math',
      '2:float-math',
      '3:parse-float',
      '3:parse-float',
      '3:to-number',
      '4:float-format',
      '4:json-parse',
      '8:float-literal',
    ]);
  });

  it('allows ordinary integer and bigint code', () => {
    const text = [
      'const a = xs[xs.length - 1]! + 1_000_000 + 0xff + 0b1010 + 0o17 + (1 << 16) + 2 ** 32;',
      'const b = 10n ** 18n / 3n + BigInt(n) + BigInt.asUintN(64, x);',
      'const c = Math.max(a, b) + Math.min(a, b) + Math.imul(a, b) + Math.abs(a) + Math.clz32(a) + Math.sign(a);',
      'const d = Number.isSafeInteger(a) && Number.MAX_SAFE_INTEGER > a;',
      'const e = obj.Date + this.process.y + foo.require(1) + myNumber(2) + toNumberish(3);',
      'xs.sort((p, q) => p - q); const s = xs.toSorted(compare);',
      'for (const k of keys) for (let i = 0; i < n; i++) {}',
      'const v1 = obj.v1.x; const ip = a?.b;',
      'const t = `${n}.${m}`;',
    ].join('\n');
    assert.deepEqual(rulesOf(text), []);
  });

  it('ignores comments, strings, templates and regex literals', () => {
    const text = [
      '// Math.random() and 0.5 and Date.now() in a comment',
      '/** 1e9 rao = 1.0 TAO; Object.keys(x) */',
      "const s = 'Math.random() 0.5 process.env';",
      'const t = `Date.now() 2.5 ${count} items`;',
      'const r = /\\d+\\.\\d+|Math\\.random/;',
    ].join('\n');
    assert.deepEqual(rulesOf(text), []);
  });

  it('checks code inside template substitutions', () => {
    assert.deepEqual(rulesOf('const t = `${Math.random()} ${x.toFixed(1)}`;'), [
      '1:float-format',
      '1:random',
    ]);
  });

  it('reports unordered iteration unless marked deterministic', () => {
    const text = [
      'for (const k of Object.keys(o)) {}',
      'for (const k in o) {}',
      'const s = xs.sort();',
      'const e = Object.entries(o); // deterministic: insertion order of a literal',
      '// deterministic: string keys sort by UTF-16 code units',
      'const t = [...m.keys()].sort();',
      'const u = xs.toSorted(); // float-ok: the wrong tag',
    ].join('\n');
    assert.deepEqual(rulesOf(text), ['1:object-order', '2:for-in', '3:sort-default', '7:sort-default']);
  });

  it('formats findings as file:line: rule: excerpt', () => {
    const [finding] = lintRuntimeSource('packages/runtime/src/x.ts', '\n  const a = 0.5;  \n');
    assert.equal(
      formatRuntimeFinding(finding!),
      'packages/runtime/src/x.ts:2: float-literal: const a = 0.5;',
    );
  });
});
