/**
 * Where miners and validators report what they do: an event name and structured fields per line. The
 * library never prints by itself; an entry script passes `createConsoleLogger()` or its own sink.
 */
export type NeuronLogLevel = 'debug' | 'info' | 'warn' | 'error';

export type NeuronLogger = (level: NeuronLogLevel, event: string, fields?: Record<string, unknown>) => void;

export const silentLogger: NeuronLogger = () => {};

const RANK: Record<NeuronLogLevel, number> = { debug: 0, info: 1, warn: 2, error: 3 };

function formatValue(value: unknown): string {
  if (typeof value === 'string') return /\s/.test(value) ? JSON.stringify(value) : value;
  if (typeof value === 'bigint') return value.toString();
  if (value instanceof Error) return JSON.stringify(value.message);
  return JSON.stringify(value, (_key, v: unknown) => (typeof v === 'bigint' ? v.toString() : v));
}

export type NeuronLogFormat = 'text' | 'json';

function toJsonValue(_key: string, value: unknown): unknown {
  if (typeof value === 'bigint') return value.toString();
  if (value instanceof Error) return value.message;
  return value;
}

/**
 * `2026-01-01T00:00:00.000Z info [validator] validator.weights_set block=120 uids=3` on stderr, from `level`
 * up; with `format: 'json'` one JSON object per line instead (`time`, `level`, `name`, `msg` = the event,
 * then the fields; bigints as strings, errors as their message).
 */
export function createConsoleLogger(
  opts: { level?: NeuronLogLevel; name?: string; format?: NeuronLogFormat } = {},
): NeuronLogger {
  const min = RANK[opts.level ?? 'info'];
  if (opts.format === 'json') {
    return (level, event, fields = {}) => {
      if (RANK[level] < min) return;
      const record = { time: new Date().toISOString(), level, name: opts.name, msg: event, ...fields };
      process.stderr.write(`${JSON.stringify(record, toJsonValue)}\n`);
    };
  }
  return (level, event, fields = {}) => {
    if (RANK[level] < min) return;
    // deterministic: log fields print in insertion order
    const parts = Object.entries(fields).map(([key, value]) => `${key}=${formatValue(value)}`);
    const name = opts.name === undefined ? '' : `[${opts.name}] `;
    process.stderr.write(`${new Date().toISOString()} ${level} ${name}${event} ${parts.join(' ')}\n`);
  };
}
