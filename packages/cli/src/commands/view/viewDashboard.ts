/**
 * `tao view dashboard`: a terminal dashboard of the chain (block, finalized block, issuance), every subnet
 * (price, emission per block, pool, blocks to the next epoch) and the wallet's balance and stake, redrawn
 * on every new block until Ctrl-C. `--once` prints one frame; `--json` one snapshot. Each frame is read at
 * the block it shows; a block arriving while a frame is read is skipped for the newest.
 */
import type { Client } from '@taonet/sdk';
import { withChain } from '../../chain/chainSession.js';
import { readColdkeyAddress } from '../../chain/walletKeys.js';
import { createHumanOutput, isColorEnabled } from '../../output/humanOutput.js';
import type { CommandContext } from '../../program/commandContext.js';
import type { CommandInput, CommandModule } from '../../program/commandSpec.js';
import { optBoolean, selectWallet } from '../wallet/selectWallet.js';
import { renderDashboard } from './dashboardFrame.js';
import { readDashboardSnapshot, type SnapshotRequest } from './dashboardSnapshot.js';
import { type DashboardSnapshot, dashboardSnapshotSchema } from './viewSchemas.js';

const CLEAR = '\x1b[2J\x1b[H';
/** set when the live loop has drawn the frames itself (render then draws nothing more) */
let drawnLive = false;

async function findWallet(ctx: CommandContext, input: CommandInput) {
  try {
    const wallet = await selectWallet(ctx, input);
    return { name: wallet.name, coldkey: await readColdkeyAddress(wallet) };
  } catch (error) {
    ctx.log.debug(`dashboard without a wallet: ${(error as Error).message}`);
    return null;
  }
}

function waitForStop(): Promise<void> {
  return new Promise((resolve) => {
    const stop = () => {
      process.removeListener('SIGINT', stop);
      process.removeListener('SIGTERM', stop);
      resolve();
    };
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
}

async function runLive(
  ctx: CommandContext,
  client: Client,
  req: SnapshotRequest,
): Promise<DashboardSnapshot> {
  const { getBlockHash, watchHeads } = await import('@taonet/sdk');
  const tty = ctx.io.stdout.isTTY === true;
  const out = createHumanOutput(ctx.io.stdout, isColorEnabled(ctx.io.stdout, ctx.io.env, ctx.settings.color));
  let last = await readDashboardSnapshot(client, req);
  let pending: number | undefined;
  let busy = false;
  const draw = (snapshot: DashboardSnapshot) => {
    ctx.spinner.stop();
    if (tty) ctx.io.stdout.write(CLEAR);
    else ctx.io.stdout.write('\n');
    renderDashboard(snapshot, out);
    if (tty) out.line(out.color.dim('Ctrl-C to quit'));
  };
  const refresh = async () => {
    busy = true;
    while (pending !== undefined) {
      const number = pending;
      pending = undefined;
      const hash = await getBlockHash(client, { number });
      last = await readDashboardSnapshot(client, { ...req, head: { hash, number } });
      draw(last);
    }
    busy = false;
  };
  draw(last);
  const stop = await watchHeads(client, {
    onHeader: (header) => {
      pending = header.number;
      if (!busy) refresh().catch((error: Error) => ctx.log.warn(`cannot refresh: ${error.message}`));
    },
    onError: (error) => ctx.log.warn(`lost the block subscription: ${error.message}`),
  });
  await waitForStop();
  await stop();
  drawnLive = true;
  return last;
}

export const viewDashboard: CommandModule<DashboardSnapshot> = {
  result: dashboardSnapshotSchema,
  async run(ctx, input) {
    const once = optBoolean(input, 'once') === true || ctx.settings.json;
    const wallet = await findWallet(ctx, input);
    return withChain(ctx, async ({ client, url, network }) => {
      const req: SnapshotRequest = { network: network ?? url, wallet };
      ctx.spinner.start('Reading the chain');
      if (once) return readDashboardSnapshot(client, req);
      return runLive(ctx, client, req);
    });
  },
  render(result, out) {
    if (drawnLive) return;
    renderDashboard(result, out);
  },
};
