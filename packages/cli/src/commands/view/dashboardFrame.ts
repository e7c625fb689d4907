/** One dashboard frame for people: the chain head, issuance, subnets (price, emission), the wallet's stake. */
import { formatTao } from '../../chain/taoAmount.js';
import type { HumanOutput } from '../../program/commandSpec.js';
import type { DashboardSnapshot } from './viewSchemas.js';

function walletLines(snapshot: DashboardSnapshot, out: HumanOutput): void {
  const c = out.color;
  const wallet = snapshot.wallet;
  if (wallet === null) {
    out.line(c.dim('no wallet (--wallet-name) to show'));
    return;
  }
  out.line(
    `${c.bold('wallet')} ${wallet.name} ${c.cyan(wallet.coldkey)}: free τ${formatTao(BigInt(wallet.free))}, staked ≈ τ${formatTao(BigInt(wallet.staked))}`,
  );
  if (wallet.stakes.length === 0) return;
  out.table(
    ['netuid', 'hotkey', 'stake (α)', 'value (τ)'],
    wallet.stakes.map((s) => [
      String(s.netuid),
      s.hotkey,
      formatTao(BigInt(s.stake)),
      formatTao(BigInt(s.value)),
    ]),
  );
}

export function renderDashboard(snapshot: DashboardSnapshot, out: HumanOutput): void {
  const c = out.color;
  out.line(
    `${c.bold('taonet')} ${snapshot.network}  block ${c.bold(String(snapshot.block))}  finalized ${snapshot.finalized}`,
  );
  out.line(
    `issuance τ${formatTao(BigInt(snapshot.issuance))}  in pools τ${formatTao(BigInt(snapshot.totalStake))}  ${snapshot.subnets.length} subnets`,
  );
  out.table(
    [
      'netuid',
      'name',
      'symbol',
      'price (τ/α)',
      'τ emission/block',
      'α emission/block',
      'TAO in pool',
      'epoch in',
    ],
    snapshot.subnets.map((s) => [
      String(s.netuid),
      s.name,
      s.symbol,
      formatTao(BigInt(s.price)),
      formatTao(BigInt(s.taoEmission)),
      formatTao(BigInt(s.alphaEmission)),
      formatTao(BigInt(s.taoIn)),
      s.tempo === 0 ? '-' : String(Math.max(0, s.tempo - Number(s.blocksSinceLastStep))),
    ]),
  );
  walletLines(snapshot, out);
}
