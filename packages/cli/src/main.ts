/**
 * The `tao` executable's entry (bin/tao.js imports it): runs the command line and sets the exit code.
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

runCli(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
}, reportInternalError);
