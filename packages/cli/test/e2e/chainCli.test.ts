/**
 * The real `tao` executable against the real dev node (`taonet-node --dev --tmp --block-time 100` on a
 * free loopback port): a wallet made from //Alice, its balance, a transfer to Bob that changes both
 * balances, the pre-flight refusal of a transfer beyond the balance (an error and a hint, no stack
 * trace), `subnets list` showing subnet 1, and `subnets metagraph --json` matching its schema. The node is
 * stopped whatever happens.
 */
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import {
  subnetsListResultSchema,
  subnetsMetagraphResultSchema,
} from '../../src/commands/subnets/subnetsSchemas.js';
import {
  walletBalanceResultSchema,
  walletTransferResultSchema,
} from '../../src/commands/wallet/walletChainSchemas.js';
import { startTaoDevNet, type TaoDevNet } from '../fixtures/taoDevNet.js';
import { jsonData as data } from '../fixtures/taoProcess.js';

const BOB = '5FHneW46xGXgs5mUiveU4sbTyGBzmstUspZC92UhjJM694ty';
const STACK_LINE = /\n\s+at /;

describe('tao chain commands (e2e, dev node)', () => {
  let net: TaoDevNet | undefined;

  const tao = (args: string[]) => net!.tao(args);
  const wallet = () => ['--wallet-name', 'alice', '--wallet-path', join(net?.dir ?? '', 'wallets')];

  before(async () => {
    net = await startTaoDevNet('tao-chain-e2e-', ['--block-time', '100']);
    const created = await tao(['wallet', 'create', ...wallet(), '--uri', 'alice', '--no-use-password', '-y']);
    assert.equal(created.code, 0, created.err);
  });

  after(async () => {
    await net?.stop();
  });

  it("shows //Alice's balance, as JSON and as a table", async () => {
    const balance = data(walletBalanceResultSchema, await tao(['wallet', 'balance', ...wallet(), '--json']));
    assert.equal(balance.balances.length, 1);
    assert.equal(balance.balances[0]?.address, '5GrwvaEF5zXb26Fz9rcQpDWS57CtERHpNehXCPcNoHGKutQY');
    assert.ok(BigInt(balance.balances[0]?.free ?? '0') > 10n ** 14n);
    const table = await tao(['wallet', 'balance', ...wallet()]);
    assert.equal(table.code, 0, table.err);
    assert.match(table.out, /alice\s+5Grwva\S+\s+τ\d+\.\d{9}/);
  });

  it('transfers to Bob and both balances change', async () => {
    const bob = () => tao(['wallet', 'balance', '--ss58', BOB, '--json']);
    const bobBefore = BigInt(data(walletBalanceResultSchema, await bob()).totals.free);
    const sent = data(
      walletTransferResultSchema,
      await tao(['wallet', 'transfer', ...wallet(), '--dest', BOB, '--amount', '2.5', '-y', '--json']),
    );
    assert.equal(sent.amount, '2500000000');
    assert.equal(sent.keepAlive, true);
    assert.ok(BigInt(sent.balanceAfter) <= BigInt(sent.balanceBefore) - 2_500_000_000n);
    const bobAfter = BigInt(data(walletBalanceResultSchema, await bob()).totals.free);
    assert.equal(bobAfter - bobBefore, 2_500_000_000n);
  });

  it('refuses a transfer beyond the balance before signing, with a hint', async () => {
    const run = await tao(['wallet', 'transfer', ...wallet(), '--dest', BOB, '--amount', '100000000', '-y']);
    assert.equal(run.code, 1);
    assert.equal(run.out, '');
    assert.match(run.err, /^error: not enough balance.*\nhint: .+\n$/);
    assert.doesNotMatch(run.err, STACK_LINE);
  });

  it('lists subnet 1 and refuses an unknown subnet', async () => {
    const list = data(subnetsListResultSchema, await tao(['subnets', 'list', '--json']));
    assert.ok(list.subnets.some((s) => s.netuid === 1));
    const missing = await tao(['subnets', 'metagraph', '--netuid', '77']);
    assert.equal(missing.code, 1);
    assert.match(missing.err, /^error: subnet 77 does not exist.*\nhint: `tao subnets list`/);
  });

  it('prints the metagraph of subnet 1 as JSON matching its schema', async () => {
    const mg = data(
      subnetsMetagraphResultSchema,
      await tao(['subnets', 'metagraph', '--netuid', '1', '--json']),
    );
    assert.equal(mg.netuid, 1);
    assert.equal(mg.neurons.length, mg.n);
    assert.ok(mg.n >= 1);
    const table = await tao(['subnets', 'metagraph', '--netuid', '1']);
    assert.equal(table.code, 0, table.err);
    assert.match(table.out, /uid\s+hotkey\s+stake\s+incentive/);
  });
});
