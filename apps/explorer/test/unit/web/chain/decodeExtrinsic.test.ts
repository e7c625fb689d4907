import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { toHex } from '@taonet/primitives';
import { encodeCall, transferKeepAliveCall } from '@taonet/sdk';
import { decodeExtrinsic } from '../../../../web/src/chain/decodeExtrinsic.js';

function compact(n: number): number[] {
  if (n < 64) return [n << 2];
  return [((n << 2) | 1) & 0xff, (n << 2) >> 8];
}

function envelope(body: number[]): string {
  return toHex(new Uint8Array([...compact(body.length), ...body]));
}

const signer = Array.from({ length: 32 }, (_, i) => i + 1);

describe('decodeExtrinsic', () => {
  it('reads a signed transfer: signer, mortal era, nonce, tip, the call and its arguments', () => {
    const dest = `0x${'22'.repeat(32)}` as const;
    const call = encodeCall(transferKeepAliveCall, {
      dest: { tag: 'Id', value: dest },
      value: 5_000_000_000n,
    } as never);
    const body = [
      0x84,
      0,
      ...signer,
      1,
      ...new Array(64).fill(7),
      0x15,
      0x03,
      ...compact(9),
      ...compact(100),
      0,
      ...call.bytes,
    ];
    const x = decodeExtrinsic(envelope(body));
    assert.equal(x.signed, true);
    assert.equal(x.signer, toHex(new Uint8Array(signer)));
    assert.equal(x.nonce, 9);
    assert.equal(x.tip, 100n);
    assert.equal(x.pallet, 'Balances');
    assert.equal(x.call, 'transfer_keep_alive');
    assert.equal((x.args as { value: bigint }).value, 5_000_000_000n);
  });

  it('reads the timestamp inherent and names unknown calls by index', () => {
    const now = 1_700_000_000_000;
    const bytes = [3, now % 256, ...new Array(7).fill(0)];
    // compact u64 in big-integer mode: 8 bytes little-endian
    const le = [];
    for (let v = BigInt(now), i = 0; i < 8; i++, v >>= 8n) le.push(Number(v & 0xffn));
    bytes.splice(0, bytes.length, ((8 - 4) << 2) | 3, ...le);
    const x = decodeExtrinsic(envelope([0x04, 2, 0, ...bytes]));
    assert.equal(x.signed, false);
    assert.equal(`${x.pallet}.${x.call}`, 'Timestamp.set');
    assert.equal((x.args as { now: bigint }).now, BigInt(now));
    const unknown = decodeExtrinsic(envelope([0x04, 99, 7]));
    assert.equal(`${unknown.pallet}.${unknown.call}`, 'pallet 99.call 7');
  });
});
