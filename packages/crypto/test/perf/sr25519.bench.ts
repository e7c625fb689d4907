/**
 * `npm run bench -- sr25519`: sr25519 sign/s and verify/s through @polkadot/wasm-crypto (directly and via
 * @taonet/crypto) next to @polkadot/util-crypto 14 (pure-JS @scure/sr25519) in the same run.
 * The message is a dendrite-shaped string; each figure is the median of 5 timed rounds.
 */

import {
  sr25519Sign as utilSign,
  signatureVerify as utilSignatureVerify,
  sr25519Verify as utilVerify,
} from '@polkadot/util-crypto';
import { sr25519Sign as wasmSign, sr25519Verify as wasmVerify } from '@polkadot/wasm-crypto';
import { createKeypairFromUri, initCrypto, signatureVerify, verifySignature } from '../../src/index.js';

const ROUND_MS = 300;
const LABEL_WIDTH = 56;

/** Operations per second: median of 5 rounds, each running `op` for about ROUND_MS. */
function opsPerSecond(op: () => unknown): number {
  for (let i = 0; i < 5; i++) op(); // warm-up
  const rates: number[] = [];
  for (let round = 0; round < 5; round++) {
    let count = 0;
    const start = process.hrtime.bigint();
    let elapsed = 0;
    while (elapsed < ROUND_MS) {
      for (let i = 0; i < 10; i++) op();
      count += 10;
      elapsed = Number(process.hrtime.bigint() - start) / 1e6;
    }
    rates.push((count * 1000) / elapsed);
  }
  rates.sort((a, b) => a - b);
  return rates[2] ?? 0;
}

function row(label: string, sign: number | undefined, verify: number): string {
  const signText = sign === undefined ? '-' : Math.round(sign).toLocaleString('en-US');
  const both = sign === undefined ? '-' : Math.round(1 / (1 / sign + 1 / verify)).toLocaleString('en-US');
  return `  ${label.padEnd(LABEL_WIDTH)} ${signText.padStart(9)} ${Math.round(verify).toLocaleString('en-US').padStart(9)} ${both.padStart(12)}`;
}

export async function run(_args: string[] = []): Promise<void> {
  await initCrypto();
  const alice = createKeypairFromUri('//Alice');
  const bob = createKeypairFromUri('//Bob');
  const message = new TextEncoder().encode(
    `1742400000123456789.${alice.address}.${bob.address}.6e4b0d8c-1f4a-11f0-9c1e-0242ac120002.${'ab'.repeat(32)}`,
  );
  const pub = alice.publicKey;
  // wasm-crypto and util-crypto take the ed25519-form secret; rebuild it from the canonical export.
  const canonical = alice.exportSecret().secretKey;
  let scalar = 0n;
  for (let i = 31; i >= 0; i--) scalar = (scalar << 8n) | BigInt(canonical[i]!);
  const secret = new Uint8Array(64);
  for (let i = 0, v = scalar << 3n; i < 32; i++, v >>= 8n) secret[i] = Number(v & 255n);
  secret.set(canonical.subarray(32), 32);
  const signature = alice.sign(message);
  if (!wasmVerify(signature, message, pub) || !utilVerify(message, signature, pub)) {
    throw new Error('sr25519 bench: the reference signature does not verify');
  }

  const wasm = {
    sign: opsPerSecond(() => wasmSign(pub, secret, message)),
    verify: opsPerSecond(() => wasmVerify(signature, message, pub)),
  };
  const ours = {
    sign: opsPerSecond(() => alice.sign(message)),
    verify: opsPerSecond(() => verifySignature('sr25519', message, signature, pub)),
    verifySs58: opsPerSecond(() => signatureVerify(message, signature, alice.address)),
  };
  const util = {
    sign: opsPerSecond(() => utilSign(message, { publicKey: pub, secretKey: secret })),
    verify: opsPerSecond(() => utilVerify(message, signature, pub)),
    signatureVerify: opsPerSecond(() => utilSignatureVerify(message, signature, alice.address)),
  };

  const title = `sr25519, ${message.length}-byte message`;
  const head = `${'sign/s'.padStart(9)} ${'verify/s'.padStart(9)} ${'sign+verify/s'.padStart(12)}`;
  console.log(`  ${title.padEnd(LABEL_WIDTH)} ${head}`);
  console.log(row('@polkadot/wasm-crypto sr25519Sign/Verify (direct)', wasm.sign, wasm.verify));
  console.log(row('@taonet/crypto keypair.sign / verifySignature', ours.sign, ours.verify));
  console.log(row('@taonet/crypto signatureVerify(ss58)', undefined, ours.verifySs58));
  console.log(row('@polkadot/util-crypto sr25519Sign/Verify (baseline)', util.sign, util.verify));
  console.log(row('@polkadot/util-crypto signatureVerify(ss58) (baseline)', undefined, util.signatureVerify));
  console.log(
    `  ratio wasm direct / util-crypto: sign ${(wasm.sign / util.sign).toFixed(1)}x, verify ${(wasm.verify / util.verify).toFixed(1)}x, ` +
      `verify vs signatureVerify ${(wasm.verify / util.signatureVerify).toFixed(1)}x`,
  );
}
