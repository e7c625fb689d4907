import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { type AccountId, I96F32, type NetUid, U64_MAX, U96F32 } from '@taonet/primitives';
import { distributeEmission, type PendingEmission } from '../../../src/coinbase/distributeEmission.js';
import {
  AlphaDividendsPerSubnet,
  AutoStakeDestination,
  CKBurn,
  MinerBurned,
  RecycleOrBurnStorage,
  RootAlphaDividendsPerSubnet,
} from '../../../src/coinbase/schema.js';
import { getClaimableRate } from '../../../src/rootClaim/rootClaimable.js';
import {
  ChildKeys,
  Delegates,
  ParentKeys,
  TaoWeight,
  TotalHotkeyAlpha,
} from '../../../src/staking/schema.js';
import { getStake, increaseStake } from '../../../src/staking/stakeAccounting.js';
import { ChildkeyTake } from '../../../src/staking/stakingCallsStorage.js';
import { SubnetAlphaOut } from '../../../src/swap/schema.js';
import { account, type CoinbaseChain, createCoinbaseChain, expectOk, ROOT, TAO } from './coinbaseChain.js';

const OWNER = account(1);
const OWNER_HOT = account(2);
const VALI = account(20);
const VALI_COLD = account(21);
const MINER = account(30);
const MINER_COLD = account(31);
const NOMINATOR = account(40);

const pending = (p: Partial<PendingEmission>): PendingEmission => ({
  server: 0n,
  validator: 0n,
  root: 0n,
  ownerCut: 0n,
  ...p,
});

/** A subnet with a validator (1_000 alpha) weighting a miner; a first epoch gives the validator its permit. */
function setup(opts: { minerIsOwners?: boolean } = {}): {
  chain: CoinbaseChain;
  netuid: NetUid;
  miner: AccountId;
} {
  const chain = createCoinbaseChain({ lock: 100n * TAO });
  const netuid = chain.openSubnet(OWNER, OWNER_HOT);
  const miner = opts.minerIsOwners === true ? account(3) : MINER;
  chain.addNeuron(netuid, VALI, VALI_COLD);
  chain.addNeuron(netuid, miner, opts.minerIsOwners === true ? OWNER : MINER_COLD);
  increaseStake(chain.state, { hotkey: VALI, coldkey: VALI_COLD, netuid }, 1_000n * TAO);
  distributeEmission(chain.ctx(), { swap: chain.swap }, netuid, pending({}));
  SubnetAlphaOut.set(chain.state, [netuid], 100_000n * TAO); // the pending alpha was minted into AlphaOut
  chain.block += 1;
  expectOk(chain.call(VALI, 'set_weights', { netuid, dests: [2], weights: [65_535], version_key: 0n }), 'w');
  chain.block += 1;
  return { chain, netuid, miner };
}

const alpha = (chain: CoinbaseChain, hotkey: AccountId, netuid: NetUid) =>
  TotalHotkeyAlpha.get(chain.state, [hotkey, netuid]);

describe('distribute_emission (economics.md §2.7)', () => {
  it('stakes the owner cut to the owner hotkey, incentive to the miner, dividends to the validator', () => {
    const { chain, netuid } = setup();
    const before = alpha(chain, VALI, netuid);
    distributeEmission(
      chain.ctx(),
      { swap: chain.swap },
      netuid,
      pending({ server: 500n * TAO, validator: 500n * TAO, ownerCut: 10n * TAO }),
    );
    assert.equal(alpha(chain, OWNER_HOT, netuid), 10n * TAO);
    assert.equal(getStake(chain.state, { hotkey: OWNER_HOT, coldkey: OWNER, netuid }), 10n * TAO);
    assert.equal(getStake(chain.state, { hotkey: MINER, coldkey: MINER_COLD, netuid }), 500n * TAO);
    const gained = alpha(chain, VALI, netuid) - before;
    assert.ok(gained >= 500n * TAO - 2n && gained <= 500n * TAO, String(gained));
    assert.equal(MinerBurned.get(chain.state, [netuid]), U96F32.ZERO);
    assert.equal(AlphaDividendsPerSubnet.get(chain.state, [netuid, VALI]) > 0n, true);
  });

  it('pays the delegate take to the owner and the rest to every nominator pro rata', () => {
    const { chain, netuid } = setup();
    increaseStake(chain.state, { hotkey: VALI, coldkey: NOMINATOR, netuid }, 1_000n * TAO);
    Delegates.set(chain.state, [VALI], 6_553); // ~10%
    distributeEmission(
      chain.ctx(),
      { swap: chain.swap },
      netuid,
      pending({ server: 500n * TAO, validator: 500n * TAO }),
    );
    const owner = getStake(chain.state, { hotkey: VALI, coldkey: VALI_COLD, netuid });
    const nominator = getStake(chain.state, { hotkey: VALI, coldkey: NOMINATOR, netuid });
    // the take is staked first, then the rest is shared by every share, the owner's take included
    const take = (500n * TAO * 6_553n) / 65_535n;
    const rest = 500n * TAO - take;
    const close = (a: bigint, b: bigint) => (a > b ? a - b : b - a) <= 1_000n;
    const nominatorPart = (rest * 1_000n * TAO) / (2_000n * TAO + take);
    assert.ok(close(nominator, 1_000n * TAO + nominatorPart), String(nominator));
    assert.ok(close(owner, 1_000n * TAO + take + rest - nominatorPart), String(owner));
  });

  it("withholds the incentive of the owner's own miners (burned or recycled) and records MinerBurned", () => {
    const burned = setup({ minerIsOwners: true });
    const out = SubnetAlphaOut.get(burned.chain.state, [burned.netuid]);
    distributeEmission(
      burned.chain.ctx(),
      { swap: burned.chain.swap },
      burned.netuid,
      pending({ server: 500n * TAO, validator: 500n * TAO }),
    );
    assert.equal(alpha(burned.chain, burned.miner, burned.netuid), 0n);
    assert.equal(MinerBurned.get(burned.chain.state, [burned.netuid]), U96F32.ONE);
    assert.equal(
      SubnetAlphaOut.get(burned.chain.state, [burned.netuid]),
      out,
      'burned alpha still counts as issued',
    );

    const recycled = setup({ minerIsOwners: true });
    RecycleOrBurnStorage.set(recycled.chain.state, [recycled.netuid], 'Recycle');
    const before = SubnetAlphaOut.get(recycled.chain.state, [recycled.netuid]);
    distributeEmission(
      recycled.chain.ctx(),
      { swap: recycled.chain.swap },
      recycled.netuid,
      pending({ server: 500n * TAO, validator: 500n * TAO }),
    );
    assert.equal(SubnetAlphaOut.get(recycled.chain.state, [recycled.netuid]), before - 500n * TAO);
  });

  it("stakes a miner's incentive to its owner's auto-stake destination", () => {
    const { chain, netuid } = setup();
    const destination = account(77);
    AutoStakeDestination.set(chain.state, [MINER_COLD, netuid], destination);
    distributeEmission(
      chain.ctx(),
      { swap: chain.swap },
      netuid,
      pending({ server: 500n * TAO, validator: 500n * TAO }),
    );
    assert.equal(getStake(chain.state, { hotkey: destination, coldkey: MINER_COLD, netuid }), 500n * TAO);
    assert.equal(alpha(chain, MINER, netuid), 0n);
    assert.equal(chain.events.all().filter((e) => e.name === 'AutoStakeAdded').length, 1);
  });

  it('gives the validators the miners half when nobody earned incentive', () => {
    const chain = createCoinbaseChain({ lock: 100n * TAO });
    const netuid = chain.openSubnet(OWNER, OWNER_HOT);
    chain.addNeuron(netuid, VALI, VALI_COLD);
    increaseStake(chain.state, { hotkey: VALI, coldkey: VALI_COLD, netuid }, TAO);
    distributeEmission(chain.ctx(), { swap: chain.swap }, netuid, pending({ server: 300n, validator: 700n }));
    assert.ok(alpha(chain, VALI, netuid) >= TAO + 998n, String(alpha(chain, VALI, netuid)));
  });

  it('shares dividends with parents: childkey take to the child, CKBurn recycled', () => {
    const { chain, netuid } = setup();
    const parent = account(50);
    increaseStake(chain.state, { hotkey: parent, coldkey: account(51), netuid }, 3_000n * TAO);
    ChildKeys.set(chain.state, [parent, netuid], [[U64_MAX, VALI]]);
    ParentKeys.set(chain.state, [VALI, netuid], [[U64_MAX, parent]]);
    ChildkeyTake.set(chain.state, [VALI, netuid], 6_553);
    CKBurn.set(chain.state, U64_MAX / 10n);
    const out = SubnetAlphaOut.get(chain.state, [netuid]);
    const parentBefore = alpha(chain, parent, netuid);
    const childBefore = alpha(chain, VALI, netuid);
    distributeEmission(
      chain.ctx(),
      { swap: chain.swap },
      netuid,
      pending({ server: 400n * TAO, validator: 400n * TAO }),
    );
    const parentGain = alpha(chain, parent, netuid) - parentBefore;
    const childGain = alpha(chain, VALI, netuid) - childBefore;
    // the child validates with 1_000 own + 3_000 inherited: the parent's 3/4 loses 10% burn and 10% take,
    // then what is left is rescaled to the whole validator alpha (as subtensor does)
    const toParent = 300n * TAO;
    const burn = toParent / 10n;
    const take = (toParent * 6_553n) / 65_535n;
    const kept = 400n * TAO - burn;
    const near = (a: bigint, b: bigint) => (a > b ? a - b : b - a) <= TAO / 1_000n;
    assert.ok(near(parentGain, ((toParent - burn - take) * 400n * TAO) / kept), `${parentGain}`);
    assert.ok(near(childGain, ((100n * TAO + take) * 400n * TAO) / kept), `${childGain}`);
    assert.ok(near(out - SubnetAlphaOut.get(chain.state, [netuid]), burn), 'the burn is recycled');
  });

  it("makes root dividends claimable by the validator's root stakers, after the take", () => {
    const { chain, netuid } = setup();
    TaoWeight.set(chain.state, U64_MAX);
    increaseStake(chain.state, { hotkey: VALI, coldkey: account(60), netuid: ROOT }, 1_000n * TAO);
    distributeEmission(
      chain.ctx(),
      { swap: chain.swap },
      netuid,
      pending({ validator: 100n * TAO, root: 100n * TAO }),
    );
    const take = (100n * TAO * 11_796n) / 65_535n;
    const claimable = RootAlphaDividendsPerSubnet.get(chain.state, [netuid, VALI]);
    const diff = claimable - (100n * TAO - take);
    assert.ok(diff >= -10n && diff <= 10n, String(claimable));
    const rate = getClaimableRate(chain.state, VALI, netuid);
    assert.equal(rate, I96F32.checkedDiv(I96F32.fromInt(claimable), I96F32.fromInt(1_000n * TAO)));
  });

  it('recycles a root share no validator can receive', () => {
    const { chain, netuid } = setup();
    const out = SubnetAlphaOut.get(chain.state, [netuid]);
    distributeEmission(
      chain.ctx(),
      { swap: chain.swap },
      netuid,
      pending({ validator: TAO, root: 5n * TAO }),
    );
    assert.equal(SubnetAlphaOut.get(chain.state, [netuid]), out - 5n * TAO);
  });
});
