/**
 * `scripts/checkSizes.ts`: the size budgets of docs/architecture.md.
 *
 * Files: warn over 400 lines, fail over 800. Functions (see findFunctions.ts: declarations, methods,
 * object-literal methods, block-bodied arrows bound to a name): warn over 100 lines, fail over 150, counted
 * from the line of the name to the line of the closing brace on comment- and string-blanked source.
 * Scope: every .ts/.tsx/.mts/.cts file under packages, apps, subnets and scripts (not node_modules, dist or
 * dot-folders). Prints warnings and failures as `file:line: ...`; exits 1 when anything fails.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { findFunctions } from './findFunctions.js';
import { findSourceFiles } from './findSourceFiles.js';
import { isMainModule } from './isMainModule.js';
import { maskSource } from './maskSource.js';

export const FILE_WARN_LINES = 400;
export const FILE_MAX_LINES = 800;
export const FUNCTION_WARN_LINES = 100;
export const FUNCTION_MAX_LINES = 150;
export const SIZE_SCOPE = ['packages', 'apps', 'subnets', 'scripts'];

export interface SizeFinding {
  file: string;
  line: number;
  level: 'warning' | 'error';
  message: string;
}

export function formatSizeFinding(f: SizeFinding): string {
  return `${f.file}:${f.line}: ${f.level}: ${f.message}`;
}

/** Lines of a text; a final line break does not start another line. */
export function countLines(text: string): number {
  if (text === '') return 0;
  const breaks = text.split('\n').length - 1;
  return text.endsWith('\n') ? breaks : breaks + 1;
}

export function checkFileSizes(file: string, text: string): SizeFinding[] {
  const findings: SizeFinding[] = [];
  const lines = countLines(text);
  if (lines > FILE_WARN_LINES) {
    const level = lines > FILE_MAX_LINES ? 'error' : 'warning';
    const limit = level === 'error' ? `max ${FILE_MAX_LINES}` : `aim < ${FILE_WARN_LINES}`;
    findings.push({ file, line: 1, level, message: `file has ${lines} lines (${limit}): split it` });
  }
  for (const fn of findFunctions(maskSource(text))) {
    if (fn.lines <= FUNCTION_WARN_LINES) continue;
    const level = fn.lines > FUNCTION_MAX_LINES ? 'error' : 'warning';
    const limit = level === 'error' ? `max ${FUNCTION_MAX_LINES}` : `warn > ${FUNCTION_WARN_LINES}`;
    findings.push({
      file,
      line: fn.line,
      level,
      message: `function ${fn.name} has ${fn.lines} lines (${limit})`,
    });
  }
  return findings;
}

export interface SizeReport {
  files: number;
  findings: SizeFinding[];
}

export function checkSizes(root: string): SizeReport {
  const files = findSourceFiles(root, SIZE_SCOPE);
  const findings = files.flatMap((file) => checkFileSizes(file, readFileSync(join(root, file), 'utf8')));
  return { files: files.length, findings };
}

/** Prints warnings and failures; the exit code. */
export function runSizeCheck(root: string): number {
  const { files, findings } = checkSizes(root);
  const errors = findings.filter((f) => f.level === 'error');
  for (const f of findings) (f.level === 'error' ? console.error : console.log)(formatSizeFinding(f));
  const summary = `checkSizes: ${files} files, ${errors.length} over the limit, ${findings.length - errors.length} warning(s)`;
  (errors.length > 0 ? console.error : console.log)(summary);
  return errors.length > 0 ? 1 : 0;
}

if (isMainModule(import.meta.url)) process.exitCode = runSizeCheck(join(import.meta.dirname, '..'));
