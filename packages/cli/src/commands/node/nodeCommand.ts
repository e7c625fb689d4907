/**
 * `tao node ...`: runs a chain node in this process with Substrate's flag names (`tao node --dev --tmp
 * --rpc-port 0`, `tao node --help`). Every argument after `node` goes to the node as typed; the node's
 * code loads only when the command runs.
 */
import type { PassThroughSpec } from '../../program/commandSpec.js';

export const nodeCommand: PassThroughSpec = {
  name: 'node',
  summary: 'run a chain node (Substrate flags: --dev, --tmp, --base-path, --rpc-port ...; tao node --help)',
  passThrough: true,
  load: async () => (await import('./nodeRun.js')).nodeRun,
};
