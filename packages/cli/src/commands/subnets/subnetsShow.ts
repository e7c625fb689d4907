/**
 * `tao subnets show --netuid <n>`: one subnet's details (owner, pool, price, timing, identity). The
 * neurons are `tao subnets metagraph --netuid <n>`.
 */
import { withChain } from '../../chain/chainSession.js';
import { readNetuid, requireSubnet } from '../../chain/netuidInput.js';
import { formatTao } from '../../chain/taoAmount.js';
import type { CommandModule } from '../../program/commandSpec.js';
import { bestBlock, toSubnetRow } from './subnetsList.js';
import { type SubnetsShowResult, subnetsShowResultSchema } from './subnetsSchemas.js';

export const subnetsShow: CommandModule<SubnetsShowResult> = {
  result: subnetsShowResultSchema,
  async run(ctx, input) {
    const netuid = await readNetuid(ctx, input);
    return withChain(ctx, async ({ client, url, network }) => {
      const sdk = await import('@taonet/sdk');
      ctx.spinner.start(`Reading subnet ${netuid}`);
      const block = await bestBlock(client);
      await requireSubnet(client, netuid, block.hash);
      const [dynamic, info] = await Promise.all([
        sdk.getDynamicInfo(client, { netuid, at: block.hash }),
        sdk.getSubnetInfo(client, { netuid, at: block.hash }),
      ]);
      if (dynamic === undefined) throw new Error(`subnet ${netuid} exists but has no dynamic info`);
      return {
        network: network ?? url,
        block: block.number,
        subnet: toSubnetRow(dynamic, info),
        ownerHotkey: dynamic.ownerHotkey ?? null,
        mechanism: dynamic.mechanism,
        registeredAt: dynamic.networkRegisteredAt.toString(),
        blocksSinceLastStep: dynamic.blocksSinceLastStep.toString(),
        firstEmissionBlock: dynamic.firstEmissionBlock?.toString() ?? null,
        locked: dynamic.locked.toString(),
        identity: dynamic.identity === undefined ? null : { ...dynamic.identity },
      };
    });
  },
  render(r, out) {
    const c = out.color;
    const s = r.subnet;
    out.line(`${c.bold(`subnet ${s.netuid}`)} ${s.name} ${s.symbol}  ${c.dim(`(block ${r.block})`)}`);
    const rows: [string, string][] = [
      ['owner', s.owner ?? '-'],
      ['owner hotkey', r.ownerHotkey ?? '-'],
      ['price', `τ${formatTao(BigInt(s.price))} per α`],
      ['pool', `τ${formatTao(BigInt(s.taoIn))} / α${formatTao(BigInt(s.alphaIn))}`],
      ['alpha outstanding', `α${formatTao(BigInt(s.alphaOut))}`],
      ['neurons', `${s.neurons}/${s.maxNeurons}`],
      ['registration price', `τ${formatTao(BigInt(s.burn))}`],
      ['tempo', `${s.tempo} (${r.blocksSinceLastStep} blocks since the last epoch)`],
      ['started', s.started ? `yes (first emission at block ${r.firstEmissionBlock ?? '?'})` : 'no'],
      ['registered at block', r.registeredAt],
      ['locked', `τ${formatTao(BigInt(r.locked))}`],
    ];
    for (const [key, value] of Object.entries(r.identity ?? {})) if (value !== '') rows.push([key, value]);
    out.table(['field', 'value'], rows);
  },
};
