/**
 * Structured logs: one JSON object per line (`{"time","level","msg",...fields}`) or a readable line
 * (`2025-01-01T00:00:00.000Z INFO msg key=value`), to stderr, below a level.
 */

export type LogLevel = 'debug' | 'info' | 'warn' | 'error';
export type LogFormat = 'json' | 'text';
export type LogFields = Readonly<Record<string, unknown>>;

export interface Logger {
  debug(msg: string, fields?: LogFields): void;
  info(msg: string, fields?: LogFields): void;
  warn(msg: string, fields?: LogFields): void;
  error(msg: string, fields?: LogFields): void;
  child(fields: LogFields): Logger;
}

export interface LoggerOpts {
  readonly level?: LogLevel;
  readonly format?: LogFormat;
  readonly write?: (line: string) => void;
  readonly now?: () => Date;
}

const ORDER: Readonly<Record<LogLevel, number>> = { debug: 10, info: 20, warn: 30, error: 40 };

function fieldValue(value: unknown): unknown {
  if (typeof value === 'bigint') return value.toString();
  if (value instanceof Error)
    return { message: value.message, ...('code' in value ? { code: value.code } : {}) };
  return value;
}

function textValue(value: unknown): string {
  const v = fieldValue(value);
  return typeof v === 'string' && !/\s/.test(v) ? v : JSON.stringify(v);
}

export function createLogger(opts: LoggerOpts = {}, bound: LogFields = {}): Logger {
  const min = ORDER[opts.level ?? 'info'];
  const format = opts.format ?? 'text';
  const write = opts.write ?? ((line: string) => process.stderr.write(`${line}\n`));
  const now = opts.now ?? (() => new Date());
  const log = (level: LogLevel, msg: string, fields: LogFields = {}) => {
    if (ORDER[level] < min) return;
    const all = { ...bound, ...fields };
    const time = now().toISOString();
    if (format === 'json') {
      const record: Record<string, unknown> = { time, level, msg };
      // deterministic: fields keep their insertion order
      for (const [key, value] of Object.entries(all)) record[key] = fieldValue(value);
      write(JSON.stringify(record));
    } else {
      const rest = Object.entries(all)
        .map(([key, value]) => `${key}=${textValue(value)}`)
        .join(' ');
      write(`${time} ${level.toUpperCase().padEnd(5)} ${msg}${rest === '' ? '' : ` ${rest}`}`);
    }
  };
  return {
    debug: (msg, fields) => log('debug', msg, fields),
    info: (msg, fields) => log('info', msg, fields),
    warn: (msg, fields) => log('warn', msg, fields),
    error: (msg, fields) => log('error', msg, fields),
    child: (fields) => createLogger(opts, { ...bound, ...fields }),
  };
}
