/** The network at a glance: heads, block time, supply and emission, the halving, staking, latest blocks. */
import { useChain } from '../chain/chainContext.js';
import { formatDuration, formatNumber, formatPercent, formatTao } from '../chain/format.js';
import { loadOverview } from '../chain/loadOverview.js';
import { useLive } from '../chain/useLive.js';
import { BlockLink } from '../components/Links.js';
import { Panel, Stat } from '../components/Panel.js';
import { BlockList } from './BlocksPage.js';

export function OverviewPage() {
  const live = useLive(loadOverview, '');
  const { best, finalized } = useChain();
  const d = live.data;
  return (
    <>
      <Panel title="Network" name="overview" live={live}>
        {d === undefined ? null : (
          <div className="stats">
            <Stat name="best" label="Block" value={<BlockLink number={best?.number ?? d.best} />} />
            <Stat
              name="finalized"
              label="Finalized"
              value={<BlockLink number={finalized?.number ?? d.finalized} />}
            />
            <Stat
              name="block-time"
              label="Block time"
              value={d.blockTimeMs === undefined ? '-' : `${formatNumber(d.blockTimeMs / 1000, 2)} s`}
              sub="mean of the last 10 blocks"
            />
            <Stat
              name="issuance"
              label="Total issuance"
              value={`${formatTao(d.issuance, 2)} τ`}
              sub="emitted minus recycled"
            />
            <Stat
              name="circulating"
              label="Circulating supply"
              value={`${formatTao(d.circulating, 2)} τ`}
              sub="all balances, pools included"
            />
            <Stat name="max-supply" label="Max supply" value={`${formatTao(d.maxSupply, 0)} τ`} />
            <Stat
              name="emission"
              label="Emission per day"
              value={`${formatTao(d.dailyEmission, 2)} τ`}
              sub={`${formatTao(d.blockEmission, 4)} τ per block`}
            />
            <Stat
              name="halving"
              label={`Halving ${d.halving.halvings + 1} in`}
              value={formatDuration(d.halving.blocksLeft * (d.blockTimeMs ?? 12_000))}
              sub={
                <>
                  block #{d.halving.block.toLocaleString('en-US')} ≈{' '}
                  {new Date(d.halving.time).toISOString().slice(0, 16).replace('T', ' ')} UTC, at{' '}
                  {formatTao(d.halving.threshold, 0)} τ issued
                </>
              }
            />
            <Stat
              name="staking-ratio"
              label="Staking ratio"
              value={formatPercent(d.stakingRatio)}
              sub={`${formatTao(d.totalStake, 2)} τ staked`}
            />
            <Stat
              name="pool-tao"
              label="TAO in subnet pools"
              value={`${formatTao(d.poolTao, 2)} τ`}
              sub={`${d.subnetCount} subnets`}
            />
          </div>
        )}
      </Panel>
      <Panel title="Latest blocks" name="latest-blocks" live={live}>
        {d === undefined ? null : <BlockList blocks={d.recentBlocks} name="latest-blocks" />}
      </Panel>
    </>
  );
}
