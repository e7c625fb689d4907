/** `taonet-node` (see cli/runNode.ts): exits with the command's code once the node has stopped. */
import { runNode } from './cli/runNode.js';

process.exit(await runNode(process.argv.slice(2)));
