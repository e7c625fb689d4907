/**
 * `tao subnets start --netuid <n>`: `start_call`, by the subnet's owner: emission begins at the next block
 * and staking opens. It can be called once, `StartCallDelay` blocks after the subnet's registration; the
 * pre-flight says who owns the subnet, whether it already started, and from which block it can start.
 */
import type { Rao } from '@taonet/primitives';
import type { Client } from '@taonet/sdk';
import { withChain } from '../../chain/chainSession.js';
import { readNetuid, requireSubnet } from '../../chain/netuidInput.js';
import { describeInclusion, toInclusion } from '../../chain/receiptFields.js';
import { confirmOrCancel, sendWithSpinner, unlockColdkey } from '../../chain/runTransaction.js';
import { formatTao } from '../../chain/taoAmount.js';
import { readColdkeyAddress } from '../../chain/walletKeys.js';
import { ChainCheckError } from '../../errors/cliErrors.js';
import type { CommandModule } from '../../program/commandSpec.js';
import { selectWallet } from '../wallet/selectWallet.js';
import { type SubnetsStartResult, subnetsStartResultSchema } from './subnetsOwnerSchemas.js';

async function checkStartable(client: Client, netuid: number, coldkey: string): Promise<void> {
  const sdk = await import('@taonet/sdk');
  // a u64 like a rao amount: the codec is the same
  const { RaoCodec } = await import('@taonet/primitives');
  const StartCallDelay = sdk.defineStorageItem<[], Rao>({
    pallet: 'SubtensorModule',
    name: 'StartCallDelay',
    keys: [],
    value: RaoCodec,
    fallback: 0n as Rao,
  });
  const [owner, first, registeredAt, delay, block] = await Promise.all([
    sdk.readStorage(client, { item: sdk.SubnetOwner, keys: [netuid] }),
    sdk.readStorage(client, { item: sdk.FirstEmissionBlockNumber, keys: [netuid] }),
    sdk.readStorage(client, { item: sdk.NetworkRegisteredAt, keys: [netuid] }),
    sdk.readStorage(client, { item: StartCallDelay, keys: [] }),
    sdk.getBlockNumber(client),
  ]);
  const ownerAddress = owner === undefined ? undefined : sdk.toAddress(owner, client.ss58Format);
  if (ownerAddress !== coldkey) {
    throw new ChainCheckError(
      'NOT_OWNER',
      `only the owner of subnet ${netuid} (${ownerAddress ?? 'none'}) can start it, not ${coldkey}`,
      "use the owner's wallet (--wallet-name)",
      { details: { netuid } },
    );
  }
  if (first !== undefined) {
    throw new ChainCheckError(
      'ALREADY_STARTED',
      `subnet ${netuid} has already started (emission since block ${first})`,
      'nothing to do: `tao subnets show --netuid <n>` shows its state',
      { details: { netuid } },
    );
  }
  const startable = (registeredAt ?? 0n) + (delay ?? 0n);
  if (BigInt(block) + 1n < startable) {
    throw new ChainCheckError(
      'TOO_EARLY',
      `subnet ${netuid} can be started from block ${startable} (now ${block}: ${startable - BigInt(block)} blocks to go)`,
      `start_call is allowed ${delay} blocks after the registration (block ${registeredAt}); run this again then`,
      { details: { netuid } },
    );
  }
}

export const subnetsStart: CommandModule<SubnetsStartResult> = {
  result: subnetsStartResultSchema,
  async run(ctx, input) {
    const netuid = await readNetuid(ctx, input);
    const wallet = await selectWallet(ctx, input);
    const coldkey = await readColdkeyAddress(wallet);
    return withChain(ctx, async ({ client, url, network }) => {
      const sdk = await import('@taonet/sdk');
      ctx.spinner.start(`Checking subnet ${netuid}`);
      await requireSubnet(client, netuid);
      await checkStartable(client, netuid, coldkey);
      await confirmOrCancel(ctx, `Start subnet ${netuid} (emission and staking begin at the next block)?`);
      const signer = await unlockColdkey(ctx, input, wallet);
      const receipt = await sendWithSpinner(ctx, 'Starting the subnet', (onStatus) =>
        sdk.startCall(client, { signer, netuid, onStatus }),
      );
      const first = await sdk.readStorage(client, {
        item: sdk.FirstEmissionBlockNumber,
        keys: [netuid],
        at: receipt.blockHash,
      });
      return {
        network: network ?? url,
        netuid,
        owner: coldkey,
        firstEmissionBlock: first === undefined ? null : Number(first),
        ...toInclusion(receipt),
      };
    });
  },
  render(result, out) {
    const c = out.color;
    out.line(
      `${c.green('✔')} started subnet ${result.netuid}: emission from block ${result.firstEmissionBlock ?? '?'}`,
    );
    out.line(`  ${describeInclusion(result, formatTao)}`);
  },
};
