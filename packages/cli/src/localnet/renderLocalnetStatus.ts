/**
 * The localnet's status for people: one header (block, finalized, issuance, where things are), then per
 * subnet its price, emission share and epochs, and a row per neuron: uid, role, incentive, dividends,
 * stake. Plain text lines (colours optional), the same in `up`'s live view and in `status`.
 */
import type { Colors } from '../program/commandSpec.js';
import type { LocalnetStatus, NeuronStatus, SubnetStatus } from './collectLocalnetStatus.js';

const RAO = 1_000_000_000n;

/** rao as TAO with `decimals` digits (truncated). */
export function formatRao(rao: string | bigint, decimals = 4): string {
  const value = BigInt(rao);
  const whole = value / RAO;
  const fraction = (value % RAO).toString().padStart(9, '0').slice(0, decimals);
  return decimals === 0 ? whole.toLocaleString('en-US') : `${whole.toLocaleString('en-US')}.${fraction}`;
}

const percent = (value: number) => `${(value * 100).toFixed(1)}%`;

function neuronRow(n: NeuronStatus): string {
  const role = n.weak ? `${n.role} (weak)` : n.role;
  return [
    String(n.uid).padStart(4),
    role.padEnd(13),
    n.incentive.toFixed(4).padStart(9),
    n.dividends.toFixed(4).padStart(9),
    `α${formatRao(n.stakeRao, 2)}`.padStart(14),
    `  ${n.hotkey.slice(0, 8)}…`,
  ].join(' ');
}

function subnetLines(subnet: SubnetStatus, c: Colors): string[] {
  const title = `subnet ${subnet.netuid} ${subnet.name}`;
  const facts = `price τ${formatRao(subnet.price, 4)}/α   emission ${percent(subnet.emissionShare)}   epochs ${subnet.epochs}`;
  return [
    `${c.bold(title)}   ${facts}`,
    c.dim('   uid role          incentive dividends          stake   hotkey'),
    ...subnet.neurons.map(neuronRow),
  ];
}

export function renderLocalnetStatus(status: LocalnetStatus, c: Colors): string[] {
  const lines = [
    `${c.bold('taonet localnet')}  block ${c.cyan(String(status.block))}  finalized ${status.finalized}  issuance τ${formatRao(status.issuanceRao, 2)} (+τ${formatRao(status.blockEmissionRao, 2)}/block)`,
    `rpc ${status.rpc}   explorer ${status.explorer ?? c.dim('off')}   logs ${status.logsDir}`,
  ];
  for (const subnet of status.subnets) lines.push('', ...subnetLines(subnet, c));
  return lines;
}
