import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { I96F32, type NetUid, U64_MAX, U64F64 } from '@taonet/primitives';
import { TotalIssuance } from '../../../src/balances/schema.js';
import { runCoinbase } from '../../../src/coinbase/runCoinbase.js';
import {
  PendingOwnerCut,
  PendingRootAlphaDivs,
  PendingServerEmission,
  PendingValidatorEmission,
  SubnetAlphaInEmission,
  SubnetAlphaOutEmission,
  SubnetExcessTao,
  SubnetTaoInEmission,
} from '../../../src/coinbase/schema.js';
import { TaoWeight, TotalStake } from '../../../src/staking/schema.js';
import { increaseStake } from '../../../src/staking/stakeAccounting.js';
import { NetworkRegistrationAllowed } from '../../../src/subnets/hyperparameters.js';
import {
  FirstEmissionBlockNumber,
  SubnetEmissionEnabled,
  SubnetMovingPrice,
  SubnetProtocolAlpha,
  SubtokenEnabled,
  Tempo,
} from '../../../src/subnets/schema.js';
import { getSubnetAccountId } from '../../../src/subnets/subnetAccount.js';
import { SubnetAlphaOut, SubnetTAO } from '../../../src/swap/schema.js';
import { account, type CoinbaseChain, createCoinbaseChain, issuanceGap, ROOT, TAO } from './coinbaseChain.js';

const E = TAO;

/** One subnet (pool 200 TAO / 200 alpha), EMA price 1, a large root pool with full TAO weight. */
function oneSubnet(): { chain: CoinbaseChain; netuid: NetUid } {
  const chain = createCoinbaseChain({ lock: 100n * TAO });
  const netuid = chain.openSubnet(account(1), account(2));
  SubnetMovingPrice.set(chain.state, [netuid], I96F32.ONE);
  SubnetTAO.set(chain.state, [ROOT], 10n ** 18n);
  TaoWeight.set(chain.state, U64_MAX);
  return { chain, netuid };
}

const run = (chain: CoinbaseChain, emission = E) =>
  runCoinbase(chain.ctx(), { swap: chain.swap }, { remaining: emission });
const price = (chain: CoinbaseChain, netuid: NetUid) =>
  U64F64.toF64(chain.swap.currentAlphaPrice(chain.ctx(), netuid));

describe('run_coinbase (economics.md §2.2-2.6)', () => {
  it('injects the TAO emission into the pool at the spot price when the cap does not bind', () => {
    const { chain, netuid } = oneSubnet();
    const before = {
      tao: SubnetTAO.get(chain.state, [netuid]),
      issuance: TotalIssuance.get(chain.state),
      stake: TotalStake.get(chain.state),
      account: chain.free(getSubnetAccountId(netuid)),
      price: price(chain, netuid),
    };
    const e = 1_000_000n; // well below the cap (root proportion ~1 x 1 alpha)
    const block = run(chain, e);
    assert.deepEqual(block.emitting, [netuid]);
    assert.equal(SubnetTaoInEmission.get(chain.state, [netuid]), e);
    const alphaIn = Number(SubnetAlphaInEmission.get(chain.state, [netuid]));
    assert.ok(Math.abs(alphaIn - Number(e) / before.price) <= 1, `alpha_in = tao_in / price: ${alphaIn}`);
    assert.equal(SubnetExcessTao.get(chain.state, [netuid]), 0n);
    assert.equal(SubnetTAO.get(chain.state, [netuid]) - before.tao, e);
    assert.equal(TotalIssuance.get(chain.state) - before.issuance, e);
    assert.equal(TotalStake.get(chain.state) - before.stake, e);
    assert.equal(
      chain.free(getSubnetAccountId(netuid)) - before.account,
      e,
      'the TAO is on the subnet account',
    );
    assert.equal(price(chain, netuid), before.price, 'the injection does not move the price');
    assert.deepEqual(issuanceGap(chain), { currency: 0n, subtensor: 0n });
  });

  it('spends the TAO above the root-proportion cap on a protocol buy', () => {
    const { chain, netuid } = oneSubnet();
    SubnetTAO.set(chain.state, [ROOT], 0n); // root proportion 0: nothing may be injected
    const priceBefore = price(chain, netuid);
    const outBefore = SubnetAlphaOut.get(chain.state, [netuid]);
    run(chain);
    assert.equal(SubnetTaoInEmission.get(chain.state, [netuid]), 0n);
    assert.equal(SubnetAlphaInEmission.get(chain.state, [netuid]), 0n);
    assert.equal(SubnetExcessTao.get(chain.state, [netuid]), E);
    const bought = SubnetProtocolAlpha.get(chain.state, [netuid]);
    assert.ok(bought > 0n);
    const minted = SubnetAlphaOutEmission.get(chain.state, [netuid]);
    // root proportion 0: no root share to recycle, so alpha out grows by the buy and the mint
    assert.equal(SubnetAlphaOut.get(chain.state, [netuid]), outBefore + bought + minted);
    assert.ok(price(chain, netuid) > priceBefore, 'the buy raises the price');
    assert.deepEqual(issuanceGap(chain), { currency: 0n, subtensor: 0n });
  });

  it('mints alpha_out and splits it: 18% owner cut, half to miners, validators minus root', () => {
    const { chain, netuid } = oneSubnet();
    SubnetMovingPrice.set(chain.state, [netuid], I96F32.fromInt(2)); // Σ EMA > 1: root selling on
    run(chain, 0n);
    const out = SubnetAlphaOutEmission.get(chain.state, [netuid]);
    assert.equal(out, TAO, 'a young subnet emits 1 alpha per block');
    const cut = PendingOwnerCut.get(chain.state, [netuid]);
    assert.equal(cut, (TAO * 11_796n) / 65_535n);
    const server = PendingServerEmission.get(chain.state, [netuid]);
    const validator = PendingValidatorEmission.get(chain.state, [netuid]);
    const root = PendingRootAlphaDivs.get(chain.state, [netuid]);
    assert.ok(server >= (TAO - cut) / 2n - 1n && server <= (TAO - cut) / 2n);
    assert.ok(root > 0n && validator + root <= server + 1n && validator + root >= server - 2n);
  });

  it("recycles root's share while the EMA prices sum to at most 1", () => {
    const { chain, netuid } = oneSubnet();
    SubnetMovingPrice.set(chain.state, [netuid], I96F32.fromF64(0.5));
    const outBefore = SubnetAlphaOut.get(chain.state, [netuid]);
    run(chain, 0n);
    assert.equal(PendingRootAlphaDivs.get(chain.state, [netuid]), 0n);
    const minted = SubnetAlphaOutEmission.get(chain.state, [netuid]);
    const kept = SubnetAlphaOut.get(chain.state, [netuid]) - outBefore;
    assert.ok(kept < minted, 'part of the minted alpha left the issuance');
    assert.ok(
      kept >=
        PendingServerEmission.get(chain.state, [netuid]) +
          PendingValidatorEmission.get(chain.state, [netuid]),
    );
  });

  it('skips subnets that are not started, closed to registration or without subtoken', () => {
    const chain = createCoinbaseChain({ lock: 100n * TAO });
    const subnets = [1, 2, 3, 4].map((i) => chain.openSubnet(account(10 * i), account(10 * i + 1)));
    const [started, notStarted, closed, noSubtoken] = subnets as [NetUid, NetUid, NetUid, NetUid];
    FirstEmissionBlockNumber.remove(chain.state, [notStarted]);
    NetworkRegistrationAllowed.set(chain.state, [closed], false);
    SubtokenEnabled.set(chain.state, [noSubtoken], false);
    const block = run(chain);
    assert.deepEqual(block.emitting, [started]);
    for (const netuid of [notStarted, closed, noSubtoken]) {
      assert.equal(SubnetAlphaOutEmission.get(chain.state, [netuid]), 0n);
    }
  });

  it('gives TAO only to enabled subnets, alpha_out to all; higher EMA prices earn more TAO', () => {
    const chain = createCoinbaseChain({ lock: 100n * TAO });
    const [a, b, c] = [1, 2, 3].map((i) =>
      chain.openSubnet(account(10 * i), account(10 * i + 1)),
    ) as NetUid[];
    SubnetTAO.set(chain.state, [ROOT], 10n ** 18n);
    TaoWeight.set(chain.state, U64_MAX);
    SubnetMovingPrice.set(chain.state, [a!], I96F32.fromF64(0.1));
    SubnetMovingPrice.set(chain.state, [b!], I96F32.fromF64(0.3));
    SubnetMovingPrice.set(chain.state, [c!], I96F32.fromF64(0.6));
    const block = run(chain);
    const tao = (n: NetUid) => block.emissions.get(n) ?? 0n;
    assert.ok(tao(a!) < tao(b!) && tao(b!) < tao(c!));
    SubnetEmissionEnabled.set(chain.state, [b!], false);
    run(chain);
    assert.equal(SubnetTaoInEmission.get(chain.state, [b!]), 0n);
    assert.ok(SubnetAlphaOutEmission.get(chain.state, [b!]) > 0n);
    const [ta, tc] = [SubnetTaoInEmission.get(chain.state, [a!]), SubnetTaoInEmission.get(chain.state, [c!])];
    const [ea, ec] = [SubnetExcessTao.get(chain.state, [a!]), SubnetExcessTao.get(chain.state, [c!])];
    assert.ok(ta + tc + ea + ec >= E - 2n && tc + ec > 5n * (ta + ea), `${ta} ${tc}`);
  });

  it('keeps the pending emission until the epoch, which drains and pays it', () => {
    const { chain, netuid } = oneSubnet();
    Tempo.set(chain.state, [netuid], 5);
    chain.addNeuron(netuid, account(20), account(21));
    increaseStake(chain.state, { hotkey: account(20), coldkey: account(21), netuid }, 100n * TAO);
    let drained = false;
    for (let i = 0; i < 12 && !drained; i++) {
      const pendingBefore = PendingServerEmission.get(chain.state, [netuid]);
      chain.nextBlock();
      const ran = chain.last?.epochs.some((epoch) => epoch.netuid === netuid) ?? false;
      if (!ran) assert.ok(PendingServerEmission.get(chain.state, [netuid]) > pendingBefore);
      else {
        drained = true;
        assert.equal(PendingServerEmission.get(chain.state, [netuid]), 0n);
        assert.equal(PendingOwnerCut.get(chain.state, [netuid]), 0n);
      }
    }
    assert.ok(drained, 'an epoch ran within two tempos');
  });
});
