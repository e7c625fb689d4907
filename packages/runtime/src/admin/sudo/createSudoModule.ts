/** The Sudo module object, built at composition from the runtime's call codec and dispatcher. */
import type { RuntimeModule } from '../../dispatch/runtimeModule.js';
import { removeKey } from './calls/removeKey.js';
import { setKey } from './calls/setKey.js';
import { createSudoCall, createSudoUncheckedWeightCall } from './calls/sudo.js';
import { createSudoAsCall } from './calls/sudoAs.js';
import { SUDO, SUDO_INDEX, SudoErrors, type SudoModules, sudoStorage } from './schema.js';

export function createSudoModule(modules: SudoModules): RuntimeModule {
  return {
    name: SUDO,
    index: SUDO_INDEX,
    calls: [
      createSudoCall(modules),
      createSudoUncheckedWeightCall(modules),
      setKey,
      createSudoAsCall(modules),
      removeKey,
    ],
    errors: SudoErrors,
    storage: sudoStorage,
  };
}
