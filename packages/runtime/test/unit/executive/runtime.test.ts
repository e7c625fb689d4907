import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createRuntime, RESERVED_PALLETS, RETIRED_PALLETS } from '../../../src/runtime.js';

describe('createRuntime', () => {
  it("lists the modules at subtensor's pallet indices", () => {
    const runtime = createRuntime();
    const indices = Object.fromEntries(runtime.modules.map((module) => [module.name, module.index]));
    assert.equal(indices.System, 0);
    assert.equal(indices.Timestamp, 2);
    assert.equal(indices.Balances, 5);
    assert.equal(indices.TransactionPayment, 6);
    assert.equal(indices.SubtensorModule, 7);
    assert.equal(indices.Sudo, 12);
    assert.equal(indices.AdminUtils, 19);
    assert.equal(indices.Swap, 28);
  });

  it('never reuses a retired index and keeps reserved indices for their pallets', () => {
    const runtime = createRuntime();
    const used = new Set(runtime.modules.map((module) => module.index));
    for (const { index } of RETIRED_PALLETS)
      assert.equal(used.has(index), false, `index ${index} is retired`);
    for (const { index, name } of RESERVED_PALLETS) {
      const module = runtime.modules.find((m) => m.index === index);
      assert.ok(module === undefined || module.name === name);
    }
  });

  it('declares each storage item once per pallet and name', () => {
    const runtime = createRuntime();
    const names = runtime.modules.flatMap((module) => module.storage.map((item) => item.info()));
    const ids = names.map((info) => `${info.pallet}.${info.name}`);
    const duplicates = ids.filter((id, i) => ids.indexOf(id) !== i);
    assert.deepEqual(duplicates, []);
  });
});
