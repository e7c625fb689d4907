/**
 * `tao sudo set --netuid 1 --param tempo --value 20`: change a subnet hyperparameter through its AdminUtils
 * setter. Unknown names are refused with the list of valid ones. The wallet's coldkey signs: as the
 * subnet owner for owner parameters, or, when it is the chain's sudo key, through `Sudo.sudo` (the only
 * way for root parameters); anyone else is refused before anything is signed.
 */
import type { AccountId } from '@taonet/primitives';
import type { Client } from '@taonet/sdk';
import { withChain } from '../../chain/chainSession.js';
import { readNetuid, requireSubnet } from '../../chain/netuidInput.js';
import { describeInclusion, toInclusion } from '../../chain/receiptFields.js';
import { confirmOrCancel, sendWithSpinner, unlockColdkey } from '../../chain/runTransaction.js';
import { formatTao } from '../../chain/taoAmount.js';
import { readColdkeyAddress } from '../../chain/walletKeys.js';
import { ChainCheckError, MissingInputError, UsageError } from '../../errors/cliErrors.js';
import type { CommandInput, CommandModule } from '../../program/commandSpec.js';
import { optNonEmpty, selectWallet } from '../wallet/selectWallet.js';
import {
  findSudoParam,
  hyperparameterField,
  ownerMaySet,
  SUDO_PARAMS,
  type SudoParam,
} from './sudoParams.js';
import { type SudoSetResult, sudoSetResultSchema } from './sudoSchemas.js';
import { formatParamValue, parseParamValue } from './sudoValue.js';

export function requireSudoParam(text: string): SudoParam {
  const param = findSudoParam(text);
  if (param === undefined) {
    throw new UsageError(
      `unknown hyperparameter "${text}"; valid: ${SUDO_PARAMS.map((p) => p.name).join(', ')}`,
    );
  }
  return param;
}

function readParam(input: CommandInput): { param: SudoParam; value: string } {
  const name = optNonEmpty(input, 'param', '--param');
  const value = optNonEmpty(input, 'value', '--value');
  if (name === undefined) {
    throw new MissingInputError(`give --param <name> (${SUDO_PARAMS.map((p) => p.name).join(', ')})`);
  }
  const param = requireSudoParam(name);
  if (value === undefined) throw new MissingInputError(`give the new value of ${param.name} with --value`);
  return { param, value };
}

async function readSudoKey(client: Client): Promise<string | undefined> {
  const sdk = await import('@taonet/sdk');
  const { AccountIdCodec } = await import('@taonet/primitives');
  const SudoKey = sdk.defineStorageItem<[], AccountId>({
    pallet: 'Sudo',
    name: 'Key',
    keys: [],
    value: AccountIdCodec,
    fallback: undefined,
  });
  const key = await sdk.readStorage(client, { item: SudoKey, keys: [] });
  return key === undefined ? undefined : sdk.toAddress(key, client.ss58Format);
}

interface OriginRequest {
  param: SudoParam;
  coldkey: string;
  /** the owner may set this value (ownerMaySet) */
  ownerMay: boolean;
  /** --sudo: go through Sudo.sudo even as the owner */
  forceSudo: boolean;
}

/** `owner` or `sudo`, or a refusal naming who may set the parameter. */
async function chooseOrigin(client: Client, netuid: number, req: OriginRequest) {
  const { param, coldkey } = req;
  const sdk = await import('@taonet/sdk');
  const [owner, sudoKey] = await Promise.all([
    sdk.readStorage(client, { item: sdk.SubnetOwner, keys: [netuid] }),
    readSudoKey(client),
  ]);
  const ownerAddress = owner === undefined ? undefined : sdk.toAddress(owner, client.ss58Format);
  if (req.ownerMay && !req.forceSudo && ownerAddress === coldkey) return 'owner' as const;
  if (sudoKey === coldkey) return 'sudo' as const;
  const outOfRange = param.origin === 'owner' && !req.ownerMay;
  const range =
    param.ownerRange === undefined ? '' : ` (the owner only within ${param.ownerRange.join('..')})`;
  const who =
    req.ownerMay && !req.forceSudo
      ? `the owner of subnet ${netuid} (${ownerAddress ?? 'none'}) or the sudo key`
      : `the chain's sudo key (root)${sudoKey === undefined ? '' : `, ${sudoKey}`}`;
  throw new ChainCheckError(
    req.ownerMay && !req.forceSudo ? 'NOT_OWNER' : 'NOT_SUDO',
    `${param.name} on subnet ${netuid} can be set${outOfRange ? ' to this value' : ''} only by ${who}${outOfRange ? range : ''}, not by ${coldkey}`,
    req.ownerMay ? "use the owner's wallet (--wallet-name)" : 'ask the chain operator (the sudo key)',
    { details: { netuid } },
  );
}

async function readShown(client: Client, netuid: number, param: SudoParam, at?: `0x${string}`) {
  const { getHyperparameters } = await import('@taonet/sdk');
  const hyper = (await getHyperparameters(client, { netuid, ...(at === undefined ? {} : { at }) })) as
    | Record<string, unknown>
    | undefined;
  const value = hyper?.[hyperparameterField(param.name)];
  return value === undefined ? null : formatParamValue(value);
}

export const sudoSet: CommandModule<SudoSetResult> = {
  result: sudoSetResultSchema,
  async run(ctx, input) {
    const netuid = await readNetuid(ctx, input);
    const { param, value } = readParam(input);
    const sdk = await import('@taonet/sdk');
    if (!sdk.isAdminCallName(param.call)) throw new Error(`${param.call} is not an AdminUtils call`);
    const argTypes = sdk.ADMIN_CALLS[param.call].args.filter(([name]) => name !== 'netuid');
    const args = parseParamValue(param.name, argTypes, value);
    const wallet = await selectWallet(ctx, input);
    const coldkey = await readColdkeyAddress(wallet);
    return withChain(ctx, async ({ client, url, network }) => {
      ctx.spinner.start(`Checking subnet ${netuid}`);
      await requireSubnet(client, netuid);
      const ownerMay =
        argTypes.length === 1 ? ownerMaySet(param, args[argTypes[0]?.[0] ?? '']) : param.origin === 'owner';
      const forceSudo = input.opts.sudo === true;
      const origin = await chooseOrigin(client, netuid, { param, coldkey, ownerMay, forceSudo });
      const before = await readShown(client, netuid, param);
      const shown = argTypes.map(([name]) => formatParamValue(args[name])).join(',');
      await confirmOrCancel(
        ctx,
        `Set ${param.name} of subnet ${netuid} from ${before ?? '?'} to ${shown} (${param.call}, as ${origin})?`,
      );
      const signer = await unlockColdkey(ctx, input, wallet);
      const receipt = await sendWithSpinner(ctx, `Setting ${param.name}`, (onStatus) =>
        sdk.setHyperparameter(client, {
          signer,
          name: param.call as never,
          args: { netuid, ...args } as never,
          sudo: origin === 'sudo',
          onStatus,
        }),
      );
      const jsonArgs = Object.fromEntries(argTypes.map(([name]) => [name, args[name] as unknown]));
      for (const [k, v] of Object.entries(jsonArgs)) if (typeof v === 'bigint') jsonArgs[k] = v.toString();
      return {
        network: network ?? url,
        netuid,
        param: param.name,
        call: param.call,
        args: jsonArgs,
        origin,
        signer: coldkey,
        before,
        after: await readShown(client, netuid, param, receipt.blockHash),
        ...toInclusion(receipt),
      };
    });
  },
  render(result, out) {
    const c = out.color;
    out.line(
      `${c.green('✔')} ${result.param} of subnet ${result.netuid}: ${result.before ?? '?'} → ${c.bold(result.after ?? Object.values(result.args).join(','))} (as ${result.origin})`,
    );
    out.line(`  ${describeInclusion(result, formatTao)}`);
  },
};
