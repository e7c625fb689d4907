/**
 * The `tao` executable's entry (bin/tao.js imports it): runs the command line, sets the exit code and
 * ends the process once the output is written.
 * A closed stdout pipe (`tao wallet list | head -1`) ends quietly. No top-level await: the cached bundle
 * runs this file as a CommonJS script too (bin/buildScripts.mjs).
 */
import { runCli } from './runCli.js';

for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw error;
  });
}

function reportInternalError(error: unknown): void {
  const verbose = process.argv.includes('--verbose');
  const text =
    error instanceof Error ? (verbose ? (error.stack ?? error.message) : error.message) : String(error);
  process.stderr.write(
    `error: internal error: ${text}\nhint: this is a bug in tao: run again with --verbose and report it\n`,
  );
  process.exitCode = 70;
}

/**
 * Ends the process once stdout and stderr have handed their output to the system: a command is done when
 * runCli resolves (a long-running one, `tao node`, resolves when it stops), so nothing it left behind is
 * waited for, e.g. the node's answer to the close of the connection (a round trip, more on a busy node).
 */
function exitWhenFlushed(code: number): void {
  let pending = 2;
  const flushed = () => {
    if (--pending === 0) process.exit(code);
  };
  process.stdout.write('', flushed);
  process.stderr.write('', flushed);
}

runCli(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
  exitWhenFlushed(code);
}, reportInternalError);
