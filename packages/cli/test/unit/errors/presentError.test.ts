import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { TaonetError } from '@taonet/primitives';
import { CancelledError, UsageError } from '../../../src/errors/cliErrors.js';
import { describeWalletPath } from '../../../src/errors/errorHints.js';
import { presentError, writeError } from '../../../src/errors/presentError.js';
import { createColors } from '../../../src/output/humanOutput.js';
import { errorEnvelopeSchema } from '../../../src/output/jsonEnvelope.js';
import { checkSchema } from '../../../src/output/schema.js';
import { captureIo } from '../../fixtures/captureIo.js';

const opts = { command: 'wallet sign', interactive: false };

describe('presentError', () => {
  it('maps codes to exit codes: user errors 1, usage 2, cancelled 130, bugs 70', () => {
    assert.equal(presentError(new TaonetError('WRONG_PASSWORD', 'x'), opts).exitCode, 1);
    assert.equal(presentError(new UsageError('x'), opts).exitCode, 2);
    assert.equal(presentError(new CancelledError(), opts).exitCode, 130);
    const bug = presentError(new TypeError('undefined is not a function'), opts);
    assert.equal(bug.exitCode, 70);
    assert.equal(bug.code, 'INTERNAL');
    assert.match(bug.hint ?? '', /bug/);
  });

  it('hints with the wallet named by the missing file', () => {
    const error = new TaonetError('KEYFILE_NOT_FOUND', 'missing', {
      details: { path: '/w/alice/hotkeys/miner' },
    });
    const hint = presentError(error, opts).hint ?? '';
    assert.match(hint, /tao wallet new-hotkey --wallet-name alice --wallet-hotkey miner/);
    assert.deepEqual(describeWalletPath('/w/bob/coldkeypub.txt'), { wallet: 'bob' });
  });

  it('names the variables and --password-file when a password is missing', () => {
    const error = new TaonetError(
      'PASSWORD_REQUIRED',
      'the coldkey needs a password to unlock: give one by prompt',
      {
        details: { envNames: ['TAO_WALLET_A_PASSWORD', 'TAO_WALLET_PASSWORD'] },
      },
    );
    const presented = presentError(error, opts);
    assert.equal(presented.message, 'the coldkey needs a password to unlock');
    assert.match(presented.hint ?? '', /--password-file.*TAO_WALLET_A_PASSWORD.*without --no-prompt/);
  });

  it('never quotes mnemonic words, only their positions', () => {
    const error = new TaonetError('INVALID_MNEMONIC', 'not in the list: word 3 "secrte"', {
      details: { unknownWords: ['3 "secrte"'] },
    });
    const presented = presentError(error, opts);
    assert.doesNotMatch(JSON.stringify(presented), /secrte/);
    assert.deepEqual(presented.details, { wordPositions: [3] });
  });
});

describe('writeError', () => {
  const colors = createColors(false);

  it('prints error and hint lines on stderr, no stack trace', () => {
    const io = captureIo();
    writeError(presentError(new UsageError('bad flag'), opts), io, {
      json: false,
      verbose: false,
      command: 'x',
      colors,
    });
    assert.equal(io.out(), '');
    assert.equal(io.err(), 'error: bad flag\nhint: run `tao wallet sign --help` for the usage\n');
  });

  it('prints the JSON error envelope on stdout in JSON mode', () => {
    const io = captureIo();
    writeError(presentError(new UsageError('bad'), opts), io, {
      json: true,
      verbose: false,
      command: 'x',
      colors,
    });
    assert.deepEqual(checkSchema(errorEnvelopeSchema, JSON.parse(io.out())), []);
    assert.equal(io.err(), '');
  });

  it('adds the stack trace with --verbose or DEBUG=tao', () => {
    for (const [verbose, env] of [
      [true, {}],
      [false, { DEBUG: 'tao' }],
    ] as const) {
      const io = captureIo(env);
      writeError(presentError(new Error('boom'), opts), io, { json: false, verbose, command: 'x', colors });
      assert.match(io.err(), /\n\s+at /);
    }
  });
});
