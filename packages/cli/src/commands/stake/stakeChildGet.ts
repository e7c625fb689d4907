/**
 * `tao stake child-get --netuid <n>` (btcli `stake child get`): a hotkey's children on a subnet with their
 * shares of its stake weight, its parents, children scheduled and not yet applied, and its childkey take.
 */
import { withChain } from '../../chain/chainSession.js';
import { readNetuid, requireSubnet } from '../../chain/netuidInput.js';
import { formatPercent } from '../../chain/taoAmount.js';
import type { CommandModule } from '../../program/commandSpec.js';
import { selectWallet } from '../wallet/selectWallet.js';
import { fromU16, fromU64 } from './fractionInput.js';
import { readHotkeyAddress } from './stakeChecks.js';
import { type StakeChildGetResult, stakeChildGetResultSchema } from './stakeSchemas.js';

type Kin = StakeChildGetResult['children'][number];

export const toKin = (rows: readonly { hotkey: string; proportion: bigint }[]): Kin[] =>
  rows.map((r) => ({
    hotkey: r.hotkey,
    proportion: fromU64(r.proportion),
    proportionRaw: r.proportion.toString(),
  }));

export const stakeChildGet: CommandModule<StakeChildGetResult> = {
  result: stakeChildGetResultSchema,
  async run(ctx, input) {
    const netuid = await readNetuid(ctx, input);
    const wallet = await selectWallet(ctx, input);
    return withChain(ctx, async ({ client, url, network }) => {
      const sdk = await import('@taonet/sdk');
      const hotkey = await readHotkeyAddress(input, wallet);
      ctx.spinner.start(`Reading the children of ${hotkey} on subnet ${netuid}`);
      const at = await sdk.getBlockHash(client);
      await requireSubnet(client, netuid, at);
      const params = { hotkey, netuid, at };
      const [children, parents, pending, take] = await Promise.all([
        sdk.getChildren(client, params),
        sdk.getParents(client, params),
        sdk.getPendingChildren(client, params),
        sdk.getChildkeyTake(client, params),
      ]);
      return {
        network: network ?? url,
        netuid,
        hotkey,
        children: toKin(children),
        parents: toKin(parents),
        pending:
          pending === undefined
            ? null
            : { children: toKin(pending.children), cooldownBlock: pending.cooldownBlock.toString() },
        childkeyTake: fromU16(take),
      };
    });
  },
  render(result, out) {
    const c = out.color;
    out.line(
      c.dim(
        `hotkey ${result.hotkey} on subnet ${result.netuid}, childkey take ${formatPercent(result.childkeyTake)}`,
      ),
    );
    const table = (title: string, rows: Kin[]) => {
      if (rows.length === 0) {
        out.line(`${title}: none`);
        return;
      }
      out.line(`${title}:`);
      out.table(
        ['hotkey', 'share'],
        rows.map((r) => [r.hotkey, formatPercent(r.proportion)]),
      );
    };
    table('children', result.children);
    table('parents', result.parents);
    if (result.pending !== null)
      table(`pending (apply after block ${result.pending.cooldownBlock})`, result.pending.children);
  },
};
