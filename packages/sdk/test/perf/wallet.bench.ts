/**
 * `npm run bench -- wallet`: $NACL keyfile encrypt/decrypt time next to libsodium's, and wallet unlocks.
 * $NACL = argon2i (8 passes x 512 MiB) + secretbox. libsodium's own crypto_pwhash runs in the same run
 * through python3 + ctypes when the machine has them, and its key must equal ours. The first derivation
 * of a process is shown apart (it pays for mapping 512 MiB); `--runs=N` sets the timed runs after it
 * (default 3), each figure being their median.
 */
import { spawnSync } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { initCrypto } from '@taonet/crypto';
import { toHex } from '@taonet/primitives';
import {
  createWallet,
  decryptKeyfileData,
  deriveNaclKey,
  encryptKeyfileData,
  NACL_MEMLIMIT,
  NACL_OPSLIMIT,
  NACL_SALT,
  openNaclKeyfile,
  sealNaclKeyfile,
} from '../../src/index.js';

const PASSWORD = 'bench password ✓';
const LABEL_WIDTH = 58;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

async function timeMs(runs: number, op: () => Promise<unknown> | unknown): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await op();
    times.push(performance.now() - start);
  }
  return median(times);
}

function opsPerSecond(op: () => unknown, ms = 300): number {
  let count = 0;
  const start = performance.now();
  while (performance.now() - start < ms) {
    op();
    count++;
  }
  return (count * 1000) / (performance.now() - start);
}

function print(label: string, value: string): void {
  console.log(`  ${label.padEnd(LABEL_WIDTH)} ${value.padStart(14)}`);
}

const LIBSODIUM_SCRIPT = `
import ctypes, sys, time
s = ctypes.CDLL('libsodium.so.23'); assert s.sodium_init() >= 0
pw = sys.argv[1].encode(); salt = bytes.fromhex(sys.argv[2]); out = ctypes.create_string_buffer(32)
t = time.perf_counter()
assert s.crypto_pwhash(out, ctypes.c_ulonglong(32), pw, ctypes.c_ulonglong(len(pw)), salt,
  ctypes.c_ulonglong(int(sys.argv[3])), ctypes.c_size_t(int(sys.argv[4])), ctypes.c_int(1)) == 0
print((time.perf_counter() - t) * 1000, out.raw.hex())
`;

/** libsodium's crypto_pwhash_argon2i13 through python3 ctypes, or undefined when unavailable. */
function libsodiumDerive(): { ms: number; key: string } | undefined {
  const args = ['-c', LIBSODIUM_SCRIPT, PASSWORD, Buffer.from(NACL_SALT).toString('hex')];
  const result = spawnSync('python3', [...args, String(NACL_OPSLIMIT), String(NACL_MEMLIMIT)], {
    encoding: 'utf8',
  });
  if (result.status !== 0) return undefined;
  const [ms, key] = result.stdout.trim().split(' ');
  return ms === undefined || key === undefined ? undefined : { ms: Number(ms), key: `0x${key}` };
}

async function benchNacl(runs: number): Promise<void> {
  const plaintext = new TextEncoder().encode(
    JSON.stringify({ secretPhrase: 'x '.repeat(12), ss58Address: '5' }),
  );
  let key: Uint8Array = new Uint8Array();
  const first = await timeMs(1, async () => {
    key = await deriveNaclKey(PASSWORD);
  });
  print('argon2i derive, first in the process', `${first.toFixed(0)} ms`);
  const derive = await timeMs(runs, () => deriveNaclKey(PASSWORD));
  print(`argon2i derive (@node-rs/argon2, t=${NACL_OPSLIMIT}, m=512 MiB)`, `${derive.toFixed(0)} ms`);
  const reference = libsodiumDerive();
  if (reference === undefined) print('libsodium crypto_pwhash (python3 ctypes, new process)', 'unavailable');
  else {
    const same = reference.key === toHex(key) ? 'same key' : 'KEY DIFFERS';
    print(`libsodium crypto_pwhash, new process (${same})`, `${reference.ms.toFixed(0)} ms`);
  }
  const encrypted = await encryptKeyfileData(plaintext, PASSWORD);
  print(
    'encryptKeyfileData ($NACL)',
    `${(await timeMs(runs, () => encryptKeyfileData(plaintext, PASSWORD))).toFixed(0)} ms`,
  );
  print(
    'decryptKeyfileData ($NACL)',
    `${(await timeMs(runs, () => decryptKeyfileData(encrypted, PASSWORD))).toFixed(0)} ms`,
  );
  const sealed = sealNaclKeyfile(plaintext, key);
  print(
    'secretbox seal only (xsalsa20-poly1305, @noble/ciphers)',
    `${opsPerSecond(() => sealNaclKeyfile(plaintext, key)).toFixed(0)} /s`,
  );
  print('secretbox open only', `${opsPerSecond(() => openNaclKeyfile(sealed, key)).toFixed(0)} /s`);
}

async function benchWallet(runs: number): Promise<void> {
  const root = await mkdtemp(join(tmpdir(), 'taonet-wallet-bench-'));
  try {
    const wallet = createWallet({ name: 'bench', path: root });
    await wallet.createColdkey({ password: PASSWORD });
    await wallet.createHotkey();
    const cold = await timeMs(runs, () => wallet.unlockColdkey({ password: PASSWORD }));
    print('unlockColdkey (read + $NACL decrypt + keypair)', `${cold.toFixed(0)} ms`);
    const hot = await timeMs(50, () => wallet.unlockHotkey());
    print('unlockHotkey (plaintext: read + mnemonic -> sr25519)', `${hot.toFixed(2)} ms`);
    const created = await timeMs(5, () => wallet.withHotkey(`h${Math.random()}`).createHotkey());
    print('createHotkey (mnemonic, keypair, two 0600 atomic writes)', `${created.toFixed(2)} ms`);
  } finally {
    await rm(root, { recursive: true, force: true });
  }
}

export async function run(args: string[] = []): Promise<void> {
  const runsArg = args.find((a) => a.startsWith('--runs='));
  const runs = Math.max(1, Number(runsArg?.slice('--runs='.length) ?? 3) || 3);
  await initCrypto();
  console.log(`  wallet keyfiles, median of ${runs} argon2i runs`);
  await benchNacl(runs);
  await benchWallet(runs);
}
