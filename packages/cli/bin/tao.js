#!/usr/bin/env node
/**
 * The `tao` executable.
 *
 * In a checkout of the repository (after `npm ci`, nothing built) it runs the TypeScript sources
 * directly: it registers tsx's loader and a resolve hook adding the `development` export condition (so
 * @taonet/* packages resolve to their src/ too), then imports src/main.ts. That is always the current
 * code, with no build step to forget.
 *
 * Installed without tsx (a published package), or with TAO_USE_DIST=1, it imports the compiled
 * dist/main.js (`npm run build` at the repository root writes it).
 */
import { existsSync } from 'node:fs';
import { register } from 'node:module';

const here = new URL('./', import.meta.url);

// `npm run tao -- ...` runs from the repository root: relative paths mean the caller's directory.
if (process.env.npm_lifecycle_event === 'tao' && process.env.INIT_CWD) process.chdir(process.env.INIT_CWD);
const source = new URL('../src/main.ts', here);

function canUseSource() {
  if (process.env.TAO_USE_DIST === '1' || !existsSync(source)) return false;
  try {
    import.meta.resolve('tsx/esm/api');
    return true;
  } catch {
    return false;
  }
}

if (canUseSource()) {
  register('./developmentCondition.js', here);
  const { register: registerTsx } = await import('tsx/esm/api');
  // No tsconfig lookup from the caller's directory: the sources need none.
  registerTsx({ tsconfig: false });
  await import(source.href);
} else {
  const dist = new URL('../dist/main.js', here);
  if (!existsSync(dist)) {
    process.stderr.write(
      'error: tao is not built: run `npm run build` (or install tsx to run the sources)\n',
    );
    process.exit(70);
  }
  await import(dist.href);
}
