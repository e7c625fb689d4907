/**
 * `npm run docs:runtime`: writes docs/runtime.md, the reference of the composed runtime generated from the
 * modules' own declarations: pallets with their indices (retired and reserved ones included), each
 * pallet's calls (index, wire name, argument names, fee, docs), storage items (hashers, docs), errors and
 * declared events, and the block step order. `--check` exits 1 when the file on disk is stale.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  AdminUtilsEvents,
  BLOCK_STEPS,
  type BlockStepHooks,
  type CallDef,
  createRuntime,
  getBlockStepStatus,
  RESERVED_PALLETS,
  RETIRED_PALLETS,
  type RuntimeModule,
} from '@taonet/runtime';
import { isMainModule } from './isMainModule.js';

export const RUNTIME_DOCS_PATH = join(import.meta.dirname, '..', 'docs', 'runtime.md');

/** Events declared as data, by pallet (the other pallets' events are documented in their READMEs). */
const DECLARED_EVENTS: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  AdminUtils: AdminUtilsEvents,
};

const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\n/g, ' ');

/** A short type hint of a decoded zero value (SCALE codecs do not describe themselves). */
function hintOf(value: unknown): string {
  if (typeof value === 'boolean') return 'bool';
  if (typeof value === 'number') return 'int';
  if (typeof value === 'bigint') return 'u64';
  if (typeof value === 'string') return value.length === 66 ? 'AccountId' : 'hex';
  if (value instanceof Uint8Array) return 'bytes';
  if (Array.isArray(value)) return 'Vec';
  if (value === undefined) return 'Option';
  if (typeof value === 'object' && value !== null && 'tag' in value) return 'enum';
  return 'struct';
}

/**
 * The argument names of a call, read by decoding zero bytes with its codec (a Struct decodes to an object
 * whose keys are the wire names, in order). A codec that cannot decode zeros (a nested call) is shown as-is.
 */
// biome-ignore lint/suspicious/noExplicitAny: any call of the runtime
export function describeArgs(call: CallDef<any>): string {
  let decoded: unknown;
  try {
    decoded = call.args.dec(new Uint8Array(4096));
  } catch {
    return call.name.startsWith('sudo') ? '`call: RuntimeCall`, ...' : '(see docs)';
  }
  if (decoded === undefined) return '—';
  if (typeof decoded !== 'object' || decoded === null || Array.isArray(decoded)) return hintOf(decoded);
  const fields = Object.entries(decoded as Record<string, unknown>);
  return fields.length === 0
    ? '—'
    : fields.map(([name, value]) => `\`${name}\`: ${hintOf(value)}`).join(', ');
}

function palletTable(modules: readonly RuntimeModule[]): string[] {
  const rows = [
    ...modules.map((m) => ({
      index: m.index,
      name: m.name,
      status: `calls: ${m.calls.length}, storage items: ${m.storage.length}`,
    })),
    ...RETIRED_PALLETS.map((p) => ({ ...p, status: 'retired by subtensor (tombstone, never reused)' })),
    ...RESERVED_PALLETS.map((p) => ({ ...p, status: 'in subtensor, not in taonet yet (index reserved)' })),
  ].sort((a, b) => a.index - b.index);
  return [
    '| index | pallet | status |',
    '|---:|---|---|',
    ...rows.map((r) => `| ${r.index} | ${r.name} | ${r.status} |`),
  ];
}

function callsSection(module: RuntimeModule): string[] {
  if (module.calls.length === 0) return ['No calls.'];
  const rows = [...module.calls]
    .sort((a, b) => a.index - b.index)
    .map(
      (c) =>
        `| ${c.index} | \`${c.name}\` | ${cell(describeArgs(c))} | ${c.pays ? 'yes' : 'no'} | ${cell(c.docs)} |`,
    );
  return ['| index | call | arguments | pays fee | description |', '|---:|---|---|---|---|', ...rows];
}

function storageSection(module: RuntimeModule): string[] {
  if (module.storage.length === 0) return ['No storage of its own.'];
  const infos = module.storage
    .map((item) => item.info())
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const rows = infos.map((i) => {
    const keys = i.hashers.length === 0 ? 'value' : i.hashers.join(', ');
    const pallet = i.pallet === module.name ? '' : ` (pallet \`${i.pallet}\`)`;
    return `| \`${i.name}\`${pallet} | ${keys} | ${cell(i.docs)} |`;
  });
  return ['| item | key hashers | description |', '|---|---|---|', ...rows];
}

function errorsSection(module: RuntimeModule): string[] {
  const errors = Object.values(module.errors).sort((a, b) => a.index - b.index);
  if (errors.length === 0) return ['No errors.'];
  const rows = errors.map((e) => `| ${e.index} | \`${e.name}\` | ${cell(e.docs)} |`);
  return ['| index | error | description |', '|---:|---|---|', ...rows];
}

function eventsSection(module: RuntimeModule): string[] {
  const events = DECLARED_EVENTS[module.name];
  if (events === undefined) return [];
  // deterministic: declaration order of the events literal
  const rows = Object.entries(events).map(([name, docs]) => `| \`${name}\` | ${cell(docs)} |`);
  return ['', '#### Events', '', '| event | description |', '|---|---|', ...rows];
}

function moduleSection(module: RuntimeModule): string[] {
  return [
    `## ${module.index} · ${module.name}`,
    '',
    '#### Calls',
    '',
    ...callsSection(module),
    '',
    '#### Storage',
    '',
    ...storageSection(module),
    '',
    '#### Errors',
    '',
    ...errorsSection(module),
    ...eventsSection(module),
    '',
  ];
}

function blockStepSection(hooks: BlockStepHooks): string[] {
  const rows = BLOCK_STEPS.map((s) => {
    const status = getBlockStepStatus(s, hooks) === 'runs' ? `runs: \`${s.hook}\`` : 'not called yet';
    return `| ${s.step} | \`${s.name}\` | ${s.owner} | ${status} |`;
  });
  return [
    '## SubtensorModule block step (`on_initialize`)',
    '',
    '| step | subtensor function | module | status |',
    '|---:|---|---|---|',
    ...rows,
    '',
  ];
}

export function renderRuntimeDocs(): string {
  const { modules, blockStepHooks } = createRuntime();
  const lines = [
    '# Runtime reference',
    '',
    '<!-- generated by `npm run docs:runtime` from the runtime modules; do not edit by hand -->',
    '',
    "The pallets of the composed runtime at subtensor's `construct_runtime!` indices. A call on the wire is",
    '`[pallet index][call index][SCALE arguments]`; storage keys are `twox128(pallet) ++ twox128(item) ++',
    'hasher(key)...`. Argument types are hints (int: u8..u32, u64: u64/u128 or compact).',
    '',
    ...palletTable(modules),
    '',
    ...blockStepSection(blockStepHooks),
    ...modules.flatMap(moduleSection),
  ];
  return `${lines.join('\n').trimEnd()}\n`;
}

if (isMainModule(import.meta.url)) {
  const text = renderRuntimeDocs();
  if (process.argv.includes('--check')) {
    const current = readFileSync(RUNTIME_DOCS_PATH, 'utf8');
    if (current !== text) {
      console.error('docs/runtime.md is stale: run `npm run docs:runtime`');
      process.exit(1);
    }
    console.log('docs/runtime.md is up to date');
  } else {
    writeFileSync(RUNTIME_DOCS_PATH, text);
    console.log('wrote docs/runtime.md');
  }
}
