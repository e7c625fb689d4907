/** `tao root list`: the root network's members (netuid 0): uid, hotkey, coldkey and TAO staked on root. */
import type { AccountId } from '@taonet/primitives';
import { withChain } from '../../chain/chainSession.js';
import { formatTao } from '../../chain/taoAmount.js';
import type { CommandModule } from '../../program/commandSpec.js';
import { bestBlock } from '../subnets/subnetsList.js';
import { type RootListResult, rootListResultSchema } from './rootSchemas.js';

export const rootList: CommandModule<RootListResult> = {
  result: rootListResultSchema,
  async run(ctx) {
    return withChain(ctx, async ({ client, url, network }) => {
      const sdk = await import('@taonet/sdk');
      ctx.spinner.start('Reading the root network');
      const block = await bestBlock(client);
      const at = block.hash;
      const [neurons, info] = await Promise.all([
        sdk.getNeuronsLite(client, { netuid: 0, at }),
        sdk.getSubnetInfo(client, { netuid: 0, at }),
      ]);
      const stakes = await sdk.readStorageMany(client, {
        item: sdk.TotalHotkeyAlpha,
        keys: neurons.map((n): [AccountId, number] => [sdk.toAccountId(n.hotkey, 'hotkey'), 0]),
        at,
      });
      const members = neurons.map((n, i) => ({
        uid: n.uid,
        hotkey: n.hotkey,
        coldkey: n.coldkey,
        stake: (stakes[i] ?? 0n).toString(),
      }));
      members.sort((a, b) =>
        BigInt(b.stake) > BigInt(a.stake) ? 1 : BigInt(b.stake) < BigInt(a.stake) ? -1 : a.uid - b.uid,
      );
      return { network: network ?? url, block: block.number, maxMembers: info?.maxAllowedUids ?? 0, members };
    });
  },
  render(result, out) {
    out.line(
      out.color.dim(
        `root network on ${result.network}, block ${result.block}: ${result.members.length}/${result.maxMembers} members`,
      ),
    );
    out.table(
      ['uid', 'hotkey', 'coldkey', 'root stake'],
      result.members.map((m) => [String(m.uid), m.hotkey, m.coldkey, `τ${formatTao(BigInt(m.stake))}`]),
    );
  },
};
