/** The flags of a validator script whose validator takes the framework Validator's options. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { getValidatorScriptUsage, parseValidatorScriptArgs } from '../../../src/index.js';

const BOB = '5FHneW46xGXgs5mUiveU4sbTyGBzmstUspZC92UhjJM694ty';

describe('parseValidatorScriptArgs', () => {
  it('has the defaults, the given --step-ms default among them', () => {
    const args = parseValidatorScriptArgs(['--hotkey-uri', '//Alice', '--no-chain'], 2000);
    assert.deepEqual([args.timeout, args.stepMs, args.sampleSize, args.alpha], [12, 2000, 50, 0.1]);
    assert.deepEqual(args.local, { miners: [], blockMs: 1000, tempo: 20 });
  });

  it('reads the flags and the local chain, and refuses values out of range', () => {
    const args = parseValidatorScriptArgs(
      ['--hotkey-uri', '//Alice', '--no-chain', '--miner', `${BOB}@127.0.0.1:8091`, '--step-ms', '300'],
      5000,
    );
    assert.equal(args.stepMs, 300);
    assert.deepEqual(args.local?.miners, [{ hotkey: BOB, ip: '127.0.0.1', port: 8091 }]);
    const base = ['--hotkey-uri', '//Alice', '--no-chain'];
    assert.throws(() => parseValidatorScriptArgs([...base, '--sample-size', '1.5'], 5000), /sample-size/);
    assert.throws(() => parseValidatorScriptArgs([...base, '--alpha', '2'], 5000), /alpha/);
    const onChain = parseValidatorScriptArgs(['--hotkey-uri', '//A', '--network', 'ws://127.0.0.1:9944'], 1);
    assert.equal(onChain.local, null);
  });

  it('has a usage line with the --step-ms default', () => {
    assert.match(getValidatorScriptUsage(2000), /\[--timeout 12\] \[--step-ms 2000\] \[--sample-size 50\]/);
  });
});
