/** `tao subnets hyperparameters --netuid <n>`: subtensor's hyperparameters of a subnet (btcli's `sudo get`). */
import { getHyperparameters } from '@taonet/sdk/read';
import { withChain } from '../../chain/chainSession.js';
import { readNetuid, requireSubnet } from '../../chain/netuidInput.js';
import type { CommandModule } from '../../program/commandSpec.js';
import { type SubnetsHyperparametersResult, subnetsHyperparametersResultSchema } from './subnetsSchemas.js';

export const subnetsHyperparameters: CommandModule<SubnetsHyperparametersResult> = {
  result: subnetsHyperparametersResultSchema,
  async run(ctx, input) {
    const netuid = await readNetuid(ctx, input);
    return withChain(ctx, async ({ client, url, network }) => {
      ctx.spinner.start(`Reading the hyperparameters of subnet ${netuid}`);
      // One round trip; a missing subnet is then reported by requireSubnet, with its hint (two more).
      const params = await getHyperparameters(client, { netuid });
      if (params === undefined) {
        await requireSubnet(client, netuid);
        throw new Error(`subnet ${netuid} exists but has no hyperparameters`);
      }
      const hyperparameters: Record<string, unknown> = {};
      // deterministic: the SDK's object literal order (subtensor's field order)
      for (const [key, value] of Object.entries(params)) {
        hyperparameters[key] = typeof value === 'bigint' ? value.toString() : value;
      }
      return { network: network ?? url, netuid, hyperparameters };
    });
  },
  render(result, out) {
    out.line(out.color.dim(`subnet ${result.netuid} on ${result.network}`));
    out.table(
      ['hyperparameter', 'value'],
      Object.entries(result.hyperparameters).map(([key, value]) => [key, String(value)]),
    );
  },
};
