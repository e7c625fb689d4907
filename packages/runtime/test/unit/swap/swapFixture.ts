/** A state, a block context and a swap API for the swap and balances tests. */
import { type AccountId, accountId, type NetUid, netUid } from '@taonet/primitives';
import { CurrencyIssuance } from '../../../src/balances/schema.js';
import type { DispatchContext } from '../../../src/dispatch/callDef.js';
import { EventLog } from '../../../src/dispatch/runtimeEvent.js';
import { MemoryBackend } from '../../../src/state/memoryBackend.js';
import { OverlayState } from '../../../src/state/overlayState.js';
import { NetworksAdded } from '../../../src/subnets/schema.js';
import { createSwapApi } from '../../../src/swap/createSwapApi.js';
import { FeeRate } from '../../../src/swap/schema.js';
import type { SwapApi } from '../../../src/swap/swapApi.js';
import { Account } from '../../../src/system/schema.js';

export const TAO = 1_000_000_000n;
export const ROOT = netUid(0);
export const NETUID = netUid(1);

export const account = (byte: number): AccountId =>
  accountId(`0x${byte.toString(16).padStart(2, '0').repeat(32)}`);
export const ALICE = account(0xa1);
export const BOB = account(0xb0);
export const AUTHOR = account(0xa0);
export const SUBNET_ACCOUNT = account(0x51);

export interface TestChain {
  readonly state: OverlayState;
  readonly events: EventLog;
  readonly api: SwapApi;
  ctx(author?: AccountId): DispatchContext;
}

export function createTestChain(minimumReserve = 1_000_000n): TestChain {
  const state = new OverlayState(new MemoryBackend());
  const events = new EventLog();
  const api = createSwapApi({ minimumReserve }); // subnets exist while NetworksAdded says so
  NetworksAdded.set(state, [ROOT], true);
  return {
    state,
    events,
    api,
    ctx: (author?: AccountId) => ({
      state,
      events,
      block: author === undefined ? { number: 1, timestamp: 0 } : { number: 1, timestamp: 0, author },
    }),
  };
}

/** A registered subnet with a dynamic pool of these reserves and fee rate (balancer not initialised yet). */
export function seedPool(chain: TestChain, netuid: NetUid, tao: bigint, alpha: bigint, feeRate = 33): void {
  NetworksAdded.set(chain.state, [netuid], true);
  chain.api.initializeNewSubnetPool(chain.ctx(), netuid, tao, alpha);
  FeeRate.set(chain.state, [netuid], feeRate);
}

/** Give `who` free TAO out of thin air (and count it in the balances issuance). */
export function endow(chain: TestChain, who: AccountId, amount: bigint): void {
  const info = Account.get(chain.state, [who]);
  info.data.free += amount;
  info.providers = 1;
  Account.set(chain.state, [who], info);
  CurrencyIssuance.mutate(chain.state, (v) => v + amount);
}

export const freeOf = (chain: TestChain, who: AccountId): bigint => Account.get(chain.state, [who]).data.free;
