import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ADMIN_CALLS, isAdminCallName } from '@taonet/sdk';
import {
  canonicalParamName,
  findSudoParam,
  hyperparameterField,
  ownerMaySet,
  SUDO_PARAMS,
} from '../../../../src/commands/sudo/sudoParams.js';
import { requireSudoParam } from '../../../../src/commands/sudo/sudoSet.js';
import { formatParamValue, parseParamValue } from '../../../../src/commands/sudo/sudoValue.js';
import { UsageError } from '../../../../src/errors/cliErrors.js';

describe('tao sudo set parameter names', () => {
  it("maps btcli's names to AdminUtils setters that take the subnet first", () => {
    for (const param of SUDO_PARAMS) {
      assert.ok(isAdminCallName(param.call), param.call);
      assert.equal(ADMIN_CALLS[param.call].args[0]?.[0], 'netuid', param.call);
    }
    assert.equal(findSudoParam('tempo')?.call, 'sudo_set_tempo');
    assert.equal(findSudoParam('weights_rate_limit')?.call, 'sudo_set_weights_set_rate_limit');
    assert.equal(findSudoParam('commit_reveal_period')?.call, 'sudo_set_commit_reveal_weights_interval');
    assert.equal(findSudoParam('max_weight_limit')?.name, 'max_weights_limit');
  });

  it('accepts hyphens and camelCase, and refuses unknown names listing the valid ones', () => {
    assert.equal(canonicalParamName('weightsRateLimit'), 'weights_rate_limit');
    assert.equal(canonicalParamName(' commit-reveal-weights-enabled '), 'commit_reveal_weights_enabled');
    assert.equal(findSudoParam('weights-rate-limit')?.name, 'weights_rate_limit');
    assert.throws(
      () => requireSudoParam('tempox'),
      (e: unknown) => e instanceof UsageError && /valid: rho, kappa, .*tempo/.test(e.message),
    );
  });

  it('names the hyperparameter field that shows each value', () => {
    assert.equal(hyperparameterField('weights_rate_limit'), 'weightsRateLimit');
    assert.equal(hyperparameterField('commit_reveal_weights_enabled'), 'commitRevealWeightsEnabled');
  });

  it('knows when only root may set a value (root parameters, tempo outside 360..50400)', () => {
    const tempo = findSudoParam('tempo')!;
    assert.equal(ownerMaySet(tempo, 360), true);
    assert.equal(ownerMaySet(tempo, 10), false);
    assert.equal(ownerMaySet(findSudoParam('kappa')!, 10), false);
    assert.equal(ownerMaySet(findSudoParam('rho')!, 10), true);
  });
});

describe('tao sudo set values', () => {
  it('parses values by the setter argument types', () => {
    const args = (name: string) => {
      const call = findSudoParam(name)!.call;
      assert.ok(isAdminCallName(call));
      return ADMIN_CALLS[call].args.filter(([n]) => n !== 'netuid');
    };
    assert.deepEqual(parseParamValue('tempo', args('tempo'), '20'), { tempo: 20 });
    assert.deepEqual(parseParamValue('min_burn', args('min_burn'), '1000'), { min_burn: 1000n });
    assert.deepEqual(parseParamValue('x', args('commit_reveal_weights_enabled'), 'on'), { enabled: true });
    assert.deepEqual(parseParamValue('x', args('commit_reveal_weights_enabled'), 'False'), {
      enabled: false,
    });
    assert.deepEqual(parseParamValue('alpha_values', args('alpha_values'), '45875,58982'), {
      alpha_low: 45_875,
      alpha_high: 58_982,
    });
    assert.deepEqual(parseParamValue('steep', args('alpha_sigmoid_steepness'), '-5'), { steepness: -5 });
    assert.throws(() => parseParamValue('tempo', args('tempo'), '70000'), /between 0 and 65535/);
    assert.throws(() => parseParamValue('tempo', args('tempo'), '1.5'), /integer/);
    assert.throws(
      () => parseParamValue('x', args('commit_reveal_weights_enabled'), 'maybe'),
      /true or false/,
    );
    assert.throws(() => parseParamValue('alpha_values', args('alpha_values'), '1'), /takes 2 values/);
    assert.equal(formatParamValue(5n), '5');
  });
});
