/**
 * `scripts/lintRuntime.ts`: the determinism rules of packages/runtime/src (docs/architecture.md §2).
 * Every rule runs on comment- and string-blanked code (maskSource.ts), so text in comments and strings never
 * trips it; code inside template substitutions `${...}` is checked.
 *
 * Environment, never allowed (the runtime has no clock, no randomness, no I/O):
 *   random        Math.random
 *   clock         Date (any use: new Date, Date.now, the type), performance.now
 *   timer         setTimeout, setInterval, setImmediate, queueMicrotask and their clear* twins
 *   process       process.*, globalThis.process.*
 *   require       require(...)
 *   node-import   an import of a Node builtin (`node:*`, `fs`, `crypto`, ...)
 * Floats, allowed on a line that has, or follows a line that has, a `// float-ok: <reason>` comment:
 *   float-literal a number literal with a fraction or an exponent (0.5, 1., .5, 1e9, 2.5e-3); integers
 *                 (1_000, 0xff, 1 << 16), bigints (10n) and `**` are not floats here
 *   float-math    Math.* except the exact integer helpers Math.imul, clz32, max, min, abs, sign
 *   parse-float   parseFloat, Number.parseFloat
 *   to-number     Number(...) (bigint to float conversion loses bits above 2^53)
 *   float-format  .toFixed, .toPrecision, .toExponential
 *   json-parse    JSON.parse (numbers come back as floats)
 * Iteration order, allowed on a line that has, or follows a line that has, a `// deterministic: <reason>`:
 *   object-order  Object.keys / values / entries / getOwnPropertyNames
 *   for-in        for (... in ...)
 *   sort-default  .sort() / .toSorted() without a comparator (numbers sort as strings)
 * Not checked (a reviewer's job): `/` on numbers, since nothing here knows number from bigint.
 * A reason is required: `// float-ok:` alone does not count. Prints `file:line: rule: excerpt`, exits 1.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isNodeBuiltin } from './checkBoundaries.js';
import { findImports } from './findImports.js';
import { findSourceFiles } from './findSourceFiles.js';
import { isMainModule } from './isMainModule.js';
import { type MaskedSource, maskSource } from './maskSource.js';

export type Exemption = 'float-ok' | 'deterministic';

export interface RuntimeRule {
  id: string;
  pattern: RegExp;
  exemption: Exemption | null;
}

const NOT_AFTER = '(?<![.\\w$])';
const END = '(?![\\w$])';
const INTEGER_MATH = new Set(['imul', 'clz32', 'max', 'min', 'abs', 'sign', 'random']);
const DIGITS = '\\d[\\d_]*';
const EXPONENT = `[eE][+-]?${DIGITS}`;
const FLOAT_LITERAL = `(?<![\\w$.])(?:${DIGITS}\\.(?:${DIGITS})?(?:${EXPONENT})?|\\.${DIGITS}(?:${EXPONENT})?|${DIGITS}${EXPONENT})(?![\\w$.])`;

export const RUNTIME_RULES: readonly RuntimeRule[] = [
  { id: 'random', pattern: new RegExp(`${NOT_AFTER}Math\\s*\\.\\s*random${END}`, 'g'), exemption: null },
  {
    id: 'clock',
    pattern: new RegExp(`${NOT_AFTER}(?:Date${END}|performance\\s*\\.\\s*now${END})`, 'g'),
    exemption: null,
  },
  {
    id: 'timer',
    pattern:
      /(?<![\w$])(?:set|clear)(?:Timeout|Interval|Immediate)(?![\w$])|(?<![\w$])queueMicrotask(?![\w$])/g,
    exemption: null,
  },
  {
    id: 'process',
    pattern: new RegExp(`${NOT_AFTER}(?:globalThis\\s*\\.\\s*)?process\\s*\\.`, 'g'),
    exemption: null,
  },
  { id: 'require', pattern: new RegExp(`${NOT_AFTER}require\\s*\\(`, 'g'), exemption: null },
  { id: 'float-literal', pattern: new RegExp(FLOAT_LITERAL, 'g'), exemption: 'float-ok' },
  {
    id: 'float-math',
    pattern: new RegExp(`${NOT_AFTER}Math\\s*\\.\\s*([\\w$]+)`, 'g'),
    exemption: 'float-ok',
  },
  { id: 'parse-float', pattern: /(?<![\w$])parseFloat(?![\w$])/g, exemption: 'float-ok' },
  { id: 'to-number', pattern: new RegExp(`${NOT_AFTER}Number\\s*\\(`, 'g'), exemption: 'float-ok' },
  {
    id: 'float-format',
    pattern: /\.\s*(?:toFixed|toPrecision|toExponential)(?![\w$])/g,
    exemption: 'float-ok',
  },
  {
    id: 'json-parse',
    pattern: new RegExp(`${NOT_AFTER}JSON\\s*\\.\\s*parse${END}`, 'g'),
    exemption: 'float-ok',
  },
  {
    id: 'object-order',
    pattern: new RegExp(
      `${NOT_AFTER}Object\\s*\\.\\s*(?:keys|values|entries|getOwnPropertyNames)${END}`,
      'g',
    ),
    exemption: 'deterministic',
  },
  {
    id: 'for-in',
    pattern: new RegExp(`${NOT_AFTER}for\\s*\\(\\s*(?:(?:const|let|var)\\s+)?[\\w$]+\\s+in${END}`, 'g'),
    exemption: 'deterministic',
  },
  { id: 'sort-default', pattern: /\.\s*(?:sort|toSorted)\s*\(\s*\)/g, exemption: 'deterministic' },
];

export interface RuntimeFinding {
  file: string;
  line: number;
  rule: string;
  excerpt: string;
}

export function formatRuntimeFinding(f: RuntimeFinding): string {
  return `${f.file}:${f.line}: ${f.rule}: ${f.excerpt}`;
}

/** Lines carrying (or spanned by a comment carrying) each exemption tag followed by a reason. */
function exemptionLines(source: MaskedSource): Map<Exemption, Set<number>> {
  const lines = new Map<Exemption, Set<number>>([
    ['float-ok', new Set()],
    ['deterministic', new Set()],
  ]);
  for (const comment of source.comments) {
    for (const m of comment.text.matchAll(/(?<![\w-])(float-ok|deterministic):[ \t]*[^\s*]/g)) {
      const set = lines.get(m[1] as Exemption)!;
      for (let line = comment.line; line <= comment.endLine; line++) set.add(line);
    }
  }
  return lines;
}

function isFinding(rule: RuntimeRule, match: RegExpMatchArray): boolean {
  return rule.id !== 'float-math' || !INTEGER_MATH.has(match[1] ?? '');
}

export function lintRuntimeSource(file: string, text: string): RuntimeFinding[] {
  const source = maskSource(text);
  const rawLines = text.split('\n');
  const exempt = exemptionLines(source);
  const findings: RuntimeFinding[] = [];
  const add = (line: number, rule: string) => {
    const excerpt = (rawLines[line - 1] ?? '').trim().slice(0, 120);
    findings.push({ file, line, rule, excerpt });
  };
  for (const rule of RUNTIME_RULES) {
    for (const match of source.code.matchAll(rule.pattern)) {
      if (!isFinding(rule, match)) continue;
      const line = source.lineOf(match.index);
      const tagged = rule.exemption === null ? undefined : exempt.get(rule.exemption);
      if (tagged?.has(line) || tagged?.has(line - 1)) continue;
      add(line, rule.id);
    }
  }
  for (const imp of findImports(source)) if (isNodeBuiltin(imp.specifier)) add(imp.line, 'node-import');
  return findings.sort((a, b) => a.line - b.line || a.rule.localeCompare(b.rule));
}

export const RUNTIME_SCOPE = 'packages/runtime/src';

export interface RuntimeLintReport {
  files: number;
  findings: RuntimeFinding[];
}

export function lintRuntime(root: string): RuntimeLintReport {
  const files = findSourceFiles(root, [RUNTIME_SCOPE]);
  const findings = files.flatMap((file) => lintRuntimeSource(file, readFileSync(join(root, file), 'utf8')));
  return { files: files.length, findings };
}

/** Prints the findings; the exit code. */
export function runRuntimeLint(root: string): number {
  const { files, findings } = lintRuntime(root);
  for (const f of findings) console.error(formatRuntimeFinding(f));
  if (findings.length > 0) {
    console.error(
      `lintRuntime: ${findings.length} finding(s) in ${files} files (justify a genuine float with ` +
        '`// float-ok: <reason>`, an ordered iteration with `// deterministic: <reason>`)',
    );
    return 1;
  }
  console.log(`lintRuntime: ${files} files of ${RUNTIME_SCOPE}, deterministic`);
  return 0;
}

if (isMainModule(import.meta.url)) process.exitCode = runRuntimeLint(join(import.meta.dirname, '..'));
