import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { prescanArgv } from '../../../src/program/globalOptions.js';
import { normalizeArgv } from '../../../src/program/normalizeArgv.js';

describe('normalizeArgv', () => {
  const known = new Set([
    '--wallet-name',
    '--wallet-path',
    '--n-words',
    '--no-prompt',
    '--subtensor-chain-endpoint',
  ]);

  it('folds btcli underscore and dot spellings of known flags', () => {
    assert.deepEqual(
      normalizeArgv(
        ['w', 'create', '--wallet.name', 'a', '--wallet_path=/x', '--n_words', '24', '--no_prompt'],
        known,
      ),
      ['w', 'create', '--wallet-name', 'a', '--wallet-path=/x', '--n-words', '24', '--no-prompt'],
    );
    assert.deepEqual(normalizeArgv(['--subtensor.chain_endpoint', 'ws://a:1'], known), [
      '--subtensor-chain-endpoint',
      'ws://a:1',
    ]);
  });

  it('leaves unknown flags, values and everything after -- alone', () => {
    assert.deepEqual(normalizeArgv(['--message', '--some_text', '--', '--wallet_name'], known), [
      '--message',
      '--some_text',
      '--',
      '--wallet_name',
    ]);
  });
});

describe('prescanArgv', () => {
  it('sees JSON output asked by --json, --json-output and --json-out', () => {
    assert.equal(prescanArgv(['--json', 'wallet', 'list']).json, true);
    assert.equal(prescanArgv(['wallet', 'list', '--json-out']).json, true);
    assert.equal(prescanArgv(['wallet', 'list']).json, false);
    assert.equal(prescanArgv(['wallet', 'list', '--', '--json']).json, false);
    assert.equal(prescanArgv(['wallet', 'list', '--verbose']).verbose, true);
  });

  it('treats `--json <file>` of a regen command as a key file, not JSON output', () => {
    const regen = new Set(['regen-coldkey']);
    assert.equal(prescanArgv(['wallet', 'regen-coldkey', '--json', 'key.json'], regen).json, false);
    assert.equal(prescanArgv(['wallet', 'regen-coldkey', '--json', '--mnemonic', 'x'], regen).json, true);
    assert.equal(
      prescanArgv(['wallet', 'regen-coldkey', '--json', 'k.json', '--json-output'], regen).json,
      true,
    );
  });
});
