import assert from 'node:assert/strict';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import {
  type LocalnetState,
  readLocalnetState,
  removeLocalnetState,
  writeLocalnetState,
} from '../../../src/localnet/localnetState.js';
import { isAlive, startProcess, stopPid, waitForLogLine } from '../../../src/localnet/processSupervisor.js';
import { freePorts } from '../../../src/localnet/startLocalnet.js';

const dir = await mkdtemp(join(tmpdir(), 'taonet-localnet-'));
after(() => rm(dir, { recursive: true, force: true }));

const SCRIPT = `
console.log('starting');
setTimeout(() => console.log(JSON.stringify({ msg: 'ready', port: 1234 })), 100);
process.on('SIGTERM', () => { console.log('bye'); process.exit(0); });
setInterval(() => {}, 1000);
`;

describe('processSupervisor', () => {
  it('logs a process to its file, waits for a line, stops it with SIGTERM', async () => {
    const logFile = join(dir, 'logs', 'a.log');
    const proc = startProcess({ id: 'a', file: process.execPath, args: ['-e', SCRIPT], cwd: dir, logFile });
    const port = await waitForLogLine(
      proc,
      (line) => (line.includes('"ready"') ? (JSON.parse(line) as { port: number }).port : undefined),
      10_000,
    );
    assert.equal(port, 1234);
    assert.ok(isAlive(proc.pid));
    const exit = await proc.stop(5_000);
    assert.deepEqual(exit, { code: 0, signal: null });
    assert.match(await readFile(logFile, 'utf8'), /starting[\s\S]*bye/);
  });

  it('fails the wait when the process exits first, quoting the log', async () => {
    const logFile = join(dir, 'logs', 'b.log');
    const proc = startProcess({
      id: 'b',
      file: process.execPath,
      args: ['-e', 'console.error("boom"); process.exit(3)'],
      cwd: dir,
      logFile,
    });
    await assert.rejects(
      waitForLogLine(proc, () => undefined, 10_000),
      /b exited[\s\S]*boom/,
    );
    assert.equal((await proc.exited).code, 3);
  });

  it('stops a process by pid (another terminal), SIGKILL after the grace period', async () => {
    const stubborn = startProcess({
      id: 'c',
      file: process.execPath,
      args: ['-e', "process.on('SIGTERM', () => {}); console.log('up'); setInterval(() => {}, 1000)"],
      cwd: dir,
      logFile: join(dir, 'logs', 'c.log'),
    });
    await waitForLogLine(stubborn, (line) => (line === 'up' ? true : undefined), 10_000);
    assert.equal(await stopPid(stubborn.pid, 300), true);
    assert.equal((await stubborn.exited).signal, 'SIGKILL');
    assert.equal(await stopPid(stubborn.pid), false, 'already gone');
  });

  it('finds distinct free loopback ports', async () => {
    const ports = await freePorts(4);
    assert.equal(new Set(ports).size, 4);
    assert.ok(ports.every((p) => p > 0));
  });
});

describe('localnetState', () => {
  it('round-trips the state file and reads none once removed', async () => {
    const path = join(dir, 'net', 'localnet.json');
    const state: LocalnetState = {
      version: 1,
      supervisorPid: 1,
      startedAt: '2026-01-01T00:00:00.000Z',
      dataDir: join(dir, 'net'),
      logsDir: join(dir, 'net', 'logs'),
      rpc: 'ws://127.0.0.1:9944',
      explorer: null,
      blockTimeMs: 1000,
      tempo: 20,
      processes: [{ id: 'node', pid: 2, log: 'node.log' }],
      subnets: [],
    };
    assert.equal(await readLocalnetState(path), undefined);
    await writeLocalnetState(path, state);
    assert.deepEqual(await readLocalnetState(path), state);
    await removeLocalnetState(path);
    assert.equal(await readLocalnetState(path), undefined);
  });
});
