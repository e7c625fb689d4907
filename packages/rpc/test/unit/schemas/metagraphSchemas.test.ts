import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { TypeCompiler } from '@sinclair/typebox/compiler';
import {
  getMetagraphFieldByIndex,
  getMetagraphFieldIndex,
  METAGRAPH_FIELD_INDEXES,
  MetagraphSchema,
  SelectiveMetagraphSchema,
} from '../../../src/index.js';

describe('metagraph schemas', () => {
  it("number the fields as subtensor's SelectiveMetagraphIndex, the additions from 1000", () => {
    const indexes = METAGRAPH_FIELD_INDEXES.map(([index]) => index);
    assert.deepEqual(
      indexes.filter((i) => i < 1000),
      Array.from({ length: 74 }, (_, i) => i),
    );
    const additions = indexes.filter((i) => i >= 1000);
    assert.deepEqual(
      additions,
      additions.map((_, i) => 1000 + i),
    );
    const expected: [number, string][] = [
      [0, 'netuid'],
      [21, 'moving_price'],
      [30, 'num_uids'],
      [35, 'pow_registration_allowed'],
      [52, 'hotkeys'],
      [62, 'incentives'],
      [69, 'total_stake'],
      [72, 'validators'],
      [73, 'commitments'],
    ];
    for (const [index, name] of expected) {
      assert.equal(getMetagraphFieldByIndex(index), name);
      assert.equal(getMetagraphFieldIndex(name as never), index);
    }
    assert.equal(getMetagraphFieldByIndex(74), undefined);
    assert.equal(
      new Set(METAGRAPH_FIELD_INDEXES.map(([, name]) => name)).size,
      METAGRAPH_FIELD_INDEXES.length,
    );
  });

  it('every metagraph field has an index; the selective result is the same fields, null unless filled', () => {
    const names = Object.keys(MetagraphSchema.properties);
    const numbered = METAGRAPH_FIELD_INDEXES.map(([, name]) => name);
    assert.deepEqual(
      numbered.filter((name) => name !== 'validators' && name !== 'commitments').sort(),
      [...names].sort(),
    );
    assert.deepEqual(Object.keys(SelectiveMetagraphSchema.properties).sort(), [...numbered].sort());
    const check = TypeCompiler.Compile(SelectiveMetagraphSchema);
    const empty = Object.fromEntries(numbered.map((name) => [name, null]));
    assert.ok(check.Check({ ...empty, netuid: 1 }));
    assert.ok(!check.Check({ ...empty, netuid: null }));
    assert.ok(check.Check({ ...empty, netuid: 1, hotkeys: [`0x${'11'.repeat(32)}`], validators: [0] }));
    assert.ok(!check.Check({ ...empty, netuid: 1, hotkeys: ['5Grw'] }));
  });
});
