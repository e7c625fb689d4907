/**
 * The explorer in a real browser (Debian's chromium through playwright-core) against a real dev node with
 * activity made through the SDK: every page shows live, non-empty data equal to what the SDK reads at the
 * same block, with no console error; a screenshot of each page goes to apps/explorer/.screenshots. Then a
 * node that is down when the page opens: a visible state, no blank page, and the data once it is up.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { RaoCodec, toHex } from '@taonet/primitives';
import {
  getAccountInfo,
  getAllDynamicInfo,
  getDelegates,
  getEvents,
  getStakeInfoForColdkey,
  getStoragePrefix,
  getSubnets,
  getTotalIssuance,
  readRawStorage,
  syncMetagraph,
  transfer,
} from '@taonet/sdk';
import { type DevNode, startDevNode } from '@taonet/testing/devNode';
import { createExplorerServer } from '../../src/index.js';
import { computeDailyEmission, computeHalving, getBlockEmission } from '../../web/src/chain/economics.js';
import {
  formatPercent,
  formatPrice,
  formatTao,
  formatU16,
  fromI96F32Bits,
  shortAddress,
} from '../../web/src/chain/format.js';
import { hasChromium, openPage, screenshot } from './browserSession.js';
import { TAO } from './chainActivity.js';
import {
  openRoute,
  parseAmount,
  readColumns,
  readPanel,
  waitForPanel,
  waitForPanelState,
} from './explorerPages.js';
import { type ExplorerTestbed, freePort, startExplorerTestbed } from './explorerTestbed.js';
import { createSlowProxy } from './slowProxy.js';

const skip = hasChromium() ? false : 'chromium is not installed at /usr/bin/chromium (.ci/run installs it)';
if (skip) console.log(`# explorer e2e skipped: ${skip}`);

let bed: ExplorerTestbed;

/** A table row's cells (its innerText separates them with tabs or new lines). */
const cells = (row: string) => row.split(/[\t\n]+/).map((c) => c.trim());

describe('the explorer in chromium', { skip }, () => {
  before(async () => {
    bed = await startExplorerTestbed();
  });

  after(async () => {
    await bed?.close();
  });

  it('overview: heads, supply, emission, halving and pools, live as blocks arrive', async () => {
    const { client, server, tab, at } = bed;
    const { page } = tab;
    const view = await openRoute(page, server.url, '', 'overview');
    const hash = await at(view.block);
    const [totals, dynamic] = await Promise.all([
      getTotalIssuance(client, { at: hash }),
      getAllDynamicInfo(client, { at: hash }),
    ]);
    assert.equal(view.stats['max-supply'], '21,000,000 τ');
    assert.equal(view.stats.issuance, `${formatTao(totals.subtensorIssuance, 2)} τ`);
    assert.equal(view.stats.circulating, `${formatTao(totals.issuance, 2)} τ`);
    assert.equal(
      view.stats['pool-tao'],
      `${formatTao(
        dynamic.reduce((sum, d) => sum + d.taoIn, 0n),
        2,
      )} τ`,
    );
    assert.match(view.text, new RegExp(`${dynamic.length - 1} subnets`));
    assert.match(
      view.text,
      new RegExp(`${formatTao(getBlockEmission(totals.subtensorIssuance), 4)} τ per block`),
    );
    assert.match(view.stats.halving ?? '', /\d/);
    const halving = computeHalving({
      issuance: totals.subtensorIssuance,
      bestBlock: view.block,
      blockTimeMs: 1,
      now: 0,
    });
    // the projected block and its date
    assert.match(
      view.text,
      new RegExp(`block #${halving.block.toLocaleString('en-US')} ≈ \\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d UTC`),
    );
    const blockMs = Number.parseFloat(view.stats['block-time'] ?? '') * 1000;
    const perDay = computeDailyEmission(getBlockEmission(totals.subtensorIssuance), blockMs);
    assert.ok(
      Math.abs(parseAmount(view.stats.emission ?? '') - Number(perDay) / 1e9) <= Number(perDay) / 1e9 / 20,
      `${view.stats.emission} per day, ${blockMs} ms blocks`,
    );
    assert.ok(parseAmount(view.stats.finalized ?? '') <= parseAmount(view.stats.best ?? ''));
    const ratio = Number((totals.totalStake * 1_000_000n) / totals.issuance) / 1_000_000;
    assert.equal(view.stats['staking-ratio'], formatPercent(ratio));
    assert.match(view.stats['block-time'] ?? '', /^\d+\.\d\d s$/);
    assert.ok((await readPanel(page, 'latest-blocks')).tables['latest-blocks']!.rows > 0);
    await waitForPanelState(page, 'overview', (next) => parseAmount(next.stats.best ?? '') > view.block + 1);
    await screenshot(page, 'overview');
    assert.deepEqual(tab.errors, []);
  });

  it('blocks, a block, an extrinsic and events, as the chain has them', async () => {
    const { client, keys, activity, server, tab, at } = bed;
    const { page } = tab;
    const blocks = await openRoute(page, server.url, 'blocks', 'blocks');
    assert.equal(blocks.tables.blocks!.rows, Math.min(30, blocks.block + 1));
    await screenshot(page, 'blocks');
    const { block, index } = activity.transfer;
    const detail = await openRoute(page, server.url, `block/${block}`, 'block');
    assert.equal(detail.values.Hash, await at(block));
    assert.ok((await readPanel(page, 'block-extrinsics')).tables['block-extrinsics']!.rows >= 2);
    await screenshot(page, 'block');
    const extrinsic = await openRoute(page, server.url, `extrinsic/${block}-${index}`, 'extrinsic');
    assert.equal(extrinsic.values.Call, 'Balances.transfer_keep_alive');
    assert.equal(extrinsic.values.Signer, keys.bob.address);
    assert.equal(extrinsic.values.Result, 'success');
    assert.match((await readPanel(page, 'extrinsic-events')).text, /Balances\.Transfer/);
    await screenshot(page, 'extrinsic');
    const chainEvents = await getEvents(client, { blockHash: await at(block) });
    const transferEvent = chainEvents.findIndex((e) => e.pallet === 'Balances' && e.name === 'Transfer');
    const event = await openRoute(page, server.url, `event/${block}-${transferEvent}`, 'event');
    assert.equal(event.values.Event, 'Balances.Transfer');
    assert.equal(event.values.Phase, `extrinsic ${block}-${index}`);
    await screenshot(page, 'event');
    const extrinsics = await openRoute(page, server.url, 'extrinsics', 'extrinsics');
    assert.match(extrinsics.tables.extrinsics!.texts.join('\n'), /Timestamp\.set/);
    await screenshot(page, 'extrinsics');
    const events = await openRoute(page, server.url, 'events', 'events');
    assert.ok(events.tables.events!.rows > 0);
    assert.match(events.tables.events!.texts.join('\n'), /System\.ExtrinsicSuccess/);
    await screenshot(page, 'events');
    assert.deepEqual(tab.errors, []);
  });

  it('search finds a block by number and hash, and an account by address', async () => {
    const { keys, activity, tab, at } = bed;
    const { page } = tab;
    const search = async (text: string) => {
      await page.fill('input[name="q"]', text);
      await page.press('input[name="q"]', 'Enter');
    };
    await search(String(activity.transfer.block));
    await page.waitForURL(`**#/block/${activity.transfer.block}`);
    const hash = await at(activity.transfer.block);
    await search(hash);
    await page.waitForURL(`**#/block/${hash}`);
    // the panel of the previous route may still be up for a moment: wait for the hash route's block
    const expected = String(activity.transfer.block);
    const byHash = await waitForPanelState(page, 'block', (panel) => panel.values.Number === expected);
    assert.equal(byHash.values.Number, expected);
    await search(keys.charlie.address);
    await page.waitForURL(`**#/account/${keys.charlie.address}`);
    await waitForPanel(page, 'account');
    assert.deepEqual(tab.errors, []);
  });

  it('an account: balance, stake per hotkey and subnet with its value, recent extrinsics', async () => {
    const { client, keys, server, tab, at } = bed;
    const { page } = tab;
    const sent = await transfer(client, { signer: keys.alice, to: keys.charlie.address, amount: TAO });
    await openRoute(page, server.url, `account/${keys.alice.address}`, 'account');
    await waitForPanelState(
      page,
      'account-extrinsics',
      (p) => (p.tables['account-extrinsics']?.rows ?? 0) > 0,
    );
    const account = await readPanel(page, 'account');
    const hash = await at(account.block);
    const info = await getAccountInfo(client, { address: keys.alice.address, at: hash });
    assert.equal(account.values.Free, `${formatTao(info.free, 9)} τ`);
    // the stake panel is read on its own: the page may have moved to a newer block since the first read
    const stakePanel = await readPanel(page, 'account-stake');
    const stakeHash = await at(stakePanel.block);
    const stakes = await getStakeInfoForColdkey(client, { coldkey: keys.alice.address, at: stakeHash });
    assert.ok(stakes.length > 0);
    const stakeTable = stakePanel.tables['account-stake']!;
    assert.equal(stakeTable.rows, stakes.length);
    assert.deepEqual(await readColumns(page, 'account-stake'), ['hotkey', 'netuid', 'alpha', 'value']);
    // the validator's stake on subnet 1: its alpha, and its TAO value (alpha at the spot price)
    const onOne = stakes.find((st) => st.netuid === 1 && st.hotkey === keys.validator.address)!;
    const price = (await getAllDynamicInfo(client, { at: stakeHash })).find((d) => d.netuid === 1)!.price;
    const row = stakeTable.texts.find(
      (r) => r.includes(keys.validator.address.slice(0, 6)) && cells(r)[1] === '1',
    );
    assert.ok(row?.includes(formatTao(onOne.stake)), `${row} has α ${formatTao(onOne.stake)}`);
    assert.ok(row?.includes(formatTao((onOne.stake * price) / 1_000_000_000n)), `${row}: its TAO value`);
    const recent = (await readPanel(page, 'account-extrinsics')).tables['account-extrinsics']!.texts;
    assert.match(recent.join('\n'), new RegExp(`${sent.blockNumber}-${sent.extrinsicIndex}`));
    await screenshot(page, 'account');
    assert.deepEqual(tab.errors, []);
  });

  it('subnets: every subnet with its price, pools and registration cost', async () => {
    const { client, activity, server, tab, at } = bed;
    const { page } = tab;
    const view = await openRoute(page, server.url, 'subnets', 'subnets');
    const dynamic = await getAllDynamicInfo(client, { at: await at(view.block) });
    const table = view.tables.subnets!;
    assert.equal(table.rows, dynamic.length);
    const mine = table.texts.find(
      (r) => r.startsWith(`${activity.netuid}\t`) || r.startsWith(`${activity.netuid}\n`),
    );
    assert.ok(mine?.includes('explorer-e2e'), table.texts.join('\n'));
    const d = dynamic.find((x) => x.netuid === activity.netuid)!;
    const info = (await getSubnets(client, { at: await at(view.block) })).find((x) => x.netuid === d.netuid)!;
    const columns = ['netuid', 'name', 'symbol', 'owner', 'price', 'moving', 'share', 'taoIn', 'alphaIn'];
    assert.deepEqual(await readColumns(page, 'subnets'), [...columns, 'volume', 'burn', 'uids']);
    const shown = cells(mine ?? '');
    assert.equal(shown[2], d.symbol);
    assert.ok(d.owner !== undefined && shown[3] === shortAddress(d.owner), `${shown[3]}: owner ${d.owner}`);
    assert.equal(shown[4], formatTao(d.price, 6));
    assert.equal(shown[5], formatPrice(fromI96F32Bits(d.movingPriceBits)));
    // root has not switched this subnet's TAO emission on (a new subnet's is off): no share of it
    assert.equal(shown[6], formatPercent(0));
    assert.deepEqual(shown.slice(7), [
      formatTao(d.taoIn, 2),
      formatTao(d.alphaIn, 2),
      formatTao(d.subnetVolume, 2),
      formatTao(info.burn, 4),
      `${info.subnetworkN}/${info.maxAllowedUids}`,
    ]);
    await page.click('[data-table="subnets"] [data-col="netuid"] button');
    const sorted = (await readPanel(page, 'subnets')).tables.subnets!.texts;
    assert.match(sorted[0] ?? '', new RegExp(`^${dynamic.at(-1)!.netuid}\\s`));
    await screenshot(page, 'subnets');
    assert.deepEqual(tab.errors, []);
  });

  it('a subnet: its metagraph sorted and in full, hyperparameters, price and emission charts, weights heatmap', async () => {
    const { client, keys, server, tab, at } = bed;
    const { page } = tab;
    const view = await openRoute(page, server.url, 'subnet/1', 'metagraph');
    const mg = await syncMetagraph(client, { netuid: 1, block: await at(view.block) });
    const table = view.tables.metagraph!;
    assert.equal(table.rows, mg.n);
    assert.match(table.texts.join('\n'), /10\.0\.0\.1:8091/);
    assert.match(table.texts.join('\n'), new RegExp(keys.miner1.address.slice(0, 6)));
    const neuronColumns = ['uid', 'hotkey', 'coldkey', 'stake', 'incentive', 'dividends', 'consensus'];
    const more = ['validatorTrust', 'emission', 'permit', 'axon', 'lastUpdate', 'immunity'];
    assert.deepEqual(await readColumns(page, 'metagraph'), [...neuronColumns, ...more]);
    await page.click('[data-table="metagraph"] [data-col="uid"] button');
    const byUid = (await readPanel(page, 'metagraph')).tables.metagraph!.texts;
    assert.match(byUid[0] ?? '', new RegExp(`^${Math.max(...mg.uids)}\\s`));
    const params = await readPanel(page, 'hyperparameters');
    assert.equal(params.values.tempo, String(mg.hyperparameters.tempo));
    await page.waitForSelector('[data-chart="price"]:not([data-points="0"])');
    await page.waitForSelector('[data-chart="emission"]:not([data-points="0"])');
    // the charts' newest points, against the SDK at their block
    const last = (await page.evaluate(`[...document.querySelectorAll('[data-chart]')].map((c) =>
      [c.dataset.chart, Number(c.dataset.lastBlock), Number(c.dataset.lastValue)])`)) as [
      string,
      number,
      number,
    ][];
    for (const [chart, block, value] of last) {
      const hash = await at(block);
      const dynamic = await getAllDynamicInfo(client, { at: hash });
      if (chart === 'price') {
        assert.equal(value, Number(dynamic.find((d) => d.netuid === 1)!.price) / 1e9);
      } else {
        // what the chain recorded the subnet got that block: injected into its pool + spent on the chain buy
        const records = ['SubnetTaoInEmission', 'SubnetExcessTao'].map((name) =>
          toHex(new Uint8Array([...getStoragePrefix('SubtensorModule', name), 1, 0])),
        );
        const raw = await readRawStorage(client, records, hash);
        const got = raw.reduce((sum, v) => sum + (v === null ? 0n : RaoCodec.dec(v)), 0n);
        assert.equal(value, Number(got) / 1e9, `${chart} at #${block}`);
        // subnet 1 is the only one emitting (the activity's subnet was never switched on): all of the block's
        const issuance = (await getTotalIssuance(client, { at: hash })).subtensorIssuance;
        assert.ok(getBlockEmission(issuance) - got < 2n, `${got} of ${getBlockEmission(issuance)}`);
      }
    }
    await page.locator('[data-panel="heatmap"]').scrollIntoViewIfNeeded();
    await page.waitForSelector('[data-heatmap="weights"][data-cells]:not([data-cells="0"])');
    await screenshot(page, 'subnet');
    await page.click('[data-panel="heatmap"] button:has-text("bonds")');
    await page.waitForSelector('[data-heatmap="bonds"][data-cells]');
    await screenshot(page, 'subnet-bonds');
    assert.deepEqual(tab.errors, []);
  });

  it('validators and delegates: take, nominators, stake, dividends', async () => {
    const { client, keys, server, tab, at } = bed;
    const { page } = tab;
    const view = await openRoute(page, server.url, 'validators', 'validators');
    const delegates = await getDelegates(client, { at: await at(view.block) });
    assert.ok(delegates.length > 0);
    assert.equal(view.tables.validators!.rows, delegates.length);
    const columns = [
      'hotkey',
      'owner',
      'take',
      'nominators',
      'stake',
      'root',
      'dividends',
      'subnets',
      'permits',
    ];
    assert.deepEqual(await readColumns(page, 'validators'), columns);
    const hash = await at(view.block);
    const row = cells(
      view.tables.validators!.texts.find((r) => r.includes(keys.validator.address.slice(0, 6))) ?? '',
    );
    const mine = delegates.find((d) => d.hotkey === keys.validator.address)!;
    assert.equal(row[2], formatPercent(mine.take / 65_535));
    assert.equal(row[2], '10.00%');
    // its nominators: the coldkeys (of the test's keys) with stake on it, read through the SDK
    const staking = await Promise.all(
      Object.values(keys).map(async (k) =>
        (await getStakeInfoForColdkey(client, { coldkey: k.address, at: hash })).some(
          (st) => st.hotkey === keys.validator.address && st.stake > 0n,
        ),
      ),
    );
    assert.equal(row[3], String(staking.filter(Boolean).length));
    assert.ok(staking.filter(Boolean).length >= 2, 'Alice on subnet 1, Bob on root');
    assert.equal(row[5], formatTao(mine.rootStake, 2));
    const mg = await syncMetagraph(client, { netuid: 1, block: hash });
    const uid = mg.hotkeys.indexOf(keys.validator.address);
    assert.equal(row[6], formatU16(mg.dividends[uid] ?? 0));
    await screenshot(page, 'validators');
    assert.deepEqual(tab.errors, []);
  });

  it('a slow node: the page says so and keeps its data, then catches up', async () => {
    const { node, dist, browser } = bed;
    const proxy = await createSlowProxy(node.url);
    const slowServer = await createExplorerServer({ distDir: dist, rpcUrl: proxy.url, port: 0 });
    const { page, errors } = await openPage(browser);
    try {
      const shown = (await openRoute(page, slowServer.url, 'subnets', 'subnets')).tables.subnets!.rows;
      proxy.delayMs = 4_000;
      await page.waitForSelector('[data-panel="subnets"] [data-slow]', { timeout: 20_000 });
      assert.equal((await readPanel(page, 'subnets')).tables.subnets!.rows, shown);
      await screenshot(page, 'node-slow');
      proxy.delayMs = 0;
      await page.waitForSelector('[data-panel="subnets"] [data-slow]', {
        state: 'detached',
        timeout: 20_000,
      });
      assert.deepEqual(errors, []);
    } finally {
      await page.close();
      await slowServer.close();
      await proxy.close();
    }
  });

  it('a node that is down: a visible state and the page frame, the data once it is up, kept when it goes', async () => {
    const { dist, browser } = bed;
    const port = await freePort();
    const url = `ws://127.0.0.1:${port}`;
    const offline = await createExplorerServer({ distDir: dist, rpcUrl: url, port: 0 });
    const { page } = await openPage(browser);
    let late: DevNode | undefined;
    try {
      await page.goto(`${offline.url}#/subnets`);
      await page.waitForSelector('[data-connection="connecting"]');
      assert.match(await page.innerText('nav'), /Subnets/);
      await screenshot(page, 'node-down');
      late = await startDevNode(['--block-time', '200', '--rpc-port', String(port)]);
      await page.waitForSelector('[data-connection="live"]', { timeout: 20_000 });
      const shown = (await waitForPanel(page, 'subnets')).tables.subnets!.rows;
      assert.ok(shown > 0);
      // the node goes away while the page is open: the state says so, the last data stays
      await late.stop();
      await page.waitForSelector('[data-connection="reconnecting"]');
      assert.equal((await readPanel(page, 'subnets')).tables.subnets!.rows, shown);
      await screenshot(page, 'node-lost');
    } finally {
      await page.close();
      await offline.close();
      await late?.stop();
    }
  });
});
