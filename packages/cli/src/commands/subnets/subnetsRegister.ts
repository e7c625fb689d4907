/**
 * `tao subnets register --netuid <n>`: register the wallet's hotkey on a subnet by burning the current
 * registration price (`burned_register`, paid by the coldkey). Before asking it shows the price and
 * checks: the subnet exists and accepts registrations, the hotkey is not already registered there, the
 * coldkey can pay price + fee, the hotkey is not another coldkey's; a full subnet is a warning (the newcomer
 * replaces the neuron with the lowest pruning score out of immunity). The runtime limits the registrations
 * per block and interval on root only (see `tao root register`), so none is checked here.
 */
import type { Client } from '@taonet/sdk';
import { withChain } from '../../chain/chainSession.js';
import { readNetuid, requireSubnet } from '../../chain/netuidInput.js';
import { describeInclusion, toInclusion } from '../../chain/receiptFields.js';
import { confirmOrCancel, sendWithSpinner, unlockColdkey } from '../../chain/runTransaction.js';
import { formatTao } from '../../chain/taoAmount.js';
import { readWalletAddresses, type WalletAddresses } from '../../chain/walletKeys.js';
import { ChainCheckError, UsageError } from '../../errors/cliErrors.js';
import type { CommandContext } from '../../program/commandContext.js';
import type { CommandModule } from '../../program/commandSpec.js';
import { selectWallet } from '../wallet/selectWallet.js';
import { type SubnetsRegisterResult, subnetsRegisterResultSchema } from './subnetsOwnerSchemas.js';

async function checkSubnet(ctx: CommandContext, client: Client, netuid: number, keys: WalletAddresses) {
  const sdk = await import('@taonet/sdk');
  await requireSubnet(client, netuid);
  const [hyper, info, uid, owner] = await Promise.all([
    sdk.getHyperparameters(client, { netuid }),
    sdk.getSubnetInfo(client, { netuid }),
    sdk.getUidForHotkey(client, { netuid, hotkey: keys.hotkey }),
    sdk.getHotkeyOwner(client, { hotkey: keys.hotkey }),
  ]);
  if (owner !== undefined && owner !== keys.coldkey) {
    throw new ChainCheckError(
      'NOT_HOTKEY_OWNER',
      `hotkey ${keys.hotkey} belongs to another coldkey (${owner})`,
      'register a hotkey of your own (`tao wallet new-hotkey`)',
      { details: { netuid } },
    );
  }
  if (uid !== undefined) {
    throw new ChainCheckError(
      'ALREADY_REGISTERED',
      `hotkey ${keys.hotkey} is already registered on subnet ${netuid} (uid ${uid})`,
      'register another hotkey (`tao wallet new-hotkey`, then --wallet-hotkey <name>)',
      { details: { netuid, uid } },
    );
  }
  if (hyper !== undefined && !hyper.registrationAllowed) {
    throw new ChainCheckError(
      'REGISTRATION_DISABLED',
      `subnet ${netuid} does not accept registrations now`,
      "ask the subnet's owner, or try another subnet (`tao subnets list`)",
      { details: { netuid } },
    );
  }
  if (info !== undefined && info.subnetworkN >= info.maxAllowedUids) {
    ctx.log.warn(
      `subnet ${netuid} is full (${info.subnetworkN}/${info.maxAllowedUids}): registering replaces the neuron with the lowest pruning score out of immunity`,
    );
  }
}

async function checkBalance(
  client: Client,
  keys: WalletAddresses,
  netuid: number,
  burn: bigint,
  fee: bigint,
) {
  const { getAccountInfo } = await import('@taonet/sdk');
  const account = await getAccountInfo(client, { address: keys.coldkey });
  if (account.transferable < burn + fee) {
    throw new ChainCheckError(
      'INSUFFICIENT_BALANCE',
      `not enough balance: registering on subnet ${netuid} burns τ${formatTao(burn)} plus a fee of about τ${formatTao(fee)}, but ${keys.coldkey} can spend τ${formatTao(account.transferable)}`,
      'fund the coldkey (`tao wallet transfer`), or wait for the registration price to fall',
      { details: { address: keys.coldkey, netuid } },
    );
  }
  return account.free;
}

export const subnetsRegister: CommandModule<SubnetsRegisterResult> = {
  result: subnetsRegisterResultSchema,
  async run(ctx, input) {
    const netuid = await readNetuid(ctx, input);
    if (netuid === 0) throw new UsageError('subnet 0 is root: use `tao root register`');
    const wallet = await selectWallet(ctx, input);
    const keys = await readWalletAddresses(wallet);
    return withChain(ctx, async ({ client, url, network }) => {
      const sdk = await import('@taonet/sdk');
      ctx.spinner.start(`Checking subnet ${netuid}`);
      await checkSubnet(ctx, client, netuid, keys);
      const burn = await sdk.getBurnCost(client, { netuid });
      const before = await checkBalance(client, keys, netuid, burn, 0n);
      await confirmOrCancel(
        ctx,
        `Register hotkey ${keys.hotkey} on subnet ${netuid}, burning τ${formatTao(burn)} from ${keys.coldkey}?`,
      );
      const signer = await unlockColdkey(ctx, input, wallet);
      const hotkey = sdk.toAccountId(keys.hotkey, 'hotkey');
      const call = sdk.encodeCall(sdk.burnedRegisterCall, { netuid, hotkey });
      await checkBalance(client, keys, netuid, burn, await sdk.estimateFee(client, { signer, call }));
      const receipt = await sendWithSpinner(ctx, 'Registering', (onStatus) =>
        sdk.burnedRegister(client, { signer, netuid, hotkey: keys.hotkey, onStatus }),
      );
      const after = await sdk.getBalance(client, { address: keys.coldkey, at: receipt.blockHash });
      return {
        network: network ?? url,
        netuid,
        hotkey: keys.hotkey,
        coldkey: keys.coldkey,
        uid: receipt.uid,
        burn: burn.toString(),
        balanceBefore: before.toString(),
        balanceAfter: after.toString(),
        ...toInclusion(receipt),
      };
    });
  },
  render(result, out) {
    const c = out.color;
    out.line(
      `${c.green('✔')} registered ${c.cyan(result.hotkey)} on subnet ${result.netuid} as uid ${c.bold(String(result.uid))}`,
    );
    out.line(`  burned about τ${formatTao(BigInt(result.burn))}; ${describeInclusion(result, formatTao)}`);
    out.line(
      `  balance τ${formatTao(BigInt(result.balanceBefore))} → τ${formatTao(BigInt(result.balanceAfter))}`,
    );
  },
};
