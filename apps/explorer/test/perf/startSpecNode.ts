/**
 * A node running a chain spec file (`taonet-node --chain <spec> --alice --tmp --rpc-port 0`), ready once it
 * logs "node started" (@taonet/testing's node harness).
 */
import { type DevNode as SpecNode, startNode } from '@taonet/testing/devNode';

export type { SpecNode };

export function startSpecNode(spec: string, timeoutMs = 600_000): Promise<SpecNode> {
  return startNode(['--chain', spec, '--alice', '--tmp'], { timeoutMs, graceMs: 10_000 });
}
