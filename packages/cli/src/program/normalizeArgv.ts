/**
 * btcli accepts underscore and dot spellings of its flags (`--wallet_name`, `--wallet.name`, `--n_words`,
 * `--no_prompt`, `--subtensor.chain_endpoint`). They are rewritten to the hyphen spelling when that is a
 * flag `tao` knows, so that a value which merely looks like a flag is left alone. Nothing after `--` is
 * touched.
 */
export function normalizeArgv(argv: readonly string[], knownFlags: ReadonlySet<string>): string[] {
  const out: string[] = [];
  let passthrough = false;
  for (const arg of argv) {
    if (passthrough || !arg.startsWith('--') || arg === '--') {
      if (arg === '--') passthrough = true;
      out.push(arg);
      continue;
    }
    const eq = arg.indexOf('=');
    const name = eq === -1 ? arg : arg.slice(0, eq);
    const hyphenated = `--${name.slice(2).replace(/[_.]/g, '-')}`;
    out.push(hyphenated !== name && knownFlags.has(hyphenated) ? hyphenated + arg.slice(name.length) : arg);
  }
  return out;
}
