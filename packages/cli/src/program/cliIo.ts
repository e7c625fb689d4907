/**
 * The process's streams and environment as the CLI sees them, injectable so that tests run commands in
 * process with captured output.
 */
import { homedir } from 'node:os';

export interface CliWritable {
  write(chunk: string): unknown;
  isTTY?: boolean;
  columns?: number;
}

export interface CliReadable extends NodeJS.ReadableStream {
  isTTY?: boolean;
}

export interface CliIo {
  stdout: CliWritable;
  stderr: CliWritable;
  stdin: CliReadable;
  env: Readonly<Record<string, string | undefined>>;
  /** The home directory (config and wallet defaults live under it). */
  home: string;
}

/** `process.stdin` is read on first use only: creating its stream costs ~3 ms, and most commands never read it. */
export function createProcessIo(): CliIo {
  return {
    stdout: process.stdout,
    stderr: process.stderr,
    get stdin(): CliReadable {
      return process.stdin;
    },
    env: process.env,
    home: homedir(),
  };
}
