/**
 * What the chain records of a subnet's TAO emission, read through the SDK's raw storage reads (the SDK does
 * not declare these items): `SubnetEmissionEnabled` (root's switch: a new subnet gets no TAO emission until
 * root turns it on), and per block `SubnetTaoInEmission` + `SubnetExcessTao`, the TAO the coinbase injected
 * into the pool and spent buying alpha for the protocol, i.e. all the TAO the subnet got that block.
 */

import { fromHex, toHex } from '@taonet/primitives';
import { type BlockHash, type Client, getStoragePrefix, readRawStorage } from '@taonet/sdk';

/** The key of a SubtensorModule map keyed `Identity(netuid)` (a u16, little-endian). */
function subnetKey(name: string, netuid: number): `0x${string}` {
  const prefix = getStoragePrefix('SubtensorModule', name);
  return toHex(new Uint8Array([...prefix, netuid & 0xff, netuid >> 8]));
}

/** A SCALE u64 (little-endian); 0 when absent. */
function decodeU64(hex: string | null | undefined): bigint {
  if (hex === null || hex === undefined) return 0n;
  return fromHex(hex).reduceRight((value, byte) => (value << 8n) | BigInt(byte), 0n);
}

/** The subnets among `netuids` whose TAO emission root switched off (absent = on). */
export async function readEmissionDisabled(
  client: Client,
  netuids: readonly number[],
  at?: BlockHash,
): Promise<Set<number>> {
  if (netuids.length === 0) return new Set();
  const values = await readRawStorage(
    client,
    netuids.map((n) => subnetKey('SubnetEmissionEnabled', n)),
    at,
  );
  return new Set(netuids.filter((_, i) => values[i] === '0x00'));
}

/** The TAO (rao) the subnet received in the block: injected into its pool plus spent on the chain buy. */
export async function readBlockTaoEmission(client: Client, netuid: number, at: BlockHash): Promise<bigint> {
  const [taoIn, excess] = await readRawStorage(
    client,
    [subnetKey('SubnetTaoInEmission', netuid), subnetKey('SubnetExcessTao', netuid)],
    at,
  );
  return decodeU64(taoIn) + decodeU64(excess);
}
