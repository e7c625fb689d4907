/**
 * The real `tao` executable against one real dev node (`taonet-node --dev --tmp`): staking with price
 * limits (and a refusal of a too-tight tolerance: an error and a hint, exit 1, no stack trace), list,
 * move, transfer, swap, remove, remove --all, children, the delegate take, and the wallet's overview,
 * hotkey association, hotkey swap and coldkey swap announcement. Every `--json` result is checked
 * against its schema. //Bob's hotkey is registered on subnet 1 through the SDK first (the destination of
 * moves and a child). Block time 200 ms; the trades allow 5% of price move (emission moves a small dev
 * pool's price about 0.2% per block).
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import {
  stakeAddResultSchema,
  stakeChildGetResultSchema,
  stakeChildSetResultSchema,
  stakeChildTakeResultSchema,
  stakeListResultSchema,
  stakeMoveResultSchema,
  stakeRemoveResultSchema,
  stakeSetTakeResultSchema,
} from '../../src/commands/stake/stakeSchemas.js';
import {
  walletAssociateHotkeyResultSchema,
  walletOverviewResultSchema,
  walletSwapColdkeyResultSchema,
  walletSwapHotkeyResultSchema,
} from '../../src/commands/wallet/walletAccountSchemas.js';
import { startTaoDevNet, type TaoDevNet } from '../fixtures/taoDevNet.js';
import { jsonData, jsonFailure } from '../fixtures/taoProcess.js';
import { createStakeWallets, walletArgs } from './stakeWallets.js';

const ALICE = '5GrwvaEF5zXb26Fz9rcQpDWS57CtERHpNehXCPcNoHGKutQY';
const BOB = '5FHneW46xGXgs5mUiveU4sbTyGBzmstUspZC92UhjJM694ty';
const STASH = '5GNJqTPyNqANBkUVMN1LPPrxXnFouWXoe2wNSmmEoLctxiZY'; // //Alice//stash, subnet 1's owner hotkey
const STACK_LINE = /\n\s+at /;
const SAFE = ['--tolerance', '5%'];

describe('tao stake and wallet key commands (e2e, dev node)', () => {
  let net: TaoDevNet | undefined;

  const tao = (args: string[]) => net!.tao(args);
  const data = jsonData;

  const walletOf = (name: string, hotkey = 'default') => walletArgs(net?.dir ?? '', name, hotkey);
  const alice = (hotkey = 'stash') => walletOf('alice', hotkey);
  const ok = async (args: string[]) => {
    const run = await tao(args);
    assert.equal(run.code, 0, run.err);
    return run;
  };

  before(async () => {
    net = await startTaoDevNet('tao-stake-e2e-', ['--block-time', '200']);
    await createStakeWallets(net);
  });

  after(async () => {
    await net?.stop();
  });

  it('stakes TAO with a limit price of the spot price + the tolerance', async () => {
    const added = data(
      stakeAddResultSchema,
      await tao(['stake', 'add', ...alice(), '--netuid', '1', '--amount', '2', ...SAFE, '-y', '--json']),
    );
    assert.equal(added.hotkey, STASH);
    assert.equal(added.amount, '2000000000');
    const { priceBefore, limitPrice, tolerance, partial } = added.protection;
    assert.equal(tolerance, 0.05);
    assert.equal(partial, false);
    assert.equal(BigInt(limitPrice ?? '0'), (BigInt(priceBefore) * 1_050_000_000n) / 1_000_000_000n);
    assert.ok(BigInt(added.stakeAfter) > BigInt(added.stakeBefore));
    // //Alice authors the blocks: the fees come back to her, the 2 TAO do not
    const spent = BigInt(added.balanceBefore) - BigInt(added.balanceAfter);
    assert.ok(spent > 1_990_000_000n && spent <= 2_000_000_000n, String(spent));
  });

  it('refuses a stake that moves the price beyond a tight tolerance, before signing', async () => {
    const args = [
      'stake',
      'add',
      ...alice(),
      '--netuid',
      '1',
      '--amount',
      '100',
      '--tolerance',
      '0.1%',
      '-y',
    ];
    const run = await tao(args);
    assert.equal(run.code, 1);
    assert.equal(run.out, '');
    assert.match(
      run.err,
      /^error: staking τ100\.000000000 on subnet 1 moves the price by .+ beyond the tolerance of 0\.10%\nhint: .*--partial.*\n$/,
    );
    assert.doesNotMatch(run.err, STACK_LINE);
    assert.match(jsonFailure(await tao([...args, '--json']), 'SLIPPAGE_TOO_HIGH'), /beyond the tolerance/);
  });

  it("prints the chain's refusal of a limit already crossed, decoded, with a hint", async () => {
    // --partial skips the pre-flight refusal; a zero tolerance puts the limit at the price: never tradable
    const args = [
      'stake',
      'add',
      ...alice(),
      '--netuid',
      '1',
      '--amount',
      '1',
      '--tolerance',
      '0',
      '--partial',
      '-y',
    ];
    const run = await tao(args);
    assert.equal(run.code, 1);
    assert.match(
      run.err,
      /^error: Transaction failed: Swap\.PriceLimitExceeded: .+\nhint: .*--tolerance.*\n$/,
    );
    assert.doesNotMatch(run.err, STACK_LINE);
  });

  it('refuses an unregistered hotkey with a hint', async () => {
    const run = await tao(['stake', 'add', ...alice('spare'), '--netuid', '1', '--amount', '1', '-y']);
    assert.equal(run.code, 1);
    assert.match(run.err, /^error: hotkey \S+ is not registered on this chain\nhint: register it first/);
    assert.doesNotMatch(run.err, STACK_LINE);
  });

  it('lists the stake as JSON and as a table', async () => {
    const list = data(stakeListResultSchema, await tao(['stake', 'list', ...alice(), '--json']));
    assert.equal(list.coldkey, ALICE);
    const position = list.positions.find((p) => p.hotkey === STASH && p.netuid === 1);
    assert.ok(position !== undefined);
    assert.equal(position.hotkeyName, 'stash');
    assert.ok(BigInt(position.value) > 0n);
    const bob = data(stakeListResultSchema, await tao(['stake', 'list', '--ss58', BOB, '--json']));
    assert.equal(bob.coldkey, BOB);
    const table = await ok(['stake', 'list', ...alice()]);
    assert.match(table.out, /netuid\s+hotkey\s+stake/);
    assert.match(table.out, /1\s+stash 5GNJqT/);
  });

  it('moves stake to another hotkey on the same subnet', async () => {
    const moved = data(
      stakeMoveResultSchema,
      await tao([
        'stake',
        'move',
        ...alice(),
        '--origin-netuid',
        '1',
        '--dest-hotkey',
        BOB,
        '--amount',
        '1',
        '-y',
        '--json',
      ]),
    );
    assert.equal(moved.call, 'move_stake');
    assert.equal(moved.protection, null);
    const gained = BigInt(moved.destinationStakeAfter) - BigInt(moved.destinationStakeBefore);
    assert.ok(gained >= 999_999_990n && gained <= 1_000_000_000n, String(gained));
  });

  it('transfers stake to another coldkey', async () => {
    const sent = data(
      stakeMoveResultSchema,
      await tao([
        'stake',
        'transfer',
        ...alice(),
        '--origin-netuid',
        '1',
        '--dest',
        BOB,
        '--amount',
        '1',
        '-y',
        '--json',
      ]),
    );
    assert.equal(sent.call, 'transfer_stake');
    assert.equal(sent.destinationColdkey, BOB);
    assert.equal(sent.destinationHotkey, STASH);
    assert.ok(BigInt(sent.destinationStakeAfter) - BigInt(sent.destinationStakeBefore) >= 999_999_990n);
  });

  it('swaps stake to another subnet with a limit on the price ratio', async () => {
    const args = ['stake', 'swap', ...alice(), '--origin-netuid', '1', '--dest-netuid', '0', '--amount', '1'];
    const swapped = data(stakeMoveResultSchema, await tao([...args, ...SAFE, '-y', '--json']));
    assert.equal(swapped.call, 'swap_stake_limit');
    assert.notEqual(swapped.protection, null);
    assert.equal(swapped.destinationNetuid, 0);
    assert.ok(BigInt(swapped.destinationStakeAfter) > BigInt(swapped.destinationStakeBefore));
  });

  it('unstakes an amount, then a whole position with --all', async () => {
    const removed = data(
      stakeRemoveResultSchema,
      await tao(['stake', 'remove', ...alice(), '--netuid', '1', '--amount', '1', ...SAFE, '-y', '--json']),
    );
    assert.equal(removed.call, 'remove_stake_limit');
    assert.ok(BigInt(removed.balanceAfter) > BigInt(removed.balanceBefore));
    const bobPosition = ['--hotkey-ss58', BOB, '--netuid', '1'];
    const all = data(
      stakeRemoveResultSchema,
      await tao(['stake', 'remove', ...alice(), ...bobPosition, '--all', ...SAFE, '-y', '--json']),
    );
    assert.equal(all.call, 'remove_stake_full_limit');
    assert.equal(all.positions[0]?.stakeAfter, '0');
    // (the emptied position may earn again at the next epoch: ask for one that never held stake)
    const none = ['--hotkey-ss58', BOB, '--netuid', '0', '--all', '-y'];
    const empty = await tao(['stake', 'remove', ...alice(), ...none]);
    assert.equal(empty.code, 1);
    assert.match(empty.err, /^error: not enough stake/);
  });

  it('unstakes a hotkey on every subnet with --all (unstake_all)', async () => {
    await ok([
      'stake',
      'add',
      ...alice(),
      '--hotkey-ss58',
      BOB,
      '--netuid',
      '1',
      '--amount',
      '1',
      ...SAFE,
      '-y',
    ]);
    const all = data(
      stakeRemoveResultSchema,
      await tao(['stake', 'remove', ...alice(), '--hotkey-ss58', BOB, '--all', ...SAFE, '-y', '--json']),
    );
    assert.equal(all.call, 'unstake_all');
    assert.deepEqual(
      all.positions.map((p) => [p.netuid, p.stakeAfter]),
      [[1, '0']],
    );
  });

  it('sets children and reads them back as pending', async () => {
    const set = data(
      stakeChildSetResultSchema,
      await tao([
        'stake',
        'child-set',
        ...alice(),
        '--netuid',
        '1',
        '--children',
        BOB,
        '--proportions',
        '0.5',
        '-y',
        '--json',
      ]),
    );
    assert.notEqual(set.cooldownBlock, null);
    const got = data(
      stakeChildGetResultSchema,
      await tao(['stake', 'child-get', ...alice(), '--netuid', '1', '--json']),
    );
    assert.equal(got.hotkey, STASH);
    assert.deepEqual(
      got.pending?.children.map((c) => [c.hotkey, Math.round(c.proportion * 100)]),
      [[BOB, 50]],
    );
  });

  it('sets and shows the childkey take', async () => {
    const args = ['stake', 'child-take', ...alice(), '--netuid', '1'];
    const set = data(stakeChildTakeResultSchema, await tao([...args, '--take', '5%', '-y', '--json']));
    assert.ok(Math.abs(set.take - 0.05) < 1e-4);
    assert.notEqual(set.tx, null);
    const shown = data(stakeChildTakeResultSchema, await tao([...args, '--json']));
    assert.equal(shown.take, set.take);
    assert.equal(shown.tx, null);
  });

  it('lowers the delegate take (decrease_take)', async () => {
    const take = data(
      stakeSetTakeResultSchema,
      await tao(['stake', 'set-take', ...alice(), '--take', '0.1', '-y', '--json']),
    );
    assert.equal(take.call, 'decrease_take');
    assert.ok(Math.abs(take.take - 0.1) < 1e-4);
  });

  it('associates a new hotkey and swaps it to another one', async () => {
    const associated = data(
      walletAssociateHotkeyResultSchema,
      await tao(['wallet', 'associate-hotkey', ...alice('spare'), '-y', '--json']),
    );
    assert.equal(associated.owner, ALICE);
    const swapped = data(
      walletSwapHotkeyResultSchema,
      await tao(['wallet', 'swap-hotkey', ...alice('spare'), '--new-hotkey', 'spare2', '-y', '--json']),
    );
    assert.equal(swapped.hotkey, associated.hotkey);
    assert.notEqual(swapped.newHotkey, swapped.hotkey);
    assert.equal(swapped.cost, '100000000');
    const early = await tao(['wallet', 'swap-hotkey', ...alice('stash'), '--new-hotkey', 'spare', '-y']);
    assert.equal(early.code, 1);
    assert.match(early.err, /^error: hotkey swaps touching subnet 1 are allowed from block 7201/);
  });

  it('announces a coldkey swap and shows its status', async () => {
    const charlie = walletOf('charlie');
    const announced = data(
      walletSwapColdkeyResultSchema,
      await tao(['wallet', 'swap-coldkey', 'announce', ...charlie, '--new-coldkey', 'alice', '-y', '--json']),
    );
    assert.equal(announced.newColdkey, ALICE);
    assert.equal(announced.status.announced, true);
    assert.equal(
      announced.status.executableAt,
      (announced.tx?.blockNumber ?? 0) + announced.status.announcementDelay,
    );
    const status = data(
      walletSwapColdkeyResultSchema,
      await tao(['wallet', 'swap-check', ...charlie, '--json']),
    );
    assert.equal(status.status.newColdkeyHash, announced.status.newColdkeyHash);
    const early = await tao([
      'wallet',
      'swap-coldkey',
      'execute',
      ...charlie,
      '--new-coldkey',
      'alice',
      '-y',
    ]);
    assert.equal(early.code, 1);
    assert.match(
      early.err,
      /^error: the swap may execute from block \d+ \(now \d+\)\nhint: wait \d+ blocks\n$/,
    );
    const disputed = data(
      walletSwapColdkeyResultSchema,
      await tao(['wallet', 'swap-coldkey', 'dispute', ...charlie, '-y', '--json']),
    );
    assert.equal(disputed.status.disputedAt, disputed.tx?.blockNumber);
    const frozen = await tao(['wallet', 'swap-coldkey', 'clear', ...charlie, '-y']);
    assert.equal(frozen.code, 1);
    assert.match(
      frozen.err,
      /^error: the coldkey swap was disputed at block \d+: the account is frozen\nhint: only root/,
    );
  });

  it("shows the wallet's overview", async () => {
    const overview = data(
      walletOverviewResultSchema,
      await tao(['wallet', 'overview', ...alice(), '--json']),
    );
    const stash = overview.hotkeys.find((h) => h.hotkey === STASH);
    assert.deepEqual(
      stash?.registrations.map((r) => [r.netuid, r.uid]),
      [[1, 0]],
    );
    assert.equal(stash?.owned, true);
    assert.ok(BigInt(overview.balance.staked) > 0n);
    const table = await ok(['wallet', 'overview', ...alice()]);
    assert.match(table.out, /stash 5GNJqT\S+\s+1\s+0\s+\d+\.\d{9}/);
  });
});
