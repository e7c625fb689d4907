/**
 * The @ethereumjs/mpt database adapter: reads fall through to the committed nodes (LMDB), writes are
 * buffered in memory. Nothing reaches disk here: the chain store writes the nodes the new root reaches
 * inside the block's own LMDB transaction, so a block and its state commit together or not at all.
 */
import type { MPTOpts } from '@ethereumjs/mpt';
import type { NodeSource } from './trieReader.js';

type MptDb = NonNullable<MPTOpts['db']>;
type BatchOp = Parameters<MptDb['batch']>[0][number];

export class PendingNodeDb implements MptDb {
  /** Nodes written since creation, by unprefixed hex hash (the key format mpt uses). */
  readonly pending = new Map<string, Uint8Array>();

  constructor(private readonly committed: NodeSource) {}

  async get(key: string): Promise<Uint8Array | undefined> {
    return this.pending.get(key) ?? this.committed(Buffer.from(key, 'hex'));
  }

  async put(key: string, value: string | Uint8Array): Promise<void> {
    this.pending.set(key, typeof value === 'string' ? Buffer.from(value, 'hex') : value);
  }

  /** Never called (mpt pruning is off): committed nodes are shared with older roots and are kept. */
  async del(): Promise<void> {}

  async batch(ops: BatchOp[]): Promise<void> {
    for (const op of ops) if (op.type === 'put') await this.put(op.key, op.value as string | Uint8Array);
  }

  shallowCopy(): MptDb {
    return this;
  }

  async open(): Promise<void> {}
}
