/**
 * The pre-flight of `tao root register`, in the runtime's order: not already a member; the interval's
 * registrations below `3 * target_regs_per_interval` (root's `TooManyRegistrationsThisInterval`); when
 * root is full, more root stake on the hotkey than the member it would replace (`StakeTooLowForRoot`).
 * The per-block limit is not checked: the counter restarts at the next block.
 */
import type { AccountId, Uid } from '@taonet/primitives';
import type { Client } from '@taonet/sdk';
import { formatTao } from '../../chain/taoAmount.js';
import { ChainCheckError } from '../../errors/cliErrors.js';

async function registrationsThisInterval(client: Client): Promise<number> {
  const sdk = await import('@taonet/sdk');
  // a u16 per subnet: UidCodec is the plain u16 codec, branded
  const { UidCodec } = await import('@taonet/primitives');
  const item = sdk.defineStorageItem<[number], Uid>({
    pallet: 'SubtensorModule',
    name: 'RegistrationsThisInterval',
    keys: [{ codec: UidCodec as never, hasher: 'Identity' }],
    value: UidCodec,
    fallback: 0 as Uid,
  });
  return (await sdk.readStorage(client, { item, keys: [0] })) ?? 0;
}

async function checkRootFull(client: Client, hotkey: string): Promise<void> {
  const sdk = await import('@taonet/sdk');
  const info = await sdk.getSubnetInfo(client, { netuid: 0 });
  if (info === undefined || info.subnetworkN < info.maxAllowedUids) return;
  const members = await sdk.getNeuronsLite(client, { netuid: 0 });
  const keys = [hotkey, ...members.map((m) => m.hotkey)].map((h): [AccountId, number] => [
    sdk.toAccountId(h, 'hotkey'),
    0,
  ]);
  const stakes = await sdk.readStorageMany(client, { item: sdk.TotalHotkeyAlpha, keys });
  const own = stakes[0] ?? 0n;
  const lowest = stakes.slice(1).reduce<bigint>((min, s) => ((s ?? 0n) < min ? (s ?? 0n) : min), own + 1n);
  if (own <= lowest) {
    throw new ChainCheckError(
      'STAKE_TOO_LOW_FOR_ROOT',
      `root is full (${info.subnetworkN}/${info.maxAllowedUids}) and ${hotkey} has τ${formatTao(own)} of root stake, not more than the lowest member's τ${formatTao(lowest)}`,
      'stake TAO on root to the hotkey first (tao stake add --netuid 0)',
      { details: {} },
    );
  }
}

export async function checkRootRegister(client: Client, hotkey: string): Promise<void> {
  const sdk = await import('@taonet/sdk');
  const uid = await sdk.getUidForHotkey(client, { netuid: 0, hotkey });
  if (uid !== undefined) {
    throw new ChainCheckError(
      'ALREADY_REGISTERED',
      `hotkey ${hotkey} is already on root (uid ${uid})`,
      '`tao root list` shows the members',
      { details: { uid } },
    );
  }
  const [hyper, count] = await Promise.all([
    sdk.getHyperparameters(client, { netuid: 0 }),
    registrationsThisInterval(client),
  ]);
  const limit = 3 * (hyper?.targetRegsPerInterval ?? 0);
  if (hyper !== undefined && count >= limit) {
    throw new ChainCheckError(
      'RATE_LIMITED',
      `root has taken ${count} registrations this interval, its limit (3 × target ${hyper.targetRegsPerInterval})`,
      `retry after the next adjustment (every ${hyper.adjustmentInterval} blocks)`,
      { details: {} },
    );
  }
  await checkRootFull(client, hotkey);
}
