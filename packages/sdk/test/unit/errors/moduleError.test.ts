import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { RpcError } from '@taonet/rpc';
import {
  decodeDispatchError,
  getModuleError,
  getModuleErrorByIndex,
  InvalidParameterError,
  SdkError,
  toRejection,
} from '../../../src/index.js';

describe('module errors', () => {
  it("decodes taonet's ExtrinsicFailed data with the error's index, description and the runtime's detail", () => {
    const error = decodeDispatchError({
      module: 'SubtensorModule',
      error: 'HotKeyNotRegisteredInSubNet',
      message: 'SubtensorModule.HotKeyNotRegisteredInSubNet: uid lookup',
    });
    assert.equal(error.palletIndex, 7);
    assert.equal(error.index, 5);
    assert.equal(error.docs, 'The hotkey is not registered in the subnet.');
    assert.equal(error.detail, 'uid lookup');
    assert.match(error.hint ?? '', /burnedRegister/);
  });

  it("decodes Substrate's DispatchError::Module by index, and keeps unknown shapes readable", () => {
    assert.equal(
      decodeDispatchError({ dispatchError: { module: { index: 5, error: [2, 0, 0, 0] } } }).name,
      'Expendability',
    );
    assert.equal(getModuleErrorByIndex(7, 0)?.name, 'SubNetworkDoesNotExist');
    assert.equal(getModuleErrorByIndex(99, 0), undefined);
    const unknown = decodeDispatchError({ weird: true });
    assert.equal(unknown.name, 'Unknown');
    assert.match(unknown.docs, /weird/);
    assert.equal(getModuleError('Nope', 'Thing').docs, 'Nope error Thing');
  });

  it('maps author RPC errors to rejections and leaves others alone', () => {
    const rejection = toRejection(new RpcError(1010, 'Invalid Transaction', 'Transaction is outdated'));
    assert.equal(rejection?.reason, 'invalid');
    assert.match(rejection?.hint ?? '', /nonce/);
    assert.equal(toRejection(new RpcError(1013, 'Transaction Already Imported'))?.reason, 'alreadyImported');
    assert.equal(toRejection(new RpcError(-32602, 'Invalid params')), undefined);
    assert.equal(toRejection(new Error('x')), undefined);
  });

  it('formats messages as shortMessage, details and hint', () => {
    const error = new SdkError('X', 'Short', { detail: 'more', hint: 'do this', details: { a: 1 } });
    assert.equal(error.message, 'Short\n\nDetails: more\nHint: do this');
    assert.deepEqual(error.toJSON(), { code: 'X', message: error.message, details: { a: 1 } });
    const invalid = new InvalidParameterError('amount', 'must be positive');
    assert.equal(invalid.code, 'INVALID_PARAMETER');
    assert.deepEqual(invalid.details, { parameter: 'amount' });
  });
});
