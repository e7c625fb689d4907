/** `tao view ...`: `dashboard`, a live terminal view of the chain, the subnets and the wallet. Specs only. */
import type { GroupSpec } from '../../program/commandSpec.js';
import { WALLET_OPTIONS } from '../wallet/walletOptions.js';

export const viewGroup: GroupSpec = {
  name: 'view',
  summary: 'a live dashboard of the chain, the subnets and your stake',
  commands: [
    {
      name: 'dashboard',
      summary: 'block, issuance, subnet prices and emission, the wallet stake; redrawn every block',
      description:
        'Examples:\n  tao view dashboard --wallet-name validator\n  tao view dashboard --once\n  tao view dashboard --json   (one snapshot)\nCtrl-C quits.',
      options: [{ flags: '--once', description: 'print one frame and exit' }, ...WALLET_OPTIONS],
      load: async () => (await import('./viewDashboard.js')).viewDashboard,
    },
  ],
};
