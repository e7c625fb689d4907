/**
 * `tao wallet swap-coldkey <announce|execute|status|dispute|clear>`: subtensor's announced coldkey swap.
 * `announce --new-coldkey <wallet|ss58>` commits the new coldkey's hash (the first announcement recycles
 * 0.1 TAO; from then on this coldkey may sign only these steps); `execute --new-coldkey ...` moves
 * everything (stake, hotkeys, subnets, balance) once the delay has passed; `dispute` freezes the account
 * (when the announcement was not yours) until root resets it; `clear` withdraws an announcement after its
 * re-announcement delay; `status` (also `wallet swap-check`) shows where it stands. Each step is checked
 * against the chain's status before signing.
 */
import type { ColdkeySwapStatus } from '@taonet/sdk';
import { withChain } from '../../chain/chainSession.js';
import { confirmOrCancel, sendWithSpinner, unlockColdkey } from '../../chain/runTransaction.js';
import { formatTao } from '../../chain/taoAmount.js';
import { ChainCheckError, MissingInputError, UsageError } from '../../errors/cliErrors.js';
import type { CommandInput, CommandModule } from '../../program/commandSpec.js';
import { requireBalance, withStakeHints } from '../stake/stakeChecks.js';
import { renderTx, toTx } from '../stake/stakeResults.js';
import { resolveColdkeyAddress } from './resolveKeyAddress.js';
import { optNonEmpty, selectWallet } from './selectWallet.js';
import {
  type ColdkeySwapStatusResult,
  type WalletSwapColdkeyResult,
  walletSwapColdkeyResultSchema,
} from './walletAccountSchemas.js';

type Action = WalletSwapColdkeyResult['action'];
const ACTIONS: readonly Action[] = ['announce', 'execute', 'status', 'dispute', 'clear'];

export function toStatus(status: ColdkeySwapStatus): ColdkeySwapStatusResult {
  const a = status.announcement;
  return {
    block: status.block,
    announced: a !== undefined,
    executableAt: a?.executableAt ?? null,
    clearableAt: a?.clearableAt ?? null,
    newColdkeyHash: a?.newColdkeyHash ?? null,
    disputedAt: status.disputedAt ?? null,
    announcementDelay: status.announcementDelay,
    cost: status.cost.toString(),
  };
}

function readAction(input: CommandInput, fixed: Action | undefined): Action {
  if (fixed !== undefined) return fixed;
  const given = input.args[0];
  if (given === undefined)
    throw new MissingInputError(`name the step: tao wallet swap-coldkey <${ACTIONS.join('|')}>`);
  if (!ACTIONS.includes(given as Action)) {
    throw new UsageError(`unknown step "${given}": one of ${ACTIONS.join(', ')}`);
  }
  return given as Action;
}

const refuse = (code: string, message: string, hint: string): never => {
  throw new ChainCheckError(code, message, hint, { details: {} });
};

/** The step is possible now (else a ChainCheckError saying when it will be). */
function checkStep(action: Action, status: ColdkeySwapStatus, newHash: string | undefined): void {
  const a = status.announcement;
  const now = status.block;
  if (action === 'status') return;
  if (status.disputedAt !== undefined) {
    refuse(
      'COLDKEY_SWAP_DISPUTED',
      `the coldkey swap was disputed at block ${status.disputedAt}: the account is frozen`,
      'only root (sudo) can reset a disputed swap',
    );
  }
  if (action === 'announce') {
    if (a !== undefined && now < a.clearableAt) {
      refuse(
        'RATE_LIMITED',
        `a swap is already announced (executable at block ${a.executableAt}); it can be renewed from block ${a.clearableAt}`,
        `wait ${a.clearableAt - now} blocks, or execute the announced swap`,
      );
    }
    return;
  }
  if (a === undefined) {
    refuse(
      'NO_COLDKEY_SWAP',
      'no coldkey swap is announced for this coldkey',
      'announce one first: `tao wallet swap-coldkey announce --new-coldkey <wallet|ss58>`',
    );
  }
  if (action === 'execute' && newHash !== a!.newColdkeyHash) {
    refuse(
      'COLDKEY_MISMATCH',
      'the new coldkey is not the one announced (its hash differs)',
      'give the --new-coldkey that was announced',
    );
  }
  if (action === 'execute' && now < a!.executableAt) {
    refuse(
      'TOO_EARLY',
      `the swap may execute from block ${a!.executableAt} (now ${now})`,
      `wait ${a!.executableAt - now} blocks`,
    );
  }
  if (action === 'clear' && now < a!.clearableAt) {
    refuse(
      'TOO_EARLY',
      `the announcement may be cleared from block ${a!.clearableAt} (now ${now})`,
      `wait ${a!.clearableAt - now} blocks`,
    );
  }
}

const QUESTIONS: Record<
  Exclude<Action, 'status'>,
  (coldkey: string, next: string | null, cost: string) => string
> = {
  announce: (c, n, cost) =>
    `Announce a swap of coldkey ${c} to ${n}? ${cost}Until it executes, this coldkey can sign nothing but the swap steps.`,
  execute: (c, n) => `Move EVERYTHING of coldkey ${c} (stake, hotkeys, subnets, balance) to ${n}?`,
  dispute: (c) => `Dispute the announced swap of ${c}? The account stays frozen until root resets it.`,
  clear: (c) => `Withdraw the swap announcement of ${c}?`,
};

async function readNewColdkey(
  input: CommandInput,
  action: Action,
  wallet: Parameters<typeof resolveColdkeyAddress>[0],
) {
  if (action !== 'announce' && action !== 'execute') return null;
  const text = optNonEmpty(input, 'newColdkey', '--new-coldkey');
  if (text === undefined)
    throw new MissingInputError(`give the new coldkey with --new-coldkey <wallet name or ss58>`);
  return resolveColdkeyAddress(wallet, text);
}

export function createSwapColdkeyCommand(fixed?: Action): CommandModule<WalletSwapColdkeyResult> {
  return {
    result: walletSwapColdkeyResultSchema,
    async run(ctx, input) {
      const action = readAction(input, fixed);
      const wallet = await selectWallet(ctx, input);
      const ss58 = optNonEmpty(input, 'ss58', '--ss58');
      if (ss58 !== undefined && action !== 'status') throw new UsageError('--ss58 goes with status only');
      return withChain(ctx, async ({ client, url, network }) => {
        const sdk = await import('@taonet/sdk');
        const coldkey =
          ss58 === undefined
            ? (await wallet.getColdkeypub()).address
            : sdk.toAddress(sdk.toAccountId(ss58, 'coldkey'));
        const newColdkey = await readNewColdkey(input, action, wallet);
        if (newColdkey === coldkey) throw new UsageError('the new coldkey is this coldkey');
        ctx.spinner.start('Reading the coldkey swap status');
        const before = await sdk.getColdkeySwapStatus(client, { coldkey });
        const base = { network: network ?? url, action, coldkey, newColdkey };
        if (action === 'status') return { ...base, status: toStatus(before), tx: null };
        checkStep(action, before, newColdkey === null ? undefined : sdk.computeColdkeyHash(newColdkey));
        const signer = await unlockColdkey(ctx, input, wallet);
        const firstAnnouncement = action === 'announce' && before.announcement === undefined;
        if (firstAnnouncement)
          await requireBalance(client, coldkey, before.cost + 1_000_000n, 'the announcement');
        const cost = firstAnnouncement ? `τ${formatTao(before.cost)} is recycled. ` : '';
        await confirmOrCancel(ctx, QUESTIONS[action](coldkey, newColdkey, cost));
        const receipt = await withStakeHints(() =>
          sendWithSpinner(ctx, `Coldkey swap (${action})`, (onStatus) => {
            const args = { signer, onStatus };
            if (action === 'announce')
              return sdk.announceColdkeySwap(client, { ...args, newColdkey: newColdkey! });
            if (action === 'execute')
              return sdk.swapColdkeyAnnounced(client, { ...args, newColdkey: newColdkey! });
            if (action === 'dispute') return sdk.disputeColdkeySwap(client, args);
            return sdk.clearColdkeySwapAnnouncement(client, args);
          }),
        );
        const after = await sdk.getColdkeySwapStatus(client, { coldkey, at: receipt.blockHash });
        return { ...base, status: toStatus(after), tx: toTx(receipt) };
      });
    },
    render(result, out) {
      const c = out.color;
      const s = result.status;
      if (result.tx !== null) out.line(`${c.green('✔')} coldkey swap: ${result.action} done`);
      out.line(`coldkey ${result.coldkey} at block ${s.block}`);
      if (!s.announced) out.line('  no swap announced');
      else {
        out.line(
          `  swap announced: executable from block ${s.executableAt}, renewable or clearable from block ${s.clearableAt}`,
        );
        out.line(c.dim(`  new coldkey hash ${s.newColdkeyHash}`));
      }
      if (s.disputedAt !== null)
        out.line(c.red(`  disputed at block ${s.disputedAt}: frozen until root resets it`));
      if (result.tx !== null) renderTx(out, result.tx);
    },
  };
}

export const walletSwapColdkey = createSwapColdkeyCommand();
export const walletSwapCheck = createSwapColdkeyCommand('status');
