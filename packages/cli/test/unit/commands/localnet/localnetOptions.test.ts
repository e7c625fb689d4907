import assert from 'node:assert/strict';
import { join, resolve } from 'node:path';
import { describe, it } from 'node:test';
import { readDataDir, readUpOptions } from '../../../../src/commands/localnet/localnetOptions.js';
import { createCommandContext } from '../../../../src/program/commandContext.js';
import type { CommandInput } from '../../../../src/program/commandSpec.js';
import { captureIo } from '../../../fixtures/captureIo.js';

const SETTINGS = { json: false, quiet: false, verbose: false, prompt: false, color: false };

function input(opts: Record<string, unknown>): CommandInput {
  return { opts, given: (key) => key in opts, args: [] };
}

const context = (env: Record<string, string> = {}) =>
  createCommandContext('localnet up', captureIo(env, '/home/me'), SETTINGS);

describe('localnet options', () => {
  it('takes the data folder from --data-dir, then TAO_LOCALNET_DIR, then ~/.taonet/localnet', () => {
    assert.equal(readDataDir(context(), input({ dataDir: 'net' })), resolve('net'));
    assert.equal(readDataDir(context({ TAO_LOCALNET_DIR: '/srv/net' }), input({})), '/srv/net');
    assert.equal(readDataDir(context(), input({})), join('/home/me', '.taonet', 'localnet'));
  });

  it("defaults up's numbers as npm start runs them", () => {
    const options = readUpOptions(context(), input({ explorer: true }));
    assert.equal(options.blockTimeMs, 1000);
    assert.equal(options.tempo, 20);
    assert.equal(options.rpcPort, 9944);
    assert.equal(options.axonBasePort, 8091);
    assert.equal(options.explorerPort, 8080);
    assert.equal(options.reset, false);
    assert.equal(options.neuronLogLevel, 'info');
  });

  it('reads the flags and refuses a bad number, naming the flag', () => {
    const options = readUpOptions(
      context(),
      input({ tempo: '10', rpcPort: '0', reset: true, explorer: false, blockTime: '250' }),
    );
    assert.equal(options.tempo, 10);
    assert.equal(options.rpcPort, 0);
    assert.equal(options.blockTimeMs, 250);
    assert.equal(options.reset, true);
    assert.equal(options.explorerPort, null);
    assert.throws(() => readUpOptions(context(), input({ tempo: 'ten' })), /--tempo takes an integer/);
    assert.throws(
      () => readUpOptions(context(), input({ blockTime: '10' })),
      /--block-time takes an integer from 50/,
    );
  });
});
