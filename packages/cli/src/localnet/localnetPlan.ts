/**
 * The plan of a local network, computed before anything starts (pure, unit-tested): where its data
 * lives, the node's flags, the two reference subnets (OCR and forecasting) with an owner, 2 validators and
 * 4 miners each (one of them weak), every neuron's wallet, axon port and command line, and optional extra
 * services (the explorer plugs in here). `tao localnet up` carries it out; `status` and `down` read what
 * it recorded in the state file.
 */
import { join, resolve } from 'node:path';

export type NeuronRole = 'owner' | 'validator' | 'miner';
export type SubnetKey = 'ocr' | 'forecast';

export interface LocalnetOptions {
  /** where the chain database, wallets, logs, neuron state and the state file live */
  readonly dataDir: string;
  /** milliseconds per block (the node's --block-time) */
  readonly blockTimeMs: number;
  /** blocks between two epochs of each subnet */
  readonly tempo: number;
  /** the node's RPC port; 0 picks a free one */
  readonly rpcPort: number;
  /** first axon port; miners take consecutive ports from it (0: free ports chosen at start) */
  readonly axonBasePort: number;
  /** seconds between two OCR validator rounds (each round reads a page with every miner) */
  readonly ocrStepSeconds: number;
  /** the neurons' --log-level (debug logs every scored answer: what the subnets bench reads) */
  readonly neuronLogLevel?: NeuronLogLevel;
  /** extra services started after the neurons (e.g. the explorer); none by default */
  readonly services?: readonly ServicePlan[];
}

export type NeuronLogLevel = 'debug' | 'info' | 'warn' | 'error';

export const LOCALNET_DEFAULTS = {
  blockTimeMs: 1_000,
  tempo: 20,
  rpcPort: 9944,
  axonBasePort: 8091,
  ocrStepSeconds: 12,
} as const;

export interface NeuronPlan {
  /** `ocr-miner-2`: names its wallet, log file and state folder */
  readonly id: string;
  readonly subnet: SubnetKey;
  readonly role: NeuronRole;
  /** the deliberately bad miner of its subnet */
  readonly weak: boolean;
  /** wallet name under the plan's wallets folder (hotkey `default`) */
  readonly wallet: string;
  /** TAO sent from //Alice to the neuron's coldkey */
  readonly fundTao: number;
  /** TAO the coldkey stakes on its hotkey in the subnet (validators) */
  readonly stakeTao: number;
  /** entry script relative to the repository root; null for the owner (no process) */
  readonly script: string | null;
  /** flags of its own beyond the common ones (model, weakness, pace) */
  readonly extraArgs: readonly string[];
  /** axon port (miners); null for others, 0 until a free port is chosen */
  readonly port: number | null;
}

export interface SubnetPlan {
  readonly key: SubnetKey;
  /** the subnet identity's name */
  readonly name: string;
  readonly description: string;
  readonly neurons: readonly NeuronPlan[];
}

/** A process started after the neurons (the explorer): its command is built from the RPC URL. */
export interface ServicePlan {
  readonly id: string;
  /** what `status` shows as its address (e.g. the explorer's http:// URL) */
  readonly url: string;
  command(rpcUrl: string): { readonly file: string; readonly args: readonly string[] };
}

export interface LocalnetPaths {
  readonly dataDir: string;
  readonly nodeDir: string;
  readonly walletsDir: string;
  readonly logsDir: string;
  readonly neuronsDir: string;
  readonly stateFile: string;
}

export interface LocalnetPlan {
  readonly paths: LocalnetPaths;
  readonly blockTimeMs: number;
  readonly tempo: number;
  readonly rpcPort: number;
  readonly ocrStepSeconds: number;
  readonly neuronLogLevel: NeuronLogLevel;
  readonly subnets: readonly SubnetPlan[];
  readonly services: readonly ServicePlan[];
}

export function localnetPaths(dataDir: string): LocalnetPaths {
  const root = resolve(dataDir);
  return {
    dataDir: root,
    nodeDir: join(root, 'node'),
    walletsDir: join(root, 'wallets'),
    logsDir: join(root, 'logs'),
    neuronsDir: join(root, 'neurons'),
    stateFile: join(root, 'localnet.json'),
  };
}

interface MinerFlavour {
  readonly weak: boolean;
  readonly extraArgs: readonly string[];
}

const OCR_MINERS: readonly MinerFlavour[] = [
  { weak: false, extraArgs: [] },
  { weak: false, extraArgs: [] },
  { weak: false, extraArgs: [] },
  { weak: true, extraArgs: ['--weak', 'random'] },
];

const FORECAST_MINERS: readonly MinerFlavour[] = [
  { weak: false, extraArgs: ['--model', 'holtwinters'] },
  { weak: false, extraArgs: ['--model', 'seasonal'] },
  { weak: false, extraArgs: ['--model', 'ar'] },
  { weak: true, extraArgs: ['--model', 'naive'] },
];

const SUBNETS: readonly { key: SubnetKey; name: string; description: string; miners: typeof OCR_MINERS }[] = [
  { key: 'ocr', name: 'ocr', description: 'document OCR (PP-OCRv4 miners)', miners: OCR_MINERS },
  {
    key: 'forecast',
    name: 'forecast',
    description: 'time-series forecasting (commit-reveal, delayed scoring)',
    miners: FORECAST_MINERS,
  },
];

export const VALIDATORS_PER_SUBNET = 2;
const VALIDATOR_STAKE_TAO = [1_000, 500] as const;

function scriptOf(subnet: SubnetKey, role: 'miner' | 'validator'): string {
  return `subnets/${subnet}/src/neurons/${role}.ts`;
}

function planSubnet(
  spec: (typeof SUBNETS)[number],
  nextPort: () => number,
  ocrStepSeconds: number,
): SubnetPlan {
  const neuron = (role: NeuronRole, index: number | null, rest: Partial<NeuronPlan>): NeuronPlan => {
    const id = index === null ? `${spec.key}-${role}` : `${spec.key}-${role}-${index}`;
    return {
      id,
      subnet: spec.key,
      role,
      weak: false,
      wallet: id,
      fundTao: 100,
      stakeTao: 0,
      script: null,
      extraArgs: [],
      port: null,
      ...rest,
    };
  };
  const validatorArgs = spec.key === 'ocr' ? ['--step-ms', String(ocrStepSeconds * 1000)] : [];
  const neurons: NeuronPlan[] = [neuron('owner', null, { fundTao: 5_000 })];
  for (let i = 0; i < VALIDATORS_PER_SUBNET; i++) {
    const stakeTao = VALIDATOR_STAKE_TAO[i] ?? 100;
    neurons.push(
      neuron('validator', i + 1, {
        fundTao: stakeTao + 100,
        stakeTao,
        script: scriptOf(spec.key, 'validator'),
        extraArgs: validatorArgs,
      }),
    );
  }
  spec.miners.forEach((miner, i) => {
    neurons.push(
      neuron('miner', i + 1, {
        weak: miner.weak,
        script: scriptOf(spec.key, 'miner'),
        extraArgs: miner.extraArgs,
        port: nextPort(),
      }),
    );
  });
  return { key: spec.key, name: spec.name, description: spec.description, neurons };
}

export function planLocalnet(options: LocalnetOptions): LocalnetPlan {
  let port = options.axonBasePort;
  const nextPort = () => (options.axonBasePort === 0 ? 0 : port++);
  return {
    paths: localnetPaths(options.dataDir),
    blockTimeMs: options.blockTimeMs,
    tempo: options.tempo,
    rpcPort: options.rpcPort,
    ocrStepSeconds: options.ocrStepSeconds,
    neuronLogLevel: options.neuronLogLevel ?? 'info',
    subnets: SUBNETS.map((spec) => planSubnet(spec, nextPort, options.ocrStepSeconds)),
    services: options.services ?? [],
  };
}

/** Every neuron of the plan, subnet by subnet. */
export function planNeurons(plan: LocalnetPlan): NeuronPlan[] {
  return plan.subnets.flatMap((subnet) => subnet.neurons);
}

/** The neurons that run as processes (validators and miners). */
export function runningNeurons(plan: LocalnetPlan): NeuronPlan[] {
  return planNeurons(plan).filter((n) => n.script !== null);
}

/** The node's flags: the dev chain (//Alice authors and holds sudo) with the plan's data, port and pace. */
export function nodeArgs(plan: LocalnetPlan): string[] {
  return [
    '--dev',
    '--base-path',
    plan.paths.nodeDir,
    '--rpc-port',
    String(plan.rpcPort),
    '--block-time',
    String(plan.blockTimeMs),
    '--log-format',
    'json',
  ];
}

export interface NeuronLaunch {
  readonly rpcUrl: string;
  readonly netuid: number;
  /** the axon port when the plan left it to be chosen (0) */
  readonly port?: number;
}

/** The entry script's flags for one neuron on the running chain. */
export function neuronArgs(plan: LocalnetPlan, neuron: NeuronPlan, launch: NeuronLaunch): string[] {
  if (neuron.script === null) throw new Error(`${neuron.id} has no process`);
  const args = [
    neuron.script,
    '--network',
    launch.rpcUrl,
    '--netuid',
    String(launch.netuid),
    '--wallet-name',
    neuron.wallet,
    '--wallet-hotkey',
    'default',
    '--wallet-path',
    plan.paths.walletsDir,
    '--state-dir',
    join(plan.paths.neuronsDir, neuron.id),
    '--log-level',
    plan.neuronLogLevel,
    '--log-format',
    'json',
  ];
  if (neuron.role === 'miner') {
    const port = neuron.port === 0 || neuron.port === null ? launch.port : neuron.port;
    if (port === undefined || port === 0) throw new Error(`${neuron.id} needs an axon port`);
    args.push('--port', String(port), '--external-ip', '127.0.0.1');
  }
  args.push(...neuron.extraArgs);
  return args;
}
