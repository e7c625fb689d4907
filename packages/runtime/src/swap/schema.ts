/**
 * Storage of the subnet AMM pools (economics.md §3.1), with subtensor's names, codecs and hashers:
 *
 * - the reserves and counters live in `SubtensorModule` (maps keyed by netuid with the `Identity` hasher):
 *   `SubnetTAO` (TAO reserve), `SubnetAlphaIn` (alpha reserve), `SubnetAlphaOut` (alpha outstanding),
 *   `SubnetMechanism` (0 stable, 1 dynamic), `SubnetVolume` (u128); the swaps also keep the global
 *   `TotalStake` (declared with the stake accounting, staking/schema.ts);
 * - the curve lives in pallet `Swap` (index 28, maps keyed by netuid with `Twox64Concat`): `SwapBalancer`
 *   (the quote weight as a Perquintill, default 0.5), `FeeRate` (u16 out of 65535, default 33) and
 *   `PalSwapInitialized`.
 *
 * subtensor's `SubnetTaoProvided` / `SubnetAlphaInProvided` (user liquidity of the Uniswap-v3 era) were folded
 * into the reserves by `migrate_cleanup_swap_v3` and are not declared here.
 */
import { type NetUid, NetUidCodec, PERQUINTILL_HALF } from '@taonet/primitives';
import { bool, Struct, u16, u64, u128 } from 'scale-ts';
import { defineErrors } from '../dispatch/dispatchError.js';
import { Twox64Concat } from '../state/storageHasher.js';
import { keyPart, storageMap } from '../state/storageItem.js';
import { subnetMap } from '../subtensor/subtensorStorage.js';

export const SWAP = 'Swap';
export const SWAP_INDEX = 28;

/** `SubnetMechanism` values. */
export const STABLE_MECHANISM = 0;
export const DYNAMIC_MECHANISM = 1;

/** `DefaultFeeRate`: 33 / 65535 ≈ 0.05%. */
export const DEFAULT_FEE_RATE = 33;
/** `SwapMaxFeeRate`: 10_000 / 65535 ≈ 15.26%. */
export const SWAP_MAX_FEE_RATE = 10_000;
/** `SwapMinimumReserve`: the output-side reserve a swap needs (1_000_000 rao; the subtensor test mock uses 100). */
export const SWAP_MINIMUM_RESERVE = 1_000_000n;

const netuidTwox = keyPart(NetUidCodec, Twox64Concat);

export const SubnetTAO = subnetMap('SubnetTAO', u64, 0n, 'The TAO reserve of the subnet pool.');
export const SubnetAlphaIn = subnetMap('SubnetAlphaIn', u64, 0n, 'The alpha reserve of the subnet pool.');
export const SubnetAlphaOut = subnetMap(
  'SubnetAlphaOut',
  u64,
  0n,
  'Alpha outstanding (held by stakers and the protocol): alpha issuance = SubnetAlphaIn + SubnetAlphaOut.',
);
export const SubnetMechanism = subnetMap(
  'SubnetMechanism',
  u16,
  STABLE_MECHANISM,
  'The pool mechanism: 0 = stable (1:1, no fee; root), 1 = dynamic (balancer).',
);
export const SubnetVolume = subnetMap(
  'SubnetVolume',
  u128,
  0n,
  'TAO bought and sold through the pool since the subnet started.',
);

/** `Balancer { quote: Perquintill }`: the quote (TAO) weight in parts of 10^18. */
export interface Balancer {
  quote: bigint;
}

export const BalancerCodec = Struct({ quote: u64 });

export const SwapBalancer = storageMap<NetUid, Balancer>({
  pallet: SWAP,
  name: 'SwapBalancer',
  key: netuidTwox,
  value: BalancerCodec,
  default: () => ({ quote: PERQUINTILL_HALF }),
  docs: 'The balancer weights of the pool: the quote (TAO) weight; the alpha weight is 1 - quote.',
});

export const FeeRate = storageMap<NetUid, number>({
  pallet: SWAP,
  name: 'FeeRate',
  key: netuidTwox,
  value: u16,
  default: DEFAULT_FEE_RATE,
  docs: 'The swap fee rate, out of 65535.',
});

export const PalSwapInitialized = storageMap<NetUid, boolean>({
  pallet: SWAP,
  name: 'PalSwapInitialized',
  key: netuidTwox,
  value: bool,
  default: false,
  docs: 'Whether the balancer of the pool was initialised (weights 0.5 on the first swap).',
});

/** The errors of pallet `Swap`, in subtensor's declaration order. */
export const SwapErrors = defineErrors(SWAP, {
  FeeRateTooHigh: 'The fee rate is above the maximum (10_000).',
  InsufficientInputAmount: 'The provided amount is insufficient for the swap.',
  InsufficientLiquidity: 'The pool does not hold the output of the swap.',
  PriceLimitExceeded: 'The current price is already beyond the limit price.',
  InsufficientBalance: 'The caller does not have enough balance for the operation.',
  InvalidTickRange: 'The provided tick range is invalid.',
  InvalidLiquidityValue: 'The provided liquidity is invalid.',
  ReservesTooLow: 'The output reserve is below the minimum reserve, or the swap would buy nothing.',
  MechanismDoesNotExist: 'The subnet does not exist.',
  SubtokenDisabled: 'The subnet does not have its subtoken enabled.',
  ReservesOutOfBalance: 'The reserves give balancer weights outside [0.01, 0.99].',
  SwapInputTooLarge: 'The swap input exceeds 1000 times the input reserve.',
  Deprecated: 'The call is deprecated: user liquidity is permanently disabled.',
});

/** The `SubtensorModule` items of the pools (for that pallet's storage list; TotalStake is staking's). */
export const subnetPoolStorage = [SubnetTAO, SubnetAlphaIn, SubnetAlphaOut, SubnetMechanism, SubnetVolume];

/** The `Swap` pallet's own items. */
export const swapPalletStorage = [SwapBalancer, FeeRate, PalSwapInitialized];
