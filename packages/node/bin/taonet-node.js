#!/usr/bin/env node
/**
 * The `taonet-node` executable. In a checkout (nothing built) it runs the TypeScript sources through
 * tsx with the `development` export condition; installed without tsx, or with TAONET_USE_DIST=1, it
 * runs the compiled dist/main.js (`npm run build` at the repository root).
 */
import { existsSync } from 'node:fs';
import { register } from 'node:module';

const here = new URL('./', import.meta.url);
const source = new URL('../src/main.ts', here);

function canUseSource() {
  if (process.env.TAONET_USE_DIST === '1' || !existsSync(source)) return false;
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
  registerTsx({ tsconfig: false });
  await import(source.href);
} else {
  const dist = new URL('../dist/main.js', here);
  if (!existsSync(dist)) {
    process.stderr.write(
      'error: taonet-node is not built: run `npm run build` (or install tsx to run the sources)\n',
    );
    process.exit(70);
  }
  await import(dist.href);
}
