/**
 * `tao wallet overview`: what the wallet's coldkey has on chain at one block: its balance (free, staked at
 * spot prices, total) and, per hotkey (the ones the chain says it owns, the wallet's hotkey files, and the
 * hotkeys it stakes through), the subnets where the hotkey holds a uid with its stake, emission,
 * incentive, dividends and trust, and the coldkey's own stake through it.
 */
import type { BlockHash, Client, NeuronLite } from '@taonet/sdk';
import { withChain } from '../../chain/chainSession.js';
import { formatPercent, formatTao } from '../../chain/taoAmount.js';
import type { CommandModule } from '../../program/commandSpec.js';
import { alphaToTao } from '../stake/priceImpact.js';
import { shortAddress } from '../stake/stakeResults.js';
import { selectWallet } from './selectWallet.js';
import { type WalletOverviewResult, walletOverviewResultSchema } from './walletAccountSchemas.js';

type HotkeyRow = WalletOverviewResult['hotkeys'][number];
type Registration = HotkeyRow['registrations'][number];

const u16 = (value: number) => value / 65_535;

function toRegistration(n: NeuronLite): Registration {
  return {
    netuid: n.netuid,
    uid: n.uid,
    stake: n.stake.toString(),
    emission: n.emission.toString(),
    incentive: u16(n.incentive),
    dividends: u16(n.dividends),
    trust: u16(n.trust),
    validatorTrust: u16(n.validatorTrust),
    validatorPermit: n.validatorPermit,
    active: n.active,
  };
}

async function readRegistrations(client: Client, hotkey: string, at: BlockHash): Promise<Registration[]> {
  const sdk = await import('@taonet/sdk');
  const out: Registration[] = [];
  for (const netuid of await sdk.getHotkeyNetuids(client, { hotkey, at })) {
    const uid = await sdk.getUidForHotkey(client, { netuid, hotkey, at });
    if (uid === undefined) continue;
    const neuron = await sdk.getNeuronLite(client, { netuid, uid, at });
    if (neuron !== undefined) out.push(toRegistration(neuron));
  }
  return out;
}

export const walletOverview: CommandModule<WalletOverviewResult> = {
  result: walletOverviewResultSchema,
  async run(ctx, input) {
    const wallet = await selectWallet(ctx, input);
    return withChain(ctx, async ({ client, url, network }) => {
      const sdk = await import('@taonet/sdk');
      const coldkey = (await wallet.getColdkeypub()).address;
      ctx.spinner.start(`Reading what ${coldkey} has on chain`);
      const best = await sdk.getBestBlock(client);
      const at = best.hash;
      const [account, positions, ownedIds, files] = await Promise.all([
        sdk.getAccountInfo(client, { address: coldkey, at }),
        sdk.getStakeInfoForColdkey(client, { coldkey, at }),
        sdk.readStorage(client, { item: sdk.OwnedHotkeys, keys: [sdk.toAccountId(coldkey, 'coldkey')], at }),
        sdk.listHotkeys(wallet),
      ]);
      const owned = new Set<string>((ownedIds ?? []).map((id) => sdk.toAddress(id, client.ss58Format)));
      const names = new Map(
        files.filter((f) => f.address !== undefined).map((f) => [f.address as string, f.name]),
      );
      const hotkeys = [...new Set([...owned, ...names.keys(), ...positions.map((p) => p.hotkey)])];
      const prices = new Map(
        (await sdk.readDynamicInfo(client, [...new Set(positions.map((p) => p.netuid))], at)).map((d) => [
          d.netuid,
          d.price,
        ]),
      );
      let staked = 0n;
      const rows: HotkeyRow[] = [];
      for (const hotkey of hotkeys) {
        const stake = positions
          .filter((p) => p.hotkey === hotkey)
          .map((p) => {
            const value = alphaToTao(p.stake, prices.get(p.netuid) ?? 0n);
            staked += value;
            return { netuid: p.netuid, amount: p.stake.toString(), value: value.toString() };
          });
        const registrations = await readRegistrations(client, hotkey, at);
        rows.push({
          hotkey,
          name: names.get(hotkey) ?? null,
          owned: owned.has(hotkey),
          registrations,
          stake,
        });
      }
      return {
        network: network ?? url,
        block: best.number,
        wallet: wallet.name,
        coldkey,
        balance: {
          free: account.free.toString(),
          staked: staked.toString(),
          total: (account.free + staked).toString(),
        },
        hotkeys: rows,
      };
    });
  },
  render(result, out) {
    const c = out.color;
    const b = result.balance;
    out.line(`${c.bold(result.wallet)} ${result.coldkey} ${c.dim(`(block ${result.block})`)}`);
    out.line(
      `  free τ${formatTao(BigInt(b.free))}, staked τ${formatTao(BigInt(b.staked))}, total τ${c.bold(formatTao(BigInt(b.total)))}`,
    );
    const rows = result.hotkeys.flatMap((h) => {
      const label = `${h.name ?? ''} ${shortAddress(h.hotkey)}`.trim();
      const own = (netuid: number) => h.stake.find((s) => s.netuid === netuid)?.amount ?? '0';
      const registered = h.registrations.map((r) => [
        label,
        String(r.netuid),
        String(r.uid),
        formatTao(BigInt(r.stake)),
        formatTao(BigInt(own(r.netuid))),
        formatTao(BigInt(r.emission)),
        formatPercent(r.incentive),
        formatPercent(r.dividends),
        r.validatorPermit ? c.green('✔') : '',
      ]);
      const unregistered = h.stake
        .filter((s) => !h.registrations.some((r) => r.netuid === s.netuid))
        .map((s) => [
          label,
          String(s.netuid),
          c.dim('-'),
          c.dim('-'),
          formatTao(BigInt(s.amount)),
          '',
          '',
          '',
          '',
        ]);
      const nothing =
        registered.length + unregistered.length === 0
          ? [[label, c.dim('not registered'), '', '', '', '', '', '', '']]
          : [];
      return [...registered, ...unregistered, ...nothing];
    });
    if (rows.length === 0) {
      out.line('  no hotkeys on chain or in the wallet');
      return;
    }
    out.table(
      ['hotkey', 'netuid', 'uid', 'stake', 'your stake', 'emission', 'incentive', 'dividends', 'permit'],
      rows,
    );
  },
};
