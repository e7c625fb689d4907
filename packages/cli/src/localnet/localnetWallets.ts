/**
 * The localnet's wallets: one btcli wallet per neuron (`<data-dir>/wallets/<id>/coldkey` and
 * `hotkeys/default`), created from new mnemonics on the first run and reused after. The coldkeys are
 * written unencrypted: these are throwaway development keys, and an encrypted btcli coldkey costs 512 MiB
 * and a second or two of argon2 per unlock. `tao wallet list --wallet-path <data-dir>/wallets` shows them.
 */
import type { Keypair } from '@taonet/crypto';
import type { NeuronPlan } from './localnetPlan.js';

export interface NeuronKeys {
  readonly coldkey: Keypair;
  readonly hotkey: Keypair;
}

export async function ensureNeuronWallet(walletsDir: string, neuron: NeuronPlan): Promise<NeuronKeys> {
  const { createWallet } = await import('@taonet/sdk');
  const wallet = createWallet({ name: neuron.wallet, hotkey: 'default', path: walletsDir });
  if (!(await wallet.getKeyfileInfo('coldkey')).exists) await wallet.createColdkey({ usePassword: false });
  if (!(await wallet.getKeyfileInfo('hotkey')).exists) await wallet.createHotkey({ usePassword: false });
  const [coldkey, hotkey] = await Promise.all([
    wallet.unlockColdkey({ useEnv: false }),
    wallet.unlockHotkey({ useEnv: false }),
  ]);
  return { coldkey, hotkey };
}

/** Every neuron's keys, by neuron id. */
export async function ensureWallets(
  walletsDir: string,
  neurons: readonly NeuronPlan[],
): Promise<Map<string, NeuronKeys>> {
  const keys = new Map<string, NeuronKeys>();
  for (const neuron of neurons) keys.set(neuron.id, await ensureNeuronWallet(walletsDir, neuron));
  return keys;
}
