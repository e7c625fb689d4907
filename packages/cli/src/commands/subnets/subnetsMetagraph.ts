/**
 * `tao subnets metagraph --netuid <n>`: the neurons of a subnet at one block (uid, hotkey, stake,
 * incentive, dividends, consensus, trust, emission, validator permit, axon), from the SDK's Metagraph.
 */
import { isTaonetError } from '@taonet/primitives';
import { type Metagraph, syncMetagraph } from '@taonet/sdk/read';
import { withChain } from '../../chain/chainSession.js';
import { readNetuid, requireSubnet } from '../../chain/netuidInput.js';
import { formatTao } from '../../chain/taoAmount.js';
import type { CommandModule } from '../../program/commandSpec.js';
import { writeWideTable } from './subnetsMetagraphTable.js';
import { type SubnetsMetagraphResult, subnetsMetagraphResultSchema } from './subnetsSchemas.js';

type Neuron = SubnetsMetagraphResult['neurons'][number];

function toNeurons(mg: Metagraph): Neuron[] {
  const col = {
    rank: mg.normalized('ranks'),
    trust: mg.normalized('trust'),
    consensus: mg.normalized('consensus'),
    incentive: mg.normalized('incentive'),
    dividends: mg.normalized('dividends'),
    validatorTrust: mg.normalized('validatorTrust'),
  };
  return mg.uids.map((uid, i) => {
    const axon = mg.axons[i];
    return {
      uid,
      hotkey: mg.hotkeys[i] ?? '',
      coldkey: mg.coldkeys[i] ?? '',
      stake: (mg.stake[i] ?? 0n).toString(),
      alphaStake: (mg.alphaStake[i] ?? 0n).toString(),
      taoStake: (mg.taoStake[i] ?? 0n).toString(),
      rank: col.rank[i] ?? 0,
      trust: col.trust[i] ?? 0,
      consensus: col.consensus[i] ?? 0,
      incentive: col.incentive[i] ?? 0,
      dividends: col.dividends[i] ?? 0,
      validatorTrust: col.validatorTrust[i] ?? 0,
      emission: (mg.emission[i] ?? 0n).toString(),
      active: mg.active[i] ?? false,
      validatorPermit: mg.validatorPermit[i] ?? false,
      lastUpdate: mg.lastUpdate[i] ?? 0,
      axon: axon === undefined || axon.ip === '0.0.0.0' || axon.port === 0 ? null : `${axon.ip}:${axon.port}`,
    };
  });
}

const short = (address: string) =>
  address.length > 14 ? `${address.slice(0, 6)}…${address.slice(-6)}` : address;
const frac = (value: number) => value.toFixed(4);

export const subnetsMetagraph: CommandModule<SubnetsMetagraphResult> = {
  result: subnetsMetagraphResultSchema,
  async run(ctx, input) {
    const netuid = await readNetuid(ctx, input);
    return withChain(ctx, async ({ client, url, network }) => {
      ctx.spinner.start(`Reading the metagraph of subnet ${netuid}`);
      // One round trip; a missing subnet is then reported by requireSubnet, with its hint (two more).
      const mg = await syncMetagraph(client, { netuid }).catch(async (error: unknown) => {
        if (isTaonetError(error, 'SUBNET_NOT_FOUND')) await requireSubnet(client, netuid);
        throw error;
      });
      return {
        network: network ?? url,
        netuid,
        block: mg.block,
        blockHash: mg.blockHash,
        n: mg.n,
        neurons: toNeurons(mg),
      };
    });
  },
  render(result, out) {
    const c = out.color;
    out.line(c.dim(`subnet ${result.netuid}, block ${result.block}, ${result.n} neurons`));
    writeWideTable(
      out,
      [
        'uid',
        'hotkey',
        'stake',
        'incentive',
        'dividends',
        'consensus',
        'trust',
        'emission',
        'permit',
        'axon',
      ],
      result.neurons.map((n) => [
        String(n.uid),
        short(n.hotkey),
        formatTao(BigInt(n.stake)),
        frac(n.incentive),
        frac(n.dividends),
        frac(n.consensus),
        frac(n.trust),
        formatTao(BigInt(n.emission)),
        n.validatorPermit ? c.green('✔') : '',
        n.axon ?? c.dim('-'),
      ]),
    );
  },
};
