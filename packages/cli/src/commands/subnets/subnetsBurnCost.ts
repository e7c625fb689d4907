/**
 * `tao subnets burn-cost`: what creating a subnet costs now (btcli's meaning: the network lock cost), or
 * with `--netuid <n>` what registering a neuron on that subnet burns now (burned_register).
 */
import { withChain } from '../../chain/chainSession.js';
import { parseNetuid, requireSubnet } from '../../chain/netuidInput.js';
import { formatTao } from '../../chain/taoAmount.js';
import type { CommandModule } from '../../program/commandSpec.js';
import { type SubnetsBurnCostResult, subnetsBurnCostResultSchema } from './subnetsSchemas.js';

export const subnetsBurnCost: CommandModule<SubnetsBurnCostResult> = {
  result: subnetsBurnCostResultSchema,
  async run(ctx, input) {
    const netuid = typeof input.opts.netuid === 'string' ? parseNetuid(input.opts.netuid) : null;
    return withChain(ctx, async ({ client, url, network }) => {
      const sdk = await import('@taonet/sdk');
      ctx.spinner.start('Reading the cost');
      if (netuid === null) {
        const cost = await sdk.getNetworkRegistrationCost(client);
        return { network: network ?? url, netuid, kind: 'subnet-creation', cost: cost.toString() };
      }
      await requireSubnet(client, netuid);
      const cost = await sdk.getBurnCost(client, { netuid });
      return { network: network ?? url, netuid, kind: 'neuron-registration', cost: cost.toString() };
    });
  },
  render(result, out) {
    const what =
      result.netuid === null
        ? 'Creating a subnet costs'
        : `Registering a neuron on subnet ${result.netuid} burns`;
    out.line(`${what} ${out.color.bold(`τ${formatTao(BigInt(result.cost))}`)} now`);
  },
};
