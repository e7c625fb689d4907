import assert from 'node:assert/strict';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { explorerService } from '../../../src/localnet/explorerService.js';
import {
  LOCALNET_DEFAULTS,
  neuronArgs,
  nodeArgs,
  planLocalnet,
  planNeurons,
  runningNeurons,
} from '../../../src/localnet/localnetPlan.js';

const plan = planLocalnet({ ...LOCALNET_DEFAULTS, dataDir: '/data/net' });

describe('planLocalnet', () => {
  it('plans two subnets, each with an owner, 2 validators and 4 miners of which one is weak', () => {
    assert.deepEqual(
      plan.subnets.map((s) => s.key),
      ['ocr', 'forecast'],
    );
    for (const subnet of plan.subnets) {
      const roles = subnet.neurons.map((n) => n.role);
      assert.deepEqual(roles, ['owner', 'validator', 'validator', 'miner', 'miner', 'miner', 'miner']);
      assert.equal(subnet.neurons.filter((n) => n.weak).length, 1);
      assert.equal(subnet.neurons.find((n) => n.weak)?.role, 'miner');
    }
    assert.equal(planNeurons(plan).length, 14);
    assert.equal(runningNeurons(plan).length, 12, 'the owners run no process');
  });

  it('gives each neuron its own wallet, consecutive axon ports to miners, stake to validators', () => {
    const ids = planNeurons(plan).map((n) => n.wallet);
    assert.equal(new Set(ids).size, ids.length);
    const ports = planNeurons(plan).flatMap((n) => (n.port === null ? [] : [n.port]));
    assert.deepEqual(ports, [8091, 8092, 8093, 8094, 8095, 8096, 8097, 8098]);
    for (const n of planNeurons(plan)) {
      assert.equal(n.stakeTao > 0, n.role === 'validator', n.id);
      assert.ok(n.fundTao > n.stakeTao, `${n.id} is funded beyond its stake`);
    }
  });

  it('weakens the OCR miner with --weak random and the forecast miner with the naive model', () => {
    const weak = planNeurons(plan).filter((n) => n.weak);
    assert.deepEqual(
      weak.map((n) => [n.id, n.extraArgs]),
      [
        ['ocr-miner-4', ['--weak', 'random']],
        ['forecast-miner-4', ['--model', 'naive']],
      ],
    );
  });

  it('leaves ports to be chosen with --axon-base-port 0', () => {
    const free = planLocalnet({ ...LOCALNET_DEFAULTS, dataDir: '/d', axonBasePort: 0 });
    assert.ok(
      runningNeurons(free)
        .filter((n) => n.role === 'miner')
        .every((n) => n.port === 0),
    );
  });

  it("runs the dev node on the plan's data folder, port and block time with JSON logs", () => {
    const args = nodeArgs(
      planLocalnet({ ...LOCALNET_DEFAULTS, dataDir: '/d', rpcPort: 0, blockTimeMs: 500 }),
    );
    assert.deepEqual(args, [
      '--dev',
      '--base-path',
      join('/d', 'node'),
      '--rpc-port',
      '0',
      '--block-time',
      '500',
      '--log-format',
      'json',
    ]);
  });
});

describe('neuronArgs', () => {
  const launch = { rpcUrl: 'ws://127.0.0.1:9944', netuid: 2 };

  it('gives a miner the chain, its wallet, state folder, axon port and its own flags', () => {
    const miner = planNeurons(plan).find((n) => n.id === 'ocr-miner-4')!;
    assert.deepEqual(neuronArgs(plan, miner, launch), [
      'subnets/ocr/src/neurons/miner.ts',
      '--network',
      'ws://127.0.0.1:9944',
      '--netuid',
      '2',
      '--wallet-name',
      'ocr-miner-4',
      '--wallet-hotkey',
      'default',
      '--wallet-path',
      join('/data/net', 'wallets'),
      '--state-dir',
      join('/data/net', 'neurons', 'ocr-miner-4'),
      '--log-level',
      'info',
      '--log-format',
      'json',
      '--port',
      '8094',
      '--external-ip',
      '127.0.0.1',
      '--weak',
      'random',
    ]);
  });

  it('paces the OCR validators and takes a chosen port when the plan left it open', () => {
    const validator = planNeurons(plan).find((n) => n.id === 'ocr-validator-1')!;
    const args = neuronArgs(plan, validator, launch);
    assert.equal(args[0], 'subnets/ocr/src/neurons/validator.ts');
    assert.deepEqual(args.slice(-2), ['--step-ms', '12000']);
    assert.ok(!args.includes('--port'));
    const free = planLocalnet({ ...LOCALNET_DEFAULTS, dataDir: '/d', axonBasePort: 0 });
    const miner = runningNeurons(free).find((n) => n.role === 'miner')!;
    assert.throws(() => neuronArgs(free, miner, launch), /needs an axon port/);
    assert.ok(neuronArgs(free, miner, { ...launch, port: 40_001 }).includes('40001'));
  });

  it('refuses the owner, which runs no process', () => {
    const owner = planNeurons(plan).find((n) => n.role === 'owner')!;
    assert.throws(() => neuronArgs(plan, owner, launch), /no process/);
  });
});

describe('explorerService', () => {
  it('runs `tao explorer` for the node on its port and records its URL', () => {
    const service = explorerService({ root: '/repo', nodeBin: '', script: (p) => p }, 8080);
    assert.equal(service.url, 'http://127.0.0.1:8080');
    const command = service.command('ws://127.0.0.1:9944');
    assert.equal(command.file, process.execPath);
    assert.deepEqual(command.args, [
      join('/repo', 'packages', 'cli', 'bin', 'tao.js'),
      'explorer',
      '--network',
      'ws://127.0.0.1:9944',
      '--port',
      '8080',
    ]);
    const withService = planLocalnet({ ...LOCALNET_DEFAULTS, dataDir: '/d', services: [service] });
    assert.deepEqual(
      withService.services.map((s) => s.id),
      ['explorer'],
    );
  });
});
