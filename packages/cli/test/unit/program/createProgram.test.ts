/**
 * The top level of the command tree: groups, a top-level command (`tao explorer`-like) and a
 * pass-through command (`tao node ...`) that receives every following argument as typed, its own
 * `--help` and flags included, while `tao --help` lists it from its spec alone.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { CommandSpec, PassThroughSpec, ProgramEntry } from '../../../src/program/commandSpec.js';
import { createProgram, findCommandPath } from '../../../src/program/createProgram.js';
import { captureIo } from '../../fixtures/captureIo.js';

function setup() {
  const io = captureIo();
  const calls: { kind: string; name: string; path?: string; argv?: readonly string[] }[] = [];
  const node: PassThroughSpec = {
    name: 'node',
    summary: 'run a node',
    passThrough: true,
    load: () => Promise.reject(new Error('not loaded for help')),
  };
  const explorer: CommandSpec = {
    name: 'explorer',
    summary: 'open the explorer',
    options: [{ flags: '--port <n>', description: 'port' }],
    load: () => Promise.reject(new Error('not loaded')),
  };
  const group: ProgramEntry = { name: 'weights', aliases: ['wt'], summary: 'weights', commands: [] };
  const program = createProgram(
    [group, explorer, node],
    io,
    async (spec, path) => {
      calls.push({ kind: 'command', name: spec.name, path });
    },
    async (spec, argv) => {
      calls.push({ kind: 'passThrough', name: spec.name, argv });
    },
  );
  return { program, io, calls };
}

describe('createProgram top-level entries', () => {
  it('hands every argument after a pass-through command over as typed', async () => {
    const { program, calls } = setup();
    const argv = ['node', '--dev', '--tmp', '--rpc-port', '0', '--json', '--help', 'extra'];
    await program.parseAsync(argv, { from: 'user' });
    assert.deepEqual(calls, [{ kind: 'passThrough', name: 'node', argv: argv.slice(1) }]);
  });

  it('runs a top-level command under its own name, with its options', async () => {
    const { program, calls } = setup();
    await program.parseAsync(['explorer', '--port', '8080'], { from: 'user' });
    assert.deepEqual(calls, [{ kind: 'command', name: 'explorer', path: 'explorer' }]);
    assert.equal(findCommandPath(program, ['explorer', '--port', '1']), 'explorer');
  });

  it('lists groups, commands and pass-through commands in the root help without loading them', async () => {
    const { program, io } = setup();
    program.exitOverride();
    await assert.rejects(program.parseAsync(['--help'], { from: 'user' }));
    assert.match(io.out(), /weights\|wt/);
    assert.match(io.out(), /explorer \[options\]/);
    assert.match(io.out(), /node \[flags\.\.\.\]\s+run a node/);
  });
});

describe('createProgram given the command line', () => {
  const leaf = (name: string): CommandSpec => ({
    name,
    summary: name,
    hiddenAliases: [`${name}_x`],
    options: [{ flags: '--amount <tao>', description: 'amount' }],
    load: () => Promise.reject(new Error('not loaded')),
  });
  const entries: ProgramEntry[] = [
    { name: 'wallet', aliases: ['w'], summary: 'wallets', commands: [leaf('create'), leaf('list')] },
    { name: 'stake', aliases: ['st'], summary: 'stake', commands: [leaf('add')] },
  ];
  const build = (argv?: readonly string[]) => {
    const calls: string[] = [];
    const program = createProgram(
      entries,
      captureIo(),
      async (_spec, path) => {
        calls.push(path);
      },
      undefined,
      argv,
    );
    const commandsOf = (name: string) => program.commands.find((c) => c.name() === name)?.commands.length;
    return { program, calls, commandsOf };
  };

  it('builds only the groups the command line names (by name or alias), the others as names', async () => {
    const argv = ['st', 'add', '--amount', '1'];
    const { program, calls, commandsOf } = build(argv);
    assert.equal(commandsOf('stake'), 2);
    assert.equal(commandsOf('wallet'), 0);
    await program.parseAsync(argv, { from: 'user' });
    assert.deepEqual(calls, ['stake add']);
  });

  it('builds no command for the root help, and every one without a command line', () => {
    assert.equal(build(['--help']).commandsOf('wallet'), 0);
    assert.equal(build().commandsOf('wallet'), 4);
    assert.equal(build().commandsOf('stake'), 2);
  });
});
