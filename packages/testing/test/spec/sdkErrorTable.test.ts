/**
 * The SDK's module error table (packages/sdk/src/errors/moduleErrorTable.ts) is generated from the runtime's
 * error enums: every pallet with errors, at its index, its errors in declaration order (the module error
 * index on the wire) with their descriptions. This fails while they differ; regenerate the table with
 * `UPDATE_SDK_TABLES=1 npm run test:unit -- sdkErrorTable`.
 */
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { createRuntime, type RuntimeModule } from '@taonet/runtime';
import { decodeDispatchError, getModuleErrorByIndex, MODULE_ERRORS } from '@taonet/sdk';

const TABLE_FILE = join(import.meta.dirname, '../../../sdk/src/errors/moduleErrorTable.ts');

const HEADER = `/**
 * Generated from the runtime's error enums (pallet index order, each pallet's errors in declaration order,
 * which gives the module error index on the wire). Do not edit by hand: regenerate with
 * \`UPDATE_SDK_TABLES=1 npm run test:unit -- sdkErrorTable\` (the test fails while this table and the
 * runtime differ).
 */

/** \`[error name, description]\` in error index order. */
export type ErrorEntry = readonly [name: string, docs: string];

export interface PalletErrors {
  readonly index: number;
  readonly pallet: string;
  readonly errors: readonly ErrorEntry[];
}
`;

function runtimeTable(modules: readonly RuntimeModule[]) {
  return modules
    .filter((m) => Object.keys(m.errors).length > 0)
    .map((m) => ({
      index: m.index,
      pallet: m.name,
      errors: Object.values(m.errors)
        .sort((a, b) => a.index - b.index)
        .map((kind) => [kind.name, kind.docs] as const),
    }));
}

function renderTable(table: ReturnType<typeof runtimeTable>): string {
  const pallets = table.map((p) => {
    const errors = p.errors.map(
      ([name, docs]) => `      [${JSON.stringify(name)}, ${JSON.stringify(docs)}],`,
    );
    return `  {\n    index: ${p.index},\n    pallet: '${p.pallet}',\n    errors: [\n${errors.join('\n')}\n    ],\n  },`;
  });
  return `${HEADER}\nexport const MODULE_ERRORS: readonly PalletErrors[] = [\n${pallets.join('\n')}\n];\n`;
}

describe('SDK module error table', () => {
  const expected = runtimeTable(createRuntime().modules);

  it('equals the runtime error enums (index, pallet, names in order, descriptions)', () => {
    if (process.env.UPDATE_SDK_TABLES === '1') writeFileSync(TABLE_FILE, renderTable(expected));
    const actual = MODULE_ERRORS.map((p) => ({ index: p.index, pallet: p.pallet, errors: [...p.errors] }));
    assert.deepEqual(
      actual,
      expected.map((p) => ({ ...p, errors: [...p.errors] })),
      'regenerate: UPDATE_SDK_TABLES=1 npm run test:unit -- sdkErrorTable',
    );
  });

  it('decodes an ExtrinsicFailed of each kind the runtime emits', () => {
    const sub = expected.find((p) => p.pallet === 'SubtensorModule')!;
    const [name, docs] = sub.errors[13]!;
    const error = decodeDispatchError({
      module: 'SubtensorModule',
      error: name,
      message: `SubtensorModule.${name}: x`,
    });
    assert.deepEqual(
      [error.name, error.index, error.palletIndex, error.docs, error.detail],
      [name, 13, 7, docs, 'x'],
    );
    const byIndex = getModuleErrorByIndex(sub.index, 13);
    assert.equal(byIndex?.name, name);
    const substrate = decodeDispatchError({ dispatchError: { module: { index: 7, error: '0x0d000000' } } });
    assert.equal(substrate.name, name);
  });
});
