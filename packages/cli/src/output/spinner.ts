/**
 * A one-line progress indicator on stderr while something slow runs (key derivation takes seconds). Only
 * on a terminal and without --quiet/--json; otherwise it does nothing.
 */
import type { CliWritable } from '../program/cliIo.js';

export interface Spinner {
  start(text: string): void;
  /** Clears the line; prints `done` (if given) in its place. */
  stop(done?: string): void;
}

const FRAMES = ['⠋', '⠙', '⠹', '⠸', '⠼', '⠴', '⠦', '⠧', '⠇', '⠏'];

export function createSpinner(stderr: CliWritable, enabled: boolean): Spinner {
  let timer: NodeJS.Timeout | undefined;
  let frame = 0;
  let text = '';
  const draw = () => {
    stderr.write(`\r\x1b[2K${FRAMES[frame++ % FRAMES.length]} ${text}`);
  };
  return {
    start(next) {
      if (!enabled) return;
      text = next;
      if (timer === undefined) {
        draw();
        timer = setInterval(draw, 80);
        timer.unref();
      }
    },
    stop(done) {
      if (timer === undefined) return;
      clearInterval(timer);
      timer = undefined;
      stderr.write('\r\x1b[2K');
      if (done !== undefined) stderr.write(`${done}\n`);
    },
  };
}
