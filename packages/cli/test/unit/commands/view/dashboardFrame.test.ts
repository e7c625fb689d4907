import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { renderDashboard } from '../../../../src/commands/view/dashboardFrame.js';
import type { DashboardSnapshot } from '../../../../src/commands/view/viewSchemas.js';
import { dashboardSnapshotSchema } from '../../../../src/commands/view/viewSchemas.js';
import { createHumanOutput } from '../../../../src/output/humanOutput.js';
import { checkSchema } from '../../../../src/output/schema.js';

const snapshot: DashboardSnapshot = {
  network: 'local',
  block: 120,
  blockHash: `0x${'ab'.repeat(32)}`,
  finalized: 118,
  issuance: '6000000000000000',
  totalStake: '2000000000000',
  subnets: [
    {
      netuid: 1,
      name: 'ocr',
      symbol: 'α',
      price: '1500000000',
      taoEmission: '500000000',
      alphaEmission: '1000000000',
      taoIn: '1000000000000',
      tempo: 10,
      blocksSinceLastStep: '3',
    },
  ],
  wallet: {
    name: 'validator',
    coldkey: '5Grw',
    free: '10000000000',
    stakes: [{ netuid: 1, hotkey: '5Hot', stake: '2000000000', value: '3000000000' }],
    staked: '3000000000',
  },
};

describe('tao view dashboard frame', () => {
  it('shows the head, issuance, each subnet with its price, emission and next epoch, and the stake', () => {
    assert.deepEqual(checkSchema(dashboardSnapshotSchema, snapshot), []);
    let text = '';
    renderDashboard(snapshot, createHumanOutput({ write: (chunk: string) => (text += chunk) }, false));
    assert.match(text, /block 120\s+finalized 118/);
    assert.match(text, /issuance τ6000000\.000000000\s+in pools τ2000\.000000000\s+1 subnets/);
    assert.match(
      text,
      /^1\s+ocr\s+α\s+1\.500000000\s+0\.500000000\s+1\.000000000\s+1000\.000000000\s+7\s*$/m,
    );
    assert.match(text, /wallet validator 5Grw: free τ10\.000000000, staked ≈ τ3\.000000000/);
    assert.match(text, /^1\s+5Hot\s+2\.000000000\s+3\.000000000\s*$/m);
  });

  it('says when there is no wallet', () => {
    let text = '';
    renderDashboard(
      { ...snapshot, wallet: null },
      createHumanOutput({ write: (c: string) => (text += c) }, false),
    );
    assert.match(text, /no wallet/);
  });
});
