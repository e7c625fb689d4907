/** Runs @taonet/node's command (`runNode`) with the arguments after `tao node`; its exit code is tao's. */
import type { PassThroughModule } from '../../program/commandSpec.js';

export const nodeRun: PassThroughModule = {
  async run(argv) {
    const { runNode } = await import('@taonet/node');
    return runNode(argv);
  },
};
