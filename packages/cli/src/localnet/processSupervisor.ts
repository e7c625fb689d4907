/**
 * The localnet's processes: each started in its own process group (so Ctrl-C reaches only `tao localnet
 * up`, which stops them in order), its stdout and stderr appended to its own log file (so it keeps
 * running, and logging, whatever happens to the supervisor), stopped with SIGTERM and, after a grace
 * period, SIGKILL. `down` from another terminal stops them by the pids the state file recorded.
 */
import { spawn } from 'node:child_process';
import { closeSync, mkdirSync, openSync, readSync, statSync } from 'node:fs';
import { dirname } from 'node:path';

export interface ProcessSpec {
  readonly id: string;
  readonly file: string;
  readonly args: readonly string[];
  readonly cwd: string;
  readonly logFile: string;
  readonly env?: Readonly<Record<string, string | undefined>>;
}

export interface ProcessExit {
  readonly code: number | null;
  readonly signal: NodeJS.Signals | null;
}

export interface ManagedProcess {
  readonly id: string;
  readonly pid: number;
  readonly logFile: string;
  /** the log file's size when the process started (its lines are after it) */
  readonly logOffset: number;
  readonly exited: Promise<ProcessExit>;
  /** null while it runs */
  exit(): ProcessExit | null;
  stop(graceMs?: number): Promise<ProcessExit>;
}

function fileSize(path: string): number {
  try {
    return statSync(path).size;
  } catch {
    return 0;
  }
}

export function startProcess(spec: ProcessSpec): ManagedProcess {
  mkdirSync(dirname(spec.logFile), { recursive: true });
  const logOffset = fileSize(spec.logFile);
  const fd = openSync(spec.logFile, 'a');
  const child = spawn(spec.file, [...spec.args], {
    cwd: spec.cwd,
    env: { ...process.env, ...spec.env },
    stdio: ['ignore', fd, fd],
    detached: true,
  });
  closeSync(fd);
  let exit: ProcessExit | null = null;
  const exited = new Promise<ProcessExit>((resolve) => {
    child.once('exit', (code, signal) => {
      exit = { code, signal };
      resolve(exit);
    });
    child.once('error', () => {
      exit = { code: 127, signal: null };
      resolve(exit);
    });
  });
  const pid = child.pid ?? -1;
  return {
    id: spec.id,
    pid,
    logFile: spec.logFile,
    logOffset,
    exited,
    exit: () => exit,
    async stop(graceMs = 5_000) {
      if (exit !== null) return exit;
      signalGroup(pid, 'SIGTERM');
      const timer = setTimeout(() => signalGroup(pid, 'SIGKILL'), graceMs);
      const result = await exited;
      clearTimeout(timer);
      return result;
    },
  };
}

/** Signals a process group we started (its leader's pid), falling back to the process alone. */
export function signalGroup(pid: number, signal: NodeJS.Signals): boolean {
  if (pid <= 0) return false;
  try {
    process.kill(-pid, signal);
    return true;
  } catch {
    try {
      process.kill(pid, signal);
      return true;
    } catch {
      return false;
    }
  }
}

export function isAlive(pid: number): boolean {
  if (pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Stops a process by pid (no handle: another terminal's `down`): SIGTERM, then SIGKILL after graceMs. */
export async function stopPid(pid: number, graceMs = 5_000): Promise<boolean> {
  if (!isAlive(pid)) return false;
  signalGroup(pid, 'SIGTERM');
  const deadline = Date.now() + graceMs;
  while (isAlive(pid) && Date.now() < deadline) await sleep(100);
  if (isAlive(pid)) {
    signalGroup(pid, 'SIGKILL');
    while (isAlive(pid)) await sleep(50);
  }
  return true;
}

/** Reads a log file's text from an offset (up to 1 MiB). */
export function readLogFrom(path: string, offset: number): string {
  let fd: number;
  try {
    fd = openSync(path, 'r');
  } catch {
    return '';
  }
  try {
    const size = Math.min(Math.max(0, fileSize(path) - offset), 1 << 20);
    const buffer = Buffer.alloc(size);
    const read = readSync(fd, buffer, 0, size, offset);
    return buffer.subarray(0, read).toString('utf8');
  } finally {
    closeSync(fd);
  }
}

/**
 * Waits for a line of the process's log (written after it started) that `match` accepts, and returns
 * what `match` returned. Fails when the process exits first or the time runs out, quoting the log's tail.
 */
export async function waitForLogLine<T>(
  proc: ManagedProcess,
  match: (line: string) => T | undefined,
  timeoutMs: number,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const lines = readLogFrom(proc.logFile, proc.logOffset).split('\n');
    for (const line of lines) {
      const found = match(line);
      if (found !== undefined) return found;
    }
    const tail = lines.slice(-15).join('\n');
    if (proc.exit() !== null) throw new Error(`${proc.id} exited (log ${proc.logFile}):\n${tail}`);
    if (Date.now() > deadline) {
      throw new Error(
        `${proc.id} was not ready within ${Math.round(timeoutMs / 1000)} s (log ${proc.logFile}):\n${tail}`,
      );
    }
    await sleep(150);
  }
}
