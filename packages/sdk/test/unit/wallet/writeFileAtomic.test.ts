import assert from 'node:assert/strict';
import { mkdtemp, readdir, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { isTaonetError } from '@taonet/primitives';
import { writeFileAtomic } from '../../../src/index.js';

const code = (expected: string) => (e: unknown) => isTaonetError(e, expected);
const bytes = (s: string) => new TextEncoder().encode(s);

describe('writeFileAtomic', () => {
  let dir: string;
  before(async () => {
    dir = await mkdtemp(join(tmpdir(), 'taonet-write-'));
  });
  after(() => rm(dir, { recursive: true, force: true }));

  it('creates missing directories 0700 and the file 0600', async () => {
    const path = join(dir, 'a', 'b', 'coldkey');
    await writeFileAtomic(path, bytes('one'));
    assert.equal(await readFile(path, 'utf8'), 'one');
    assert.equal((await stat(path)).mode & 0o777, 0o600);
    assert.equal((await stat(join(dir, 'a'))).mode & 0o777, 0o700);
    assert.equal((await stat(join(dir, 'a', 'b'))).mode & 0o777, 0o700);
  });

  it('refuses to replace a file unless overwrite, leaving it intact and no temporary file', async () => {
    const path = join(dir, 'key');
    await writeFileAtomic(path, bytes('first'));
    await assert.rejects(writeFileAtomic(path, bytes('second')), code('KEYFILE_EXISTS'));
    assert.equal(await readFile(path, 'utf8'), 'first');
    await writeFileAtomic(path, bytes('third'), { overwrite: true });
    assert.equal(await readFile(path, 'utf8'), 'third');
    assert.equal((await stat(path)).mode & 0o777, 0o600);
    assert.deepEqual(
      (await readdir(dir)).filter((n) => n.endsWith('.tmp')),
      [],
    );
  });

  it('two racing exclusive writers: exactly one wins', async () => {
    const path = join(dir, 'race');
    const results = await Promise.allSettled([
      writeFileAtomic(path, bytes('x')),
      writeFileAtomic(path, bytes('y')),
    ]);
    assert.equal(results.filter((r) => r.status === 'fulfilled').length, 1);
    assert.ok(['x', 'y'].includes(await readFile(path, 'utf8')));
  });

  it('an unwritable place is KEYFILE_IO', async () => {
    await assert.rejects(writeFileAtomic(join(dir, 'key', 'sub'), bytes('z')), code('KEYFILE_IO'));
  });
});
