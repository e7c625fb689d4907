/**
 * The `tao` command's exit codes. Scripts can rely on them; `--json` output carries the precise error code.
 *   0   success
 *   1   the command failed for a reason its message explains (missing wallet, wrong password, ...)
 *   2   usage: unknown command or option, bad or missing value (`--help` shows the usage)
 *   70  internal error: a bug (`--verbose` prints the stack trace)
 *   130 cancelled at a prompt (Ctrl-C)
 */
export const ExitCode = {
  OK: 0,
  FAILURE: 1,
  USAGE: 2,
  INTERNAL: 70,
  CANCELLED: 130,
} as const;

export type ExitCode = (typeof ExitCode)[keyof typeof ExitCode];
