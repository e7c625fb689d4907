/**
 * The template validator: asks each sampled miner to double a number that changes at every step
 * (`Dummy(dummy_input=step + 1)`) and rewards the exact answer with 1, anything else with 0 (the Python
 * template's forward and reward).
 */
import type { Keypair } from '@taonet/crypto';
import {
  type ChainPort,
  type Dendrite,
  type NeuronLogger,
  resolveHotkey,
  Validator,
  type ValidatorOpts,
  type ValidatorTask,
} from '@taonet/subnet';
import { computeDummyReward } from './dummyReward.js';
import { Dummy, type DummyDefinition, TEMPLATE_SPEC_VERSION } from './protocol.js';

type DummyFields = DummyDefinition['fields'];
export type TemplateValidator = Validator<DummyFields, number | null, string>;

/** The query of a step: `step + 1` (the Python template sends `step`, and at step 0 any miner answering 0
 * for everything was right). */
export function getDummyQuery(step: number): number {
  return step + 1;
}

export const dummyTask: ValidatorTask<DummyFields, number | null, string> = {
  createSynapse: ({ step }) => Dummy.create({ dummy_input: getDummyQuery(step) }),
  score: (responses, { step }) =>
    responses.map((response) => computeDummyReward(getDummyQuery(step), response.value)),
};

export type TemplateValidatorOpts = Omit<
  ValidatorOpts<DummyFields, number | null, string>,
  'task' | 'versionKey'
> & {
  versionKey?: bigint | number;
};

export interface TemplateValidatorModules {
  chain: ChainPort;
  dendrite?: Dendrite;
  logger?: NeuronLogger;
  random?: () => number;
}

/** A template validator, not started. */
export function createTemplateValidator(
  opts: TemplateValidatorOpts,
  modules: TemplateValidatorModules,
): TemplateValidator {
  return new Validator({ versionKey: TEMPLATE_SPEC_VERSION, ...opts, task: dummyTask }, modules);
}

export interface RunTemplateValidatorOpts extends Omit<TemplateValidatorOpts, 'hotkey'> {
  hotkey?: Keypair;
  hotkeyUri?: string;
  chain: ChainPort;
  logger?: NeuronLogger;
  signal?: AbortSignal;
}

/** Creates and starts a template validator. */
export async function runTemplateValidator(opts: RunTemplateValidatorOpts): Promise<TemplateValidator> {
  const { chain, logger, signal, hotkeyUri, hotkey: given, ...rest } = opts;
  const hotkey = await resolveHotkey({ hotkey: given, hotkeyUri });
  const validator = createTemplateValidator(
    { ...rest, hotkey },
    logger === undefined ? { chain } : { chain, logger },
  );
  await validator.start(signal);
  return validator;
}
