import assert from 'node:assert/strict';
import { mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { isTaonetError } from '@taonet/primitives';
import { getConfigPath, readConfigFile, writeConfigFile } from '../../../src/config/configFile.js';

describe('config file', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'tao-config-'));
  after(() => rm(dir, { recursive: true, force: true }));

  it('is the flag, else $TAO_CONFIG, else ~/.taonet/config.json', () => {
    assert.equal(getConfigPath('/a.json', { TAO_CONFIG: '/b.json' }, '/home/u'), '/a.json');
    assert.equal(getConfigPath(undefined, { TAO_CONFIG: '~/c.json' }, '/home/u'), '/home/u/c.json');
    assert.equal(getConfigPath(undefined, {}, '/home/u'), '/home/u/.taonet/config.json');
  });

  it('reads as empty when missing, and round-trips, keeping unknown keys, mode 0600', async () => {
    const path = join(dir, 'sub', 'config.json');
    const missing = await readConfigFile(path);
    assert.equal(missing.exists, false);
    const data = { values: { network: 'devnet' }, networks: { devnet: 'ws://a:1' }, extra: { future: [1] } };
    await writeConfigFile(path, data);
    assert.equal((await stat(path)).mode & 0o777, 0o600);
    assert.deepEqual(JSON.parse(await readFile(path, 'utf8')), {
      network: 'devnet',
      networks: { devnet: 'ws://a:1' },
      future: [1],
    });
    assert.deepEqual((await readConfigFile(path)).data, data);
  });

  it('rejects bad JSON and bad values with CONFIG_INVALID naming the file', async () => {
    const path = join(dir, 'bad.json');
    for (const text of ['{', '[]', '{"network": 3}', '{"networks": {"a": 1}}']) {
      await writeFile(path, text);
      await assert.rejects(
        readConfigFile(path),
        (e: unknown) => isTaonetError(e, 'CONFIG_INVALID') && e.message.includes(path),
      );
    }
  });
});
