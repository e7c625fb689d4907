/**
 * `npm start`: the local network. Today that is the dev chain node (`//Alice` authoring 1-second blocks,
 * dev accounts funded, subnet 1 with tempo 10) on ws://127.0.0.1:9944 with its data kept in
 * `.data/localnet`, so a restart resumes the same chain. The subnet neurons and the explorer join the
 * local network with their issues; the banner says so. Flags after `--` go to the node
 * (`npm start -- --tmp`, `--block-time 250`, `--rpc-port 9955`), `--fresh` wipes the data first.
 */
import { spawn } from 'node:child_process';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { isMainModule } from './isMainModule.js';

export const LOCALNET_DATA = '.data/localnet';

export interface StartPlan {
  /** arguments of the node executable */
  readonly nodeArgs: readonly string[];
  readonly rpcUrl: string;
  /** remove the data directory before starting */
  readonly fresh: boolean;
}

const flagValue = (args: readonly string[], flag: string): string | undefined => {
  const i = args.indexOf(flag);
  return i === -1 ? undefined : args[i + 1];
};

/** The node's arguments: the dev chain with localnet defaults, overridden by the user's flags. */
export function planStart(userArgs: readonly string[]): StartPlan {
  const fresh = userArgs.includes('--fresh');
  const args = userArgs.filter((arg) => arg !== '--fresh');
  const nodeArgs = ['--dev'];
  if (!args.includes('--tmp') && !args.includes('--base-path')) nodeArgs.push('--base-path', LOCALNET_DATA);
  if (!args.includes('--block-time')) nodeArgs.push('--block-time', '1000');
  nodeArgs.push(...args.filter((arg) => arg !== '--dev'));
  const port = flagValue(nodeArgs, '--rpc-port') ?? '9944';
  const rpcUrl =
    port === '0' ? 'ws://127.0.0.1:<a free port: see "node started" below>' : `ws://127.0.0.1:${port}`;
  return { nodeArgs, rpcUrl, fresh };
}

export function renderStartBanner(plan: StartPlan): string {
  const data = flagValue(plan.nodeArgs, '--base-path');
  return [
    'taonet localnet: the Bittensor network, rebuilt in TypeScript',
    '',
    `  chain node   ${plan.rpcUrl}  (dev chain: //Alice authors, //Alice..//Ferdie hold 1,000,000 TAO each)`,
    `  data         ${data ?? 'temporary (removed on exit)'}${data === undefined ? '' : '  (npm start -- --fresh to wipe)'}`,
    '  subnet 1     owned by //Alice, tempo 10 blocks, commit-reveal off',
    '',
    'Talk to it:',
    '  npm run tao -- wallet create --wallet-name me    wallets (btcli-compatible files)',
    `  @taonet/sdk createClient({ url: '${plan.rpcUrl}' })   the SDK (see packages/sdk/README.md)`,
    '',
    'Not in the localnet yet: the subnet neurons (subnets/ocr, subnets/forecast, subnets/template run on',
    'an in-memory chain with --no-chain today) and the explorer. Ctrl-C stops the node cleanly.',
    '',
  ].join('\n');
}

function main(): void {
  const root = join(import.meta.dirname, '..');
  const plan = planStart(process.argv.slice(2));
  if (plan.fresh) rmSync(join(root, LOCALNET_DATA), { recursive: true, force: true });
  console.log(renderStartBanner(plan));
  const node = spawn(process.execPath, [join(root, 'packages/node/bin/taonet-node.js'), ...plan.nodeArgs], {
    cwd: root,
    stdio: 'inherit',
  });
  const forward = (signal: NodeJS.Signals) => node.kill(signal);
  process.on('SIGINT', forward);
  process.on('SIGTERM', forward);
  node.on('exit', (code, signal) => {
    process.exitCode = code ?? (signal === null ? 1 : 0);
  });
}

if (isMainModule(import.meta.url)) main();
