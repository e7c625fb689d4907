import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { sha1 } from '../../../src/client/sha1.js';

const hex = (bytes: Uint8Array) => Buffer.from(bytes).toString('hex');

describe('sha1', () => {
  it("matches FIPS 180's examples and RFC 6455's handshake example", () => {
    assert.equal(hex(sha1(new Uint8Array(0))), 'da39a3ee5e6b4b0d3255bfef95601890afd80709');
    assert.equal(hex(sha1(Buffer.from('abc'))), 'a9993e364706816aba3e25717850c26c9cd0d89d');
    const key = 'dGhlIHNhbXBsZSBub25jZQ==258EAFA5-E914-47DA-95CA-C5AB0DC85B11';
    assert.equal(Buffer.from(sha1(Buffer.from(key))).toString('base64'), 's3pPLMBiTxaQ9kYGzzhZRbK+xOo=');
  });

  it("equals node:crypto's on any input (block boundaries included)", () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), (bytes) => {
        assert.equal(hex(sha1(bytes)), createHash('sha1').update(bytes).digest('hex'));
      }),
      { numRuns: 300 },
    );
    for (const length of [55, 56, 63, 64, 65, 119, 120, 128]) {
      const bytes = new Uint8Array(length).fill(length);
      assert.equal(hex(sha1(bytes)), createHash('sha1').update(bytes).digest('hex'), `length ${length}`);
    }
  });
});
