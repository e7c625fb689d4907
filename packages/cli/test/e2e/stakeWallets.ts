/**
 * The accounts of the stake e2e tests, in a dev net's home: the wallet `alice` (coldkey //Alice; hotkeys
 * `default`, `stash` = //Alice//stash, subnet 1's owner hotkey, and two new ones, `spare` and `spare2`),
 * the wallet `charlie` (//Charlie), and //Bob's hotkey registered on subnet 1 through the SDK (the
 * destination of moves and a child).
 */
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { createKeypairFromUri, initCrypto } from '@taonet/crypto';
import { burnedRegister, createClient } from '@taonet/sdk';
import type { TaoDevNet } from '../fixtures/taoDevNet.js';

/** `tao` arguments naming a wallet and its hotkey in the home `dir`. */
export function walletArgs(dir: string, name: string, hotkey = 'default'): string[] {
  return ['--name', name, '-H', hotkey, '-p', join(dir, 'wallets')];
}

export async function createStakeWallets(net: TaoDevNet): Promise<void> {
  const alice = (hotkey: string) => walletArgs(net.dir, 'alice', hotkey);
  const commands = [
    ['wallet', 'create', ...alice('default'), '--uri', 'alice'],
    ['wallet', 'new-hotkey', ...alice('stash'), '--uri', '//Alice//stash'],
    ['wallet', 'new-hotkey', ...alice('spare')],
    ['wallet', 'new-hotkey', ...alice('spare2')],
    ['wallet', 'create', ...walletArgs(net.dir, 'charlie'), '--uri', 'charlie'],
  ];
  for (const args of commands) {
    const run = await net.tao([...args, '--no-use-password', '-y']);
    assert.equal(run.code, 0, run.err);
  }
  await registerBobOnSubnet1(net.node.url);
}

async function registerBobOnSubnet1(url: string): Promise<void> {
  await initCrypto();
  const client = createClient({ url });
  try {
    const bob = createKeypairFromUri('//Bob');
    await burnedRegister(client, { signer: bob, netuid: 1, hotkey: bob.address });
  } finally {
    await client.close();
  }
}
