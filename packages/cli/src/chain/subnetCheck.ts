/**
 * The pre-flight check that a subnet exists on the chain (`requireSubnet` of netuidInput.ts imports it), so
 * that a typo gives "subnet 7 does not exist" rather than an empty result.
 */
import { type BlockHash, type Client, getNetuids } from '@taonet/sdk/read';
import { ChainCheckError } from '../errors/cliErrors.js';

export async function requireSubnet(client: Client, netuid: number, at?: BlockHash): Promise<void> {
  const netuids = await getNetuids(client, at === undefined ? {} : { at });
  if (!netuids.includes(netuid)) {
    throw new ChainCheckError(
      'SUBNET_NOT_FOUND',
      `subnet ${netuid} does not exist on this chain`,
      `\`tao subnets list\` shows the subnets (${netuids.length} now: ${netuids.slice(0, 12).join(', ')}${netuids.length > 12 ? ', ...' : ''})`,
      { details: { netuid } },
    );
  }
}
