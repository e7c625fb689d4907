import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { SudoKey } from '../../../src/admin/sudo/schema.js';
import type { BoundCall } from '../../../src/dispatch/callDef.js';
import { Kappa } from '../../../src/subnets/hyperparameters.js';
import { AdminChain, NET, OWNER, START, STRANGER, SUDO_KEY, snapshot } from './adminFixture.js';

const kappa = (value: number): BoundCall => ({
  pallet: 'AdminUtils',
  name: 'sudo_set_kappa',
  args: { netuid: NET, kappa: value },
});
const sudo = (call: BoundCall): BoundCall => ({ pallet: 'Sudo', name: 'sudo', args: { call } });

describe('Sudo', () => {
  it('the sudo key dispatches a call with the root origin', () => {
    const chain = new AdminChain();
    chain.addSubnet(NET);
    const outcome = chain.applyCall(START, SUDO_KEY, sudo(kappa(7)));
    assert.equal(outcome.ok, true, outcome.error?.message);
    assert.equal(Kappa.get(chain.state, [NET]), 7);
    assert.deepEqual(chain.named('Sudid')[0]?.data, { sudoResult: { ok: true } });
  });

  it('anyone else gets RequireSudo and changes nothing', () => {
    const chain = new AdminChain();
    chain.addSubnet(NET);
    const before = snapshot(chain.state);
    const outcome = chain.applyCall(START, STRANGER, sudo(kappa(7)));
    assert.equal(outcome.error?.error, 'RequireSudo');
    assert.deepEqual(snapshot(chain.state), before);
  });

  it('a failing inner call is reported in Sudid; the sudo extrinsic succeeds and the inner writes revert', () => {
    const chain = new AdminChain();
    const outcome = chain.applyCall(START, SUDO_KEY, sudo(kappa(7))); // no subnet 1
    assert.equal(outcome.ok, true);
    const result = chain.named('Sudid')[0]?.data.sudoResult as { ok: boolean; error?: string };
    assert.equal(result.ok, false);
    assert.equal(result.error, 'SubnetDoesNotExist');
    assert.equal(chain.named('KappaSet').length, 0);
  });

  it('sudo_as dispatches signed by another account; set_key and remove_key move and drop the key', () => {
    const chain = new AdminChain();
    chain.addSubnet(NET);
    const asOwner: BoundCall = {
      pallet: 'Sudo',
      name: 'sudo_as',
      args: {
        who: { tag: 'Id', value: OWNER },
        call: { pallet: 'AdminUtils', name: 'sudo_set_rho', args: { netuid: NET, rho: 3 } },
      },
    };
    assert.equal(chain.applyCall(START, SUDO_KEY, asOwner).ok, true);
    assert.deepEqual(chain.named('SudoAsDone')[0]?.data, { sudoResult: { ok: true } });
    const setKey: BoundCall = { pallet: 'Sudo', name: 'set_key', args: { new: { tag: 'Id', value: OWNER } } };
    assert.equal(chain.applyCall(START, SUDO_KEY, setKey).ok, true);
    assert.equal(SudoKey.getOption(chain.state), OWNER);
    assert.equal(chain.applyCall(START, SUDO_KEY, sudo(kappa(1))).error?.error, 'RequireSudo');
    assert.equal(
      chain.applyCall(START, OWNER, { pallet: 'Sudo', name: 'remove_key', args: undefined }).ok,
      true,
    );
    assert.equal(SudoKey.getOption(chain.state), undefined);
  });

  it('calls encode as [pallet index][call index][args] and nest', () => {
    const chain = new AdminChain();
    const codec = chain.executive.callCodec;
    const bytes = codec.enc(sudo(kappa(7)));
    assert.deepEqual([...bytes.slice(0, 4)], [12, 0, 19, 16]);
    assert.deepEqual(codec.dec(bytes), sudo(kappa(7)));
  });
});
