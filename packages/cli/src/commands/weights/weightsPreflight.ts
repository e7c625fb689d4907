/**
 * The checks `tao weights set/commit/reveal` run before unlocking anything: the subnet exists, the hotkey
 * is registered there, commit-reveal is on (commit, reveal) or off (set), the uids exist, and the hotkey
 * may set weights on others (a validator permit, or the owner's hotkey). Each failure names the fix.
 */
import type { Client } from '@taonet/sdk';
import { requireSubnet } from '../../chain/netuidInput.js';
import { ChainCheckError, UsageError } from '../../errors/cliErrors.js';

export type WeightsMode = 'set' | 'commit' | 'reveal';

export interface WeightsTarget {
  uid: number;
  versionKey: bigint;
  tempo: number;
}

async function requireUid(client: Client, netuid: number, hotkey: string): Promise<number> {
  const { getUidForHotkey } = await import('@taonet/sdk');
  const uid = await getUidForHotkey(client, { netuid, hotkey });
  if (uid === undefined) {
    throw new ChainCheckError(
      'NOT_REGISTERED',
      `hotkey ${hotkey} is not registered on subnet ${netuid}`,
      `register it first: tao subnets register --netuid ${netuid}`,
      { details: { netuid } },
    );
  }
  return uid;
}

function checkMode(mode: WeightsMode, commitReveal: boolean, netuid: number): void {
  if (mode === 'set' && commitReveal) {
    throw new ChainCheckError(
      'COMMIT_REVEAL_ON',
      `subnet ${netuid} uses commit-reveal: weights cannot be set directly`,
      `commit them (tao weights commit --netuid ${netuid} ...), then reveal them in the reveal window`,
      { details: { netuid } },
    );
  }
  if (mode !== 'set' && !commitReveal) {
    throw new ChainCheckError(
      'COMMIT_REVEAL_OFF',
      `commit-reveal is off on subnet ${netuid}`,
      `set the weights directly: tao weights set --netuid ${netuid} ...`,
      { details: { netuid } },
    );
  }
}

async function checkPermit(
  client: Client,
  netuid: number,
  uid: number,
  hotkey: string,
  uids: readonly number[],
) {
  const sdk = await import('@taonet/sdk');
  if (uids.length === 1 && uids[0] === uid) return;
  const [neuron, ownerHotkey] = await Promise.all([
    sdk.getNeuronLite(client, { netuid, uid }),
    sdk.readStorage(client, { item: sdk.SubnetOwnerHotkey, keys: [netuid] }),
  ]);
  if (ownerHotkey !== undefined && sdk.toAddress(ownerHotkey, client.ss58Format) === hotkey) return;
  if (neuron?.validatorPermit !== true) {
    throw new ChainCheckError(
      'NO_VALIDATOR_PERMIT',
      `uid ${uid} on subnet ${netuid} has no validator permit: it may only weight itself`,
      'permits go to the most staked neurons at each epoch: add stake to the hotkey (tao stake add), then wait for the next epoch',
      { details: { netuid, uid } },
    );
  }
}

export async function checkWeightsTarget(
  client: Client,
  req: { netuid: number; hotkey: string; mode: WeightsMode; uids?: readonly number[] },
): Promise<WeightsTarget> {
  const sdk = await import('@taonet/sdk');
  const { netuid, hotkey } = req;
  if (netuid === 0) throw new UsageError('weights cannot be set on root (subnet 0)');
  await requireSubnet(client, netuid);
  const uid = await requireUid(client, netuid, hotkey);
  const [hyper, info] = await Promise.all([
    sdk.getHyperparameters(client, { netuid }),
    sdk.getSubnetInfo(client, { netuid }),
  ]);
  if (hyper === undefined || info === undefined) throw new Error(`subnet ${netuid} has no hyperparameters`);
  checkMode(req.mode, hyper.commitRevealWeightsEnabled, netuid);
  const missing = (req.uids ?? []).filter((u) => u >= info.subnetworkN);
  if (missing.length > 0) {
    throw new ChainCheckError(
      'INVALID_UID',
      `subnet ${netuid} has ${info.subnetworkN} neurons: no uid ${missing.join(', ')}`,
      `\`tao subnets metagraph --netuid ${netuid}\` lists the uids`,
      { details: { netuid } },
    );
  }
  if (req.uids !== undefined) await checkPermit(client, netuid, uid, hotkey, req.uids);
  return { uid, versionKey: hyper.weightsVersion, tempo: hyper.tempo };
}
