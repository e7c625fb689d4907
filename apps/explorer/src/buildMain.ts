/** `npm run build -w @taonet/explorer`: builds the web app into apps/explorer/dist and prints the time. */
import { buildExplorer } from './server/buildExplorer.js';

const started = performance.now();
const out = await buildExplorer();
console.log(`explorer built into ${out} in ${((performance.now() - started) / 1000).toFixed(1)} s`);
