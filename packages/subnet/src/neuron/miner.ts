/**
 * A miner: an axon serving the subnet's synapses, guarded by the metagraph, published on chain.
 *
 *   const miner = new Miner({ netuid: 1, hotkey, axon: { port: 8091 } }, { chain });
 *   miner.attach(Dummy, { forward: (s) => ({ ...s, dummy_output: s.dummy_input * 2 }) });
 *   await miner.start();          // metagraph sync, axon up, serve_axon when the chain shows another address
 *   ...
 *   await miner.stop();
 *
 * By default only hotkeys registered on the subnet get through (others get 403 before their signature is
 * even checked), and with `requireValidatorPermit` only those holding a validator permit; requests are
 * served by stake (the default priority). The metagraph is re-read every `resyncEveryBlocks` blocks; the
 * lookups read the current snapshot through a hotkey index, nothing is copied. With `chain: null` (no
 * chain) every correctly signed request is served and nothing is published.
 */
import type { Keypair } from '@taonet/crypto';
import { type NetUid, netUid, TaonetError } from '@taonet/primitives';
import { type Axon, type AxonOpts, createAxon } from '../axon/axon.js';
import type { AttachHandlers, AxonModules, SynapseRequest } from '../axon/axonTypes.js';
import type { SynapseDefinition, SynapseFields } from '../synapse/defineSynapse.js';
import type { ChainPort, MetagraphSnapshot } from './chainPort.js';
import { getUidOfHotkey } from './metagraphIndex.js';
import { type NeuronLogger, silentLogger } from './neuronLogger.js';

export interface MinerOpts {
  netuid: number;
  /** The miner's hotkey: it signs nothing but owns the axon (requests must be signed for it). */
  hotkey: Keypair;
  /** The axon's options (port, host, externalIp/externalPort for NAT, stateDir, limits ...). */
  axon?: Omit<AxonOpts, 'keypair' | 'requireValidator'>;
  /** Re-read the metagraph every this many blocks (default 50). */
  resyncEveryBlocks?: number;
  /** Only validators (permit holders) may query (the template's `--blacklist.force_validator_permit`). */
  requireValidatorPermit?: boolean;
  /** Serve hotkeys that are not registered too (the template's `--blacklist.allow_non_registered`). */
  allowUnregistered?: boolean;
  /** Publish the axon on start (`serve_axon`; default true; skipped when the chain already shows it). */
  serveAxon?: boolean;
}

/** What `start()` did about publishing the axon (null before, or without a chain). */
export type AxonServeStatus =
  | { state: 'served'; ip: string; port: number; block: number }
  | { state: 'already_served'; ip: string; port: number }
  | { state: 'not_served'; reason: string }
  | { state: 'failed'; ip: string; port: number; error: string; message: string };

export interface MinerModules {
  /** The chain; null runs without one (every signed request is served). */
  chain: ChainPort | null;
  logger?: NeuronLogger;
  /** Passed to the axon (clock, error sink). */
  axon?: Pick<AxonModules, 'nowNs' | 'onError'>;
}

export class Miner {
  readonly netuid: NetUid;
  readonly hotkey: Keypair;
  readonly axon: Axon;
  private readonly opts: MinerOpts;
  private readonly chain: ChainPort | null;
  private readonly log: NeuronLogger;
  private snapshot: MetagraphSnapshot | null = null;
  private lastSyncBlock = 0;
  private unsubscribe: (() => void) | null = null;
  private blockTask: Promise<void> = Promise.resolve();
  private running = false;
  private serveStatus: AxonServeStatus | null = null;

  constructor(opts: MinerOpts, modules: MinerModules) {
    this.opts = opts;
    this.netuid = netUid(opts.netuid);
    this.hotkey = opts.hotkey;
    this.chain = modules.chain;
    this.log = modules.logger ?? silentLogger;
    const guard: AxonModules = { ...modules.axon };
    if (this.chain !== null) {
      if (!opts.allowUnregistered) guard.isRegistered = (hotkey) => this.uidOf(hotkey) !== null;
      guard.isValidator = (hotkey) => this.isValidator(hotkey);
    }
    this.axon = createAxon(
      {
        ...opts.axon,
        keypair: opts.hotkey,
        requireValidator: this.chain !== null && (opts.requireValidatorPermit ?? false),
      },
      guard,
    );
  }

  /** The current metagraph (null before `start()` or without a chain). */
  get metagraph(): MetagraphSnapshot | null {
    return this.snapshot;
  }

  /** Whether the axon was published on start (null before `start()`, without a chain or `serveAxon: false`). */
  get axonServeStatus(): AxonServeStatus | null {
    return this.serveStatus;
  }

  /** The miner's own uid (null without a chain). */
  get uid(): number | null {
    return this.snapshot === null ? null : getUidOfHotkey(this.snapshot, this.hotkey.address);
  }

  uidOf(hotkey: string): number | null {
    return this.snapshot === null ? null : getUidOfHotkey(this.snapshot, hotkey);
  }

  isValidator(hotkey: string): boolean {
    const uid = this.uidOf(hotkey);
    return uid !== null && this.snapshot?.validatorPermit[uid] === true;
  }

  /** The caller's stake in alpha (a float, for priorities); 0 when unknown. */
  stakeOf(hotkey: string): number {
    const uid = this.uidOf(hotkey);
    const stake = uid === null ? undefined : this.snapshot?.stake[uid];
    return stake === undefined ? 0 : Number(stake) / 1e9;
  }

  /** Serves a synapse type; without a priority handler, callers are served by stake. Before `start()`. */
  attach<F extends SynapseFields, D, C>(
    definition: SynapseDefinition<F, D, C>,
    handlers: AttachHandlers<F, D, C>,
  ): this {
    const priority =
      handlers.priority ?? ((request: SynapseRequest) => this.stakeOf(request.dendrite.hotkey ?? ''));
    this.axon.attach(definition, { ...handlers, priority });
    return this;
  }

  /** Syncs the metagraph (throws NOT_REGISTERED when the hotkey is not on the subnet), starts the axon,
   * publishes it and follows new blocks. `signal` stops the miner when aborted. */
  async start(signal?: AbortSignal): Promise<void> {
    if (this.running) return;
    if (this.chain !== null) {
      await this.resync();
      if (this.uid === null) {
        throw new TaonetError(
          'NOT_REGISTERED',
          `hotkey ${this.hotkey.address} is not registered on subnet ${this.netuid}: register it first`,
          { details: { hotkey: this.hotkey.address, netuid: this.netuid } },
        );
      }
    }
    await this.axon.start();
    this.running = true;
    this.log('info', 'miner.started', { netuid: this.netuid, uid: this.uid, port: this.axon.port });
    if (this.chain !== null) {
      if (this.opts.serveAxon ?? true) await this.publishAxon(this.chain);
      this.unsubscribe = this.chain.subscribeBlocks((block) => this.onBlock(block));
    }
    if (signal?.aborted) await this.stop();
    else signal?.addEventListener('abort', () => void this.stop(), { once: true });
  }

  async stop(): Promise<void> {
    if (!this.running) return;
    this.running = false;
    this.unsubscribe?.();
    this.unsubscribe = null;
    await this.blockTask;
    await this.axon.stop();
    this.log('info', 'miner.stopped', { netuid: this.netuid });
  }

  /** Re-reads the metagraph now. */
  async resync(): Promise<void> {
    if (this.chain === null) return;
    this.snapshot = await this.chain.getMetagraph(this.netuid);
    this.lastSyncBlock = this.snapshot.block;
    this.log('debug', 'miner.metagraph_synced', { block: this.snapshot.block, n: this.snapshot.n });
  }

  private onBlock(block: number): Promise<void> {
    const every = this.opts.resyncEveryBlocks ?? 50;
    if (block - this.lastSyncBlock < every) return this.blockTask;
    this.lastSyncBlock = block;
    this.blockTask = this.blockTask
      .then(() => this.resync())
      .then(() => {
        if (this.uid === null) this.log('warn', 'miner.deregistered', { hotkey: this.hotkey.address, block });
      })
      .catch((error: unknown) => this.log('warn', 'miner.resync_failed', { block, error }));
    return this.blockTask;
  }

  private async publishAxon(chain: ChainPort): Promise<void> {
    const info = this.axon.info();
    if (info.ip === '0.0.0.0' || info.ip === '::') {
      const reason = 'bound to every interface: set axon.externalIp (or axon.host) to the address to publish';
      this.serveStatus = { state: 'not_served', reason };
      this.log('warn', 'miner.axon_not_served', { reason });
      return;
    }
    const uid = this.uid;
    const current = uid === null ? undefined : this.snapshot?.axons[uid];
    const { ip, port } = info;
    if (current?.ip === ip && current.port === port && current.version === info.version) {
      this.serveStatus = { state: 'already_served', ip, port };
      this.log('info', 'miner.axon_already_served', { ip, port });
      return;
    }
    const result = await chain.serveAxon(this.hotkey, {
      netuid: this.netuid,
      version: info.version,
      ip,
      port,
      ipType: info.ipType,
    });
    if (result.ok) {
      this.serveStatus = { state: 'served', ip, port, block: result.block };
      this.log('info', 'miner.axon_served', { ip, port, block: result.block });
    } else {
      this.serveStatus = { state: 'failed', ip, port, error: result.error, message: result.message };
      this.log('warn', 'miner.serve_axon_failed', { error: result.error, message: result.message });
    }
  }
}
