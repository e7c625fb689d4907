/** `registerNetwork`: create a subnet (locks the network registration cost); `startCall`: start it. */
import { type Address, toAccountId } from '../address/toAccountId.js';
import { encodeCall } from '../calls/defineCall.js';
import { registerNetworkCall, registerNetworkWithIdentityCall, startCallCall } from '../calls/subnetCalls.js';
import type { Client } from '../client/createClient.js';
import type { SubnetIdentityValue } from '../storage/chainStorage.js';
import { sendTransaction } from './sendTransaction.js';
import type { TransactionReceipt } from './transactionReceipt.js';
import type { TransactionParameters } from './transfer.js';

/** A subnet identity as text (UTF-8 on chain); missing fields are empty. */
export interface SubnetIdentity {
  readonly subnetName?: string;
  readonly githubRepo?: string;
  readonly subnetContact?: string;
  readonly subnetUrl?: string;
  readonly discord?: string;
  readonly description?: string;
  readonly logoUrl?: string;
  readonly additional?: string;
}

const encoder = new TextEncoder();

export function encodeSubnetIdentity(identity: SubnetIdentity): SubnetIdentityValue {
  const bytes = (text: string | undefined) => encoder.encode(text ?? '');
  return {
    subnet_name: bytes(identity.subnetName),
    github_repo: bytes(identity.githubRepo),
    subnet_contact: bytes(identity.subnetContact),
    subnet_url: bytes(identity.subnetUrl),
    discord: bytes(identity.discord),
    description: bytes(identity.description),
    logo_url: bytes(identity.logoUrl),
    additional: bytes(identity.additional),
  };
}

export interface RegisterNetworkParameters extends TransactionParameters {
  /** the owner's hotkey: uid 0 of the new subnet */
  readonly hotkey: Address;
  readonly identity?: SubnetIdentity;
}

export interface RegisterNetworkReturnType extends TransactionReceipt {
  /** the new subnet's netuid (from the `NetworkAdded` event) */
  readonly netuid: number;
}

export async function registerNetwork(
  client: Client,
  params: RegisterNetworkParameters,
): Promise<RegisterNetworkReturnType> {
  const hotkey = toAccountId(params.hotkey, 'hotkey');
  const call =
    params.identity === undefined
      ? encodeCall(registerNetworkCall, { hotkey })
      : encodeCall(registerNetworkWithIdentityCall, {
          hotkey,
          identity: encodeSubnetIdentity(params.identity),
        });
  const receipt = await sendTransaction(client, { ...params, call });
  const added = receipt.events.find((e) => e.pallet === 'SubtensorModule' && e.name === 'NetworkAdded');
  const netuid = Number((added?.data as { netuid?: unknown } | undefined)?.netuid ?? -1);
  return { ...receipt, netuid };
}

export interface StartCallParameters extends TransactionParameters {
  readonly netuid: number;
}

/** Start a subnet (owner only, after the start call delay): emission begins, staking opens. */
export async function startCall(client: Client, params: StartCallParameters): Promise<TransactionReceipt> {
  return sendTransaction(client, { ...params, call: encodeCall(startCallCall, { netuid: params.netuid }) });
}
