/**
 * An incremental HTTP/1.1 response reader for the dendrite's own connections (axonConnection.ts): the status
 * line and headers (names lower-cased, duplicates joined with ", " as Node does; interim 1xx responses
 * skipped), then a body framed by Content-Length, chunked transfer coding, or the end of the connection. The
 * header block and the body are bounded: a hostile axon cannot make it buffer without limit.
 */

/** Response headers as Node's `IncomingMessage.headers` has them. */
export type ResponseHeaders = Record<string, string>;

export interface ParsedResponse {
  status: number;
  headers: ResponseHeaders;
  body: Buffer;
  /** The connection may carry another request (HTTP/1.1, no `Connection: close`, not framed by EOF). */
  reusable: boolean;
}

/** A malformed or oversized response; `inBody`: the headers had already arrived. */
export class ResponseError extends Error {
  constructor(
    message: string,
    readonly kind: 'malformed' | 'tooLarge',
    readonly inBody: boolean,
  ) {
    super(message);
    this.name = 'ResponseError';
  }
}

const MAX_HEAD_BYTES = 64 * 1024;
const STATUS_LINE = /^HTTP\/1\.([01]) (\d{3})(?: |$)/;
const TOKEN = /^[!#$%&'*+\-.^_`|~0-9a-z]+$/;
// biome-ignore lint/suspicious/noControlCharactersInRegex: header values may not carry control characters
const CONTROL = /[\x00-\x08\x0a-\x1f\x7f]/;
const CHUNK_SIZE = /^([0-9a-fA-F]{1,8})[ \t]*(?:;.*)?$/;
/** Headers whose repeats Node drops (first wins) instead of joining. */
const SINGLE = new Set(['content-type', 'content-length', 'server', 'location', 'etag', 'date', 'age']);

/** `text[start, end)` without the spaces and tabs around it (HTTP's optional whitespace). */
function trimSpaces(text: string, start: number, end: number): string {
  let from = start;
  let to = end;
  while (from < to && (text.charCodeAt(from) === 32 || text.charCodeAt(from) === 9)) from++;
  while (to > from && (text.charCodeAt(to - 1) === 32 || text.charCodeAt(to - 1) === 9)) to--;
  return text.slice(from, to);
}

type Framing = { kind: 'length'; remaining: number } | { kind: 'chunked' } | { kind: 'eof' };

export class ResponseReader {
  private head: Buffer | null = null;
  private status = 0;
  private headers: ResponseHeaders = {};
  private keepAlive = true;
  private framing: Framing | null = null;
  private parts: Buffer[] = [];
  private size = 0;
  /** Chunked coding: undecoded bytes, and whether the last chunk was seen (trailers follow). */
  private pending: Buffer | null = null;
  private inTrailers = false;
  /** Data bytes left in the current chunk; -1: its closing CRLF is due. */
  private chunkLeft = 0;
  /** Bytes were received for this response (a reused socket that closes before any is stale). */
  received = false;
  /** The headers were read. */
  inBody = false;

  constructor(private readonly maxBodyBytes: number) {}

  /** Feeds bytes; returns the response once complete, else null. Throws ResponseError. */
  push(chunk: Buffer): ParsedResponse | null {
    this.received = true;
    if (!this.inBody) {
      const rest = this.readHead(chunk);
      if (rest === null) return null;
      chunk = rest;
    }
    return this.readBody(chunk);
  }

  /** The connection ended: the response if it is framed by EOF, else a malformed-response error. */
  end(): ParsedResponse {
    if (this.framing?.kind === 'eof') return this.finish(false);
    throw new ResponseError('connection closed mid-response', 'malformed', this.inBody);
  }

  private readHead(chunk: Buffer): Buffer | null {
    let data = this.head === null ? chunk : Buffer.concat([this.head, chunk]);
    for (;;) {
      const end = data.indexOf('\r\n\r\n', 0, 'latin1');
      if (end < 0) {
        if (data.length > MAX_HEAD_BYTES)
          throw new ResponseError('response headers too large', 'malformed', false);
        this.head = data;
        return null;
      }
      this.head = null;
      this.parseHead(data.toString('latin1', 0, end));
      data = data.subarray(end + 4);
      if (this.status >= 200 || this.status === 101) break;
      this.headers = {}; // an interim 1xx response: the real one follows
    }
    this.inBody = true;
    return data;
  }

  private parseHead(text: string): void {
    let eol = text.indexOf('\r\n');
    const status = STATUS_LINE.exec(eol < 0 ? text : text.slice(0, eol));
    if (status === null) throw new ResponseError('malformed status line', 'malformed', false);
    this.status = Number(status[2]);
    const headers = this.headers;
    while (eol >= 0) {
      const start = eol + 2;
      eol = text.indexOf('\r\n', start);
      const end = eol < 0 ? text.length : eol;
      const colon = text.indexOf(':', start);
      if (colon < 0 || colon >= end) throw new ResponseError('malformed header line', 'malformed', false);
      const name = text.slice(start, colon).toLowerCase();
      if (!TOKEN.test(name)) throw new ResponseError('malformed header name', 'malformed', false);
      const value = trimSpaces(text, colon + 1, end);
      if (CONTROL.test(value)) throw new ResponseError('control character in a header', 'malformed', false);
      this.addHeader(name, value);
    }
    const connection = (headers.connection ?? '').toLowerCase();
    this.keepAlive = status[1] === '1' ? !connection.includes('close') : connection.includes('keep-alive');
    this.framing = this.framingOf(headers);
  }

  private addHeader(name: string, value: string): void {
    const headers = this.headers;
    const prior = headers[name];
    if (prior === undefined) headers[name] = value;
    else if (name === 'content-length' && prior !== value)
      throw new ResponseError('conflicting content-length', 'malformed', false);
    else if (!SINGLE.has(name)) headers[name] = `${prior}, ${value}`;
  }

  private framingOf(headers: ResponseHeaders): Framing {
    if (this.status === 204 || this.status === 304) return { kind: 'length', remaining: 0 };
    if (headers['transfer-encoding'] !== undefined) {
      if (!/(?:^|,)\s*chunked\s*$/i.test(headers['transfer-encoding']))
        throw new ResponseError('unsupported transfer-encoding', 'malformed', false);
      return { kind: 'chunked' };
    }
    const length = headers['content-length'];
    if (length === undefined) return { kind: 'eof' };
    if (!/^\d{1,15}$/.test(length)) throw new ResponseError('malformed content-length', 'malformed', false);
    const remaining = Number(length);
    if (remaining > this.maxBodyBytes) this.tooLarge(remaining);
    return { kind: 'length', remaining };
  }

  private tooLarge(size: number): never {
    throw new ResponseError(
      `response of ${size} bytes exceeds the ${this.maxBodyBytes}-byte limit`,
      'tooLarge',
      true,
    );
  }

  private take(bytes: Buffer): void {
    if (bytes.length === 0) return;
    this.size += bytes.length;
    if (this.size > this.maxBodyBytes) this.tooLarge(this.size);
    this.parts.push(bytes);
  }

  private readBody(chunk: Buffer): ParsedResponse | null {
    const framing = this.framing!;
    if (framing.kind === 'eof') {
      this.take(chunk);
      return null;
    }
    if (framing.kind === 'chunked') return this.readChunked(chunk);
    if (chunk.length > framing.remaining)
      throw new ResponseError('bytes past the end of the response', 'malformed', true);
    this.take(chunk);
    framing.remaining -= chunk.length;
    return framing.remaining === 0 ? this.finish(this.keepAlive) : null;
  }

  /** Decodes chunked coding: `size[;ext]\r\n data \r\n` ... `0\r\n` trailers `\r\n`. */
  private readChunked(chunk: Buffer): ParsedResponse | null {
    let data = this.pending === null ? chunk : Buffer.concat([this.pending, chunk]);
    this.pending = null;
    for (;;) {
      if (this.chunkLeft > 0) {
        const piece = data.subarray(0, this.chunkLeft);
        this.take(piece);
        this.chunkLeft -= piece.length;
        data = data.subarray(piece.length);
        if (this.chunkLeft > 0) return null;
        this.chunkLeft = -1; // its CRLF follows
      }
      const eol = data.indexOf('\r\n', 0, 'latin1');
      if (eol < 0) break;
      const line = data.toString('latin1', 0, eol);
      data = data.subarray(eol + 2);
      if (this.chunkLeft === -1) {
        if (line !== '') throw new ResponseError('malformed chunk', 'malformed', true);
        this.chunkLeft = 0;
      } else if (this.inTrailers) {
        if (line !== '') continue;
        if (data.length > 0) throw new ResponseError('bytes past the end of the response', 'malformed', true);
        return this.finish(this.keepAlive);
      } else {
        const size = CHUNK_SIZE.exec(line);
        if (size === null) throw new ResponseError('malformed chunk size', 'malformed', true);
        this.chunkLeft = Number.parseInt(size[1]!, 16);
        if (this.size + this.chunkLeft > this.maxBodyBytes) this.tooLarge(this.size + this.chunkLeft);
        if (this.chunkLeft === 0) this.inTrailers = true;
      }
    }
    if (data.length > MAX_HEAD_BYTES) throw new ResponseError('malformed chunk', 'malformed', true);
    this.pending = data.length > 0 ? Buffer.from(data) : null;
    return null;
  }

  private finish(reusable: boolean): ParsedResponse {
    const body = this.parts.length === 1 ? this.parts[0]! : Buffer.concat(this.parts, this.size);
    return { status: this.status, headers: this.headers, body, reusable };
  }
}
