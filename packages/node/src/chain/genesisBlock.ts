/** Block 0 of a chain spec: the genesis state's writes and the header committing to their root. */
import type { Hash } from '@taonet/primitives';
import type { GenesisState, Runtime } from '@taonet/runtime';
import { computeStateRoot } from '@taonet/storage';
import type { Block } from '../block/blockCodec.js';
import { computeExtrinsicsRoot } from '../block/extrinsicsRoot.js';
import { computeHeaderHash, ZERO_HASH } from '../block/header.js';
import type { ChainSpec } from '../chainSpec/chainSpec.js';

export interface GenesisBlock {
  readonly hash: Hash;
  readonly block: Block;
  readonly state: GenesisState;
}

export async function createGenesisBlock(spec: ChainSpec, runtime: Runtime): Promise<GenesisBlock> {
  const state = runtime.buildGenesis(spec.genesis);
  const entries: [string, Uint8Array][] = [];
  for (const [key, value] of state.changes) if (value !== null) entries.push([key, value]);
  const header = {
    parentHash: ZERO_HASH,
    number: 0,
    stateRoot: await computeStateRoot(entries),
    extrinsicsRoot: computeExtrinsicsRoot([]),
    digest: [],
  };
  return { hash: computeHeaderHash(header), block: { header, extrinsics: [] }, state };
}
