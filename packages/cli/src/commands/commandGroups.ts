/**
 * The command groups `tao` offers, in help order (btcli's vocabulary). A group is listed once it has a
 * real command: stake, weights, sudo, root, view, node and localnet join with the chain client.
 */
import type { ProgramEntry } from '../program/commandSpec.js';
import { configGroup } from './config/configCommands.js';
import { explorerCommand } from './explorer/explorerCommand.js';
import { localnetGroup } from './localnet/localnetCommands.js';
import { nodeCommand } from './node/nodeCommand.js';
import { rootGroup } from './root/rootCommands.js';
import { stakeGroup } from './stake/stakeCommands.js';
import { subnetsGroup } from './subnets/subnetsCommands.js';
import { sudoGroup } from './sudo/sudoCommands.js';
import { viewGroup } from './view/viewCommands.js';
import { walletGroup } from './wallet/walletCommands.js';
import { weightsGroup } from './weights/weightsCommands.js';

export const COMMAND_GROUPS: readonly ProgramEntry[] = [
  walletGroup,
  stakeGroup,
  subnetsGroup,
  weightsGroup,
  sudoGroup,
  rootGroup,
  viewGroup,
  configGroup,
  nodeCommand,
  localnetGroup,
  explorerCommand,
];
