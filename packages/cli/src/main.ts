/**
 * The `tao` executable's entry (bin/tao.js imports it): runs the command line and sets the exit code.
 * A closed stdout pipe (`tao wallet list | head -1`) ends quietly.
 */
import { runCli } from './runCli.js';

for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw error;
  });
}

try {
  process.exitCode = await runCli(process.argv.slice(2));
} catch (error) {
  const verbose = process.argv.includes('--verbose');
  const text =
    error instanceof Error ? (verbose ? (error.stack ?? error.message) : error.message) : String(error);
  process.stderr.write(
    `error: internal error: ${text}\nhint: this is a bug in tao: run again with --verbose and report it\n`,
  );
  process.exitCode = 70;
}
