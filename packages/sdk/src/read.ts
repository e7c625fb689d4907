/**
 * `@taonet/sdk/read`: the SDK without the wallet, calls and transactions (no keyfile encryption, no
 * signing): a client, storage reads, queries and the metagraph. What a read-only program needs, at a
 * fraction of the code to load (the `tao` CLI's read-only commands import it); `@taonet/sdk` exports all
 * of it too.
 */
export * from './address/index.js';
export * from './client/index.js';
export * from './errors/index.js';
export * from './metagraph/index.js';
export * from './queries/index.js';
export * from './storage/index.js';
