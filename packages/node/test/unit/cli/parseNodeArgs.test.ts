import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseNodeArgs } from '../../../src/index.js';

describe('parseNodeArgs', () => {
  it('--dev means the dev chain, //Alice and a temporary directory', () => {
    const args = parseNodeArgs(['--dev', '--block-time', '100', '--rpc-port=0']);
    assert.equal(args.chain, 'dev');
    assert.equal(args.key, '//Alice');
    assert.equal(args.tmp, true);
    assert.equal(args.blockTime, 100);
    assert.equal(args.rpcPort, 0);
    assert.equal(parseNodeArgs(['--dev', '--base-path', '/x']).tmp, false);
  });

  it('Substrate flags', () => {
    const args = parseNodeArgs([
      '--chain',
      'spec.json',
      '--base-path',
      'd',
      '--bob',
      '--rpc-external',
      '--log-format',
      'json',
    ]);
    assert.deepEqual(
      [args.chain, args.basePath, args.key, args.rpcHost, args.logFormat],
      ['spec.json', 'd', '//Bob', '0.0.0.0', 'json'],
    );
    assert.equal(parseNodeArgs(['--chain', 'x', '--tmp', '--key', '//Eve//hot']).key, '//Eve//hot');
    assert.equal(parseNodeArgs(['--help']).help, true);
  });

  it('names the mistake', () => {
    const cases: [string[], RegExp][] = [
      [['--dev', '--block-time', '10'], /--block-time takes an integer from 50/],
      [['--dev', '--rpc-port', 'x'], /--rpc-port/],
      [['--dev', '--nope'], /unknown option --nope/],
      [['--tmp'], /no chain/],
      [['--chain', 'a.json'], /no data directory/],
      [['--dev', '--chain', 'a.json'], /pick one/],
      [['--dev', '--key'], /--key needs a value/],
    ];
    for (const [argv, message] of cases) assert.throws(() => parseNodeArgs(argv), { code: 'USAGE', message });
  });
});
