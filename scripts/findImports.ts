/**
 * Module specifiers of a TypeScript file, found on `maskSource` output: a string literal is an import
 * specifier when the code just before it is `from` (import/export ... from), `import` (side-effect import),
 * `import(` (dynamic import or `typeof import(...)` type query) or `require(`.
 */
import type { MaskedSource } from './maskSource.js';

export type ImportKind = 'static' | 'side-effect' | 'dynamic' | 'require';

export interface ImportSpecifier {
  specifier: string;
  line: number;
  kind: ImportKind;
  /** `import type ...`, `export type ... from`, `typeof import(...)`: erased from the emitted JavaScript */
  typeOnly: boolean;
}

const LOOKBEHIND = 400;

export function findImports(source: MaskedSource): ImportSpecifier[] {
  const found: ImportSpecifier[] = [];
  for (const literal of source.strings) {
    const before = source.code.slice(Math.max(0, literal.start - LOOKBEHIND), literal.start);
    const kind = importKindBefore(before);
    if (kind === null) continue;
    found.push({
      specifier: literal.value,
      line: literal.line,
      kind,
      typeOnly: isTypeOnly(kind, before, source.code, literal.start),
    });
  }
  return found;
}

function importKindBefore(before: string): ImportKind | null {
  if (/(?<![.\w$])from\s*$/.test(before)) return 'static';
  if (/(?<![.\w$])import\s*$/.test(before)) return 'side-effect';
  if (/(?<![.\w$])import\s*\(\s*$/.test(before)) return 'dynamic';
  if (/(?<![.\w$])require\s*\(\s*$/.test(before)) return 'require';
  return null;
}

function isTypeOnly(kind: ImportKind, before: string, code: string, start: number): boolean {
  if (kind === 'dynamic') return /(?<![.\w$])typeof\s+import\s*\(\s*$/.test(before);
  if (kind !== 'static') return false;
  // the `import`/`export` keyword that opens this statement: the last one before `from`
  const statement = code.slice(Math.max(0, start - 20 * LOOKBEHIND), start);
  let keyword = -1;
  for (const match of statement.matchAll(/(?<![.\w$])(?:import|export)(?![\w$])/g)) keyword = match.index;
  if (keyword === -1) return false;
  // `import type X from`, `import type { X } from`, `export type * from`; not `import type from` (a default
  // import named `type`) nor `import type, { x } from`
  return /^(?:import|export)\s+type(?![\w$])(?!\s*(?:,|from(?![\w$])))/.test(statement.slice(keyword));
}
