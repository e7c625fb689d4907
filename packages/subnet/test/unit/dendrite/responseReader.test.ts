import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ResponseError, ResponseReader } from '../../../src/dendrite/responseReader.js';

/** Feeds `text` in pieces of `step` bytes; the response, or null if it never completed. */
function feed(text: string, step: number, max = 1024) {
  const reader = new ResponseReader(max);
  const bytes = Buffer.from(text, 'latin1');
  for (let i = 0; i < bytes.length; i += step) {
    const done = reader.push(bytes.subarray(i, i + step));
    if (done !== null) return done;
  }
  return null;
}

describe('ResponseReader', () => {
  it('reads a Content-Length response, whatever the packet boundaries', () => {
    const text =
      'HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nX-A: 1\r\nx-a: 2\r\nContent-Length: 5\r\n\r\nhello';
    for (const step of [1, 3, 7, 1000]) {
      const r = feed(text, step)!;
      assert.equal(r.status, 200);
      assert.equal(r.body.toString(), 'hello');
      assert.equal(r.headers['content-type'], 'application/json');
      assert.equal(r.headers['x-a'], '1, 2');
      assert.equal(r.reusable, true);
    }
  });

  it('decodes chunked coding with extensions and trailers, and skips a 100 Continue', () => {
    const text =
      'HTTP/1.1 100 Continue\r\n\r\nHTTP/1.1 404 Not Found\r\nTransfer-Encoding: chunked\r\n\r\n' +
      '5;x=y\r\nhello\r\n7\r\n, world\r\n0\r\nX-Trailer: t\r\n\r\n';
    for (const step of [1, 2, 5, 1000]) {
      const r = feed(text, step)!;
      assert.equal(r.status, 404);
      assert.equal(r.body.toString(), 'hello, world');
    }
  });

  it('reads a body framed by the end of the connection, never reusing it', () => {
    const reader = new ResponseReader(1024);
    assert.equal(reader.push(Buffer.from('HTTP/1.0 200 OK\r\n\r\npart one, ')), null);
    assert.equal(reader.push(Buffer.from('part two')), null);
    const r = reader.end();
    assert.equal(r.body.toString(), 'part one, part two');
    assert.equal(r.reusable, false);
  });

  it('does not reuse a connection the server closes', () => {
    const r = feed('HTTP/1.1 200 OK\r\nConnection: close\r\nContent-Length: 0\r\n\r\n', 100)!;
    assert.equal(r.reusable, false);
  });

  it('bounds the body (declared, received, chunked) and the header block', () => {
    const tooLarge = (fn: () => unknown) =>
      assert.throws(fn, (e) => e instanceof ResponseError && e.kind === 'tooLarge');
    tooLarge(() => feed('HTTP/1.1 200 OK\r\nContent-Length: 11\r\n\r\n', 100, 10));
    tooLarge(() => feed('HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\nb\r\n', 100, 10));
    tooLarge(() => {
      const reader = new ResponseReader(10);
      reader.push(Buffer.from('HTTP/1.1 200 OK\r\n\r\n'));
      reader.push(Buffer.alloc(11));
    });
    assert.throws(
      () => feed(`HTTP/1.1 200 OK\r\nX: ${'a'.repeat(70_000)}`, 4096),
      (e) => e instanceof ResponseError && e.kind === 'malformed' && !e.inBody,
    );
  });

  it('refuses malformed responses', () => {
    for (const bad of [
      'HTTP/2 200\r\n\r\n',
      'HTTP/1.1 200 OK\r\nbad header\r\n\r\n',
      'HTTP/1.1 200 OK\r\nX: a\nb\r\n\r\n',
      'HTTP/1.1 200 OK\r\nX y: 1\r\n\r\n',
      'HTTP/1.1 200 OK\r\nContent-Length: 1\r\nContent-Length: 2\r\n\r\n',
      'HTTP/1.1 200 OK\r\nContent-Length: x\r\n\r\n',
      'HTTP/1.1 200 OK\r\nTransfer-Encoding: gzip\r\n\r\n',
      'HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n',
      'HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n1\r\nab\r\n',
      'HTTP/1.1 200 OK\r\nContent-Length: 1\r\n\r\nab',
    ]) {
      assert.throws(() => feed(bad, 1000), ResponseError, JSON.stringify(bad));
    }
    const cut = new ResponseReader(100);
    cut.push(Buffer.from('HTTP/1.1 200 OK\r\nContent-Length: 5\r\n\r\nab'));
    assert.throws(
      () => cut.end(),
      (e) => e instanceof ResponseError && e.inBody,
    );
  });
});
