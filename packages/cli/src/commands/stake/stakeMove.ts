/**
 * Stake from one position to another: `tao stake move` (to another hotkey and/or subnet, `move_stake`),
 * `tao stake transfer` (to another coldkey, `transfer_stake`), `tao stake swap` (to another subnet, same
 * hotkey, `swap_stake_limit`: the origin/destination price ratio may fall at most --tolerance). A move
 * across subnets sells and buys: move_stake and transfer_stake carry no limit, so their simulated price
 * move is checked against --tolerance before signing. Amounts are origin alpha (`--all`: the position).
 */
import type { Keypair } from '@taonet/crypto';
import type { Client, TransactionStage } from '@taonet/sdk';
import { withChain } from '../../chain/chainSession.js';
import { parseNetuid } from '../../chain/netuidInput.js';
import { confirmOrCancel, sendWithSpinner, unlockColdkey } from '../../chain/runTransaction.js';
import { formatTao } from '../../chain/taoAmount.js';
import { ChainCheckError, MissingInputError, UsageError } from '../../errors/cliErrors.js';
import type { CommandContext } from '../../program/commandContext.js';
import type { CommandInput, CommandModule } from '../../program/commandSpec.js';
import { optBoolean, optNonEmpty, selectWallet } from '../wallet/selectWallet.js';
import { alphaToTao, readSlippage, type SlippageSettings } from './priceImpact.js';
import {
  MIN_STAKE,
  readAmount,
  readHotkeyAddress,
  readPool,
  requireHotkey,
  requireStake,
  withStakeHints,
} from './stakeChecks.js';
import { describeProtection, renderTx, shortAddress, toProtection, toTx } from './stakeResults.js';
import { type StakeMoveResult, stakeMoveResultSchema } from './stakeSchemas.js';
import { quoteSwap, type TradeQuote } from './tradeQuote.js';

type Kind = StakeMoveResult['kind'];

interface MoveRequest {
  kind: Kind;
  originNetuid: number;
  destinationNetuid: number;
  amount: bigint | 'all';
  slippage: SlippageSettings;
}

async function readNetuidFlag(ctx: CommandContext, input: CommandInput, key: string, flag: string) {
  const text = optNonEmpty(input, key, flag);
  if (text !== undefined) return parseNetuid(text);
  if (!ctx.prompter.enabled) throw new MissingInputError(`give the subnet with ${flag} <n>`);
  return parseNetuid(await ctx.prompter.text(`Subnet (${flag.slice(2)})`));
}

async function readRequest(ctx: CommandContext, input: CommandInput, kind: Kind): Promise<MoveRequest> {
  const originNetuid = await readNetuidFlag(ctx, input, 'originNetuid', '--origin-netuid');
  const destText = optNonEmpty(input, 'destNetuid', '--dest-netuid');
  const destinationNetuid =
    destText !== undefined
      ? parseNetuid(destText)
      : kind === 'swap'
        ? await readNetuidFlag(ctx, input, 'destNetuid', '--dest-netuid')
        : originNetuid;
  if (kind === 'swap' && destinationNetuid === originNetuid) {
    throw new UsageError(
      '--dest-netuid must differ from --origin-netuid (to change hotkey use `tao stake move`)',
    );
  }
  const all = optBoolean(input, 'all') === true;
  if (all && typeof input.opts.amount === 'string') throw new UsageError('give --amount or --all, not both');
  const amount = all ? ('all' as const) : await readAmount(ctx, input, 'Alpha to move', ' (or --all)');
  return { kind, originNetuid, destinationNetuid, amount, slippage: readSlippage(input) };
}

interface Route {
  coldkey: string;
  destinationColdkey: string;
  originHotkey: string;
  destinationHotkey: string;
}

async function readRoute(input: CommandInput, kind: Kind, hotkey: string, coldkey: string): Promise<Route> {
  const { toAccountId } = await import('@taonet/sdk');
  const dest = kind === 'transfer' ? optNonEmpty(input, 'dest', '--dest') : undefined;
  if (kind === 'transfer' && dest === undefined) {
    throw new MissingInputError('give the coldkey receiving the stake with --dest <ss58 address>');
  }
  const destHotkey = kind === 'move' ? optNonEmpty(input, 'destHotkey', '--dest-hotkey') : undefined;
  if (dest !== undefined) toAccountId(dest, 'dest');
  if (destHotkey !== undefined) toAccountId(destHotkey, 'hotkey');
  return {
    coldkey,
    destinationColdkey: dest?.trim() ?? coldkey,
    originHotkey: hotkey,
    destinationHotkey: destHotkey?.trim() ?? hotkey,
  };
}

const CALLS: Record<Kind, (limited: boolean) => string> = {
  move: () => 'move_stake',
  transfer: () => 'transfer_stake',
  swap: (limited) => (limited ? 'swap_stake_limit' : 'swap_stake'),
};

interface Checked {
  amount: bigint;
  originStake: bigint;
  quote: TradeQuote | undefined;
}

async function check(client: Client, req: MoveRequest, route: Route): Promise<Checked> {
  const { getStake } = await import('@taonet/sdk');
  if (req.originNetuid === req.destinationNetuid && route.originHotkey === route.destinationHotkey) {
    if (route.coldkey === route.destinationColdkey) {
      throw new UsageError('the stake would not move: give --dest-hotkey or a different --dest-netuid');
    }
  }
  await requireHotkey(client, route.originHotkey);
  if (route.destinationHotkey !== route.originHotkey) await requireHotkey(client, route.destinationHotkey);
  const origin = await readPool(client, req.originNetuid);
  const destination =
    req.destinationNetuid === req.originNetuid ? origin : await readPool(client, req.destinationNetuid);
  const originStake = await getStake(client, {
    hotkey: route.originHotkey,
    coldkey: route.coldkey,
    netuid: req.originNetuid,
  });
  const where = `the position of ${shortAddress(route.originHotkey)} on subnet ${req.originNetuid}`;
  const amount = req.amount === 'all' ? originStake : req.amount;
  requireStake(originStake, amount === 0n ? 1n : amount, where);
  if (alphaToTao(amount, origin.price) <= MIN_STAKE) {
    throw new ChainCheckError(
      'AMOUNT_TOO_LOW',
      `${formatTao(amount)} alpha is worth about τ${formatTao(alphaToTao(amount, origin.price))}, not above the chain's minimum of τ${formatTao(MIN_STAKE)}`,
      'move more alpha',
      { details: {} },
    );
  }
  const quote =
    req.originNetuid === req.destinationNetuid
      ? undefined
      : await quoteSwap(client, origin, destination, amount, req.slippage);
  return { amount, originStake, quote };
}

async function send(
  client: Client,
  req: MoveRequest,
  route: Route,
  checked: Checked,
  args: { signer: Keypair; onStatus: (stage: TransactionStage) => void },
) {
  const sdk = await import('@taonet/sdk');
  const common = {
    ...args,
    originNetuid: req.originNetuid,
    destinationNetuid: req.destinationNetuid,
    amount: checked.amount,
  };
  if (req.kind === 'move') {
    return sdk.moveStake(client, {
      ...common,
      originHotkey: route.originHotkey,
      destinationHotkey: route.destinationHotkey,
    });
  }
  if (req.kind === 'transfer') {
    return sdk.transferStake(client, {
      ...common,
      hotkey: route.originHotkey,
      destinationColdkey: route.destinationColdkey,
    });
  }
  const limit = checked.quote?.limitPrice;
  return sdk.swapStake(client, {
    ...common,
    hotkey: route.originHotkey,
    ...(limit === undefined
      ? { slippage: false as const }
      : { limitPrice: limit, allowPartial: req.slippage.partial }),
  });
}

function createMoveCommand(kind: Kind): CommandModule<StakeMoveResult> {
  return {
    result: stakeMoveResultSchema,
    async run(ctx, input) {
      const req = await readRequest(ctx, input, kind);
      const wallet = await selectWallet(ctx, input);
      return withChain(ctx, async ({ client, url, network }) => {
        const sdk = await import('@taonet/sdk');
        const hotkey = await readHotkeyAddress(input, wallet);
        const route = await readRoute(input, kind, hotkey, (await wallet.getColdkeypub()).address);
        ctx.spinner.start('Checking the stake and the pools');
        const checked = await check(client, req, route);
        const destinationKey = {
          hotkey: route.destinationHotkey,
          coldkey: route.destinationColdkey,
          netuid: req.destinationNetuid,
        };
        const destinationBefore = await sdk.getStake(client, destinationKey);
        const protection = checked.quote === undefined ? null : toProtection(checked.quote, req.slippage);
        const call = CALLS[kind](kind === 'swap' && checked.quote?.limitPrice !== undefined);
        await confirmOrCancel(
          ctx,
          `${call}: ${formatTao(checked.amount)} alpha from ${shortAddress(route.originHotkey)} on subnet ${req.originNetuid} ` +
            `to ${shortAddress(route.destinationHotkey)} on subnet ${req.destinationNetuid}` +
            `${route.destinationColdkey === route.coldkey ? '' : ` (coldkey ${shortAddress(route.destinationColdkey)})`}? (${describeProtection(protection)})`,
        );
        const signer = await unlockColdkey(ctx, input, wallet);
        const receipt = await withStakeHints(() =>
          sendWithSpinner(ctx, 'Move stake', (onStatus) =>
            send(client, req, route, checked, { signer, onStatus }),
          ),
        );
        const at = receipt.blockHash;
        const originKey = {
          hotkey: route.originHotkey,
          coldkey: route.coldkey,
          netuid: req.originNetuid,
          at,
        };
        const [originAfter, destinationAfter] = await Promise.all([
          sdk.getStake(client, originKey),
          sdk.getStake(client, { ...destinationKey, at }),
        ]);
        return {
          network: network ?? url,
          kind,
          call,
          ...route,
          originNetuid: req.originNetuid,
          destinationNetuid: req.destinationNetuid,
          amount: checked.amount.toString(),
          expectedAmount: (checked.quote?.expectedOut ?? checked.amount).toString(),
          protection,
          originStakeBefore: checked.originStake.toString(),
          originStakeAfter: originAfter.toString(),
          destinationStakeBefore: destinationBefore.toString(),
          destinationStakeAfter: destinationAfter.toString(),
          tx: toTx(receipt),
        };
      });
    },
    render(result, out) {
      const c = out.color;
      out.line(
        `${c.green('✔')} ${result.call}: ${formatTao(BigInt(result.amount))} alpha, subnet ${result.originNetuid} → ${result.destinationNetuid}`,
      );
      out.line(
        `  origin ${shortAddress(result.originHotkey)}: ${formatTao(BigInt(result.originStakeBefore))} → ${formatTao(BigInt(result.originStakeAfter))}`,
      );
      out.line(
        `  destination ${shortAddress(result.destinationHotkey)}${result.destinationColdkey === result.coldkey ? '' : ` (coldkey ${shortAddress(result.destinationColdkey)})`}: ` +
          `${formatTao(BigInt(result.destinationStakeBefore))} → ${c.bold(formatTao(BigInt(result.destinationStakeAfter)))}`,
      );
      if (result.protection !== null) out.line(c.dim(`  ${describeProtection(result.protection)}`));
      renderTx(out, result.tx);
    },
  };
}

export const stakeMove = createMoveCommand('move');
export const stakeTransfer = createMoveCommand('transfer');
export const stakeSwap = createMoveCommand('swap');
