/**
 * Real time series that ship inside an npm package (vega-datasets 3.2.1, BSD-3-Clause; the data are public
 * records: NOAA's Mauna Loa CO2, NOAA Seattle weather, Yahoo S&P 500 closes). They are read from the
 * package's `data/` folder, next to its entry point, and cached.
 *
 * Public data can be looked up: a miner who finds a task's window in the dataset knows its future. Tasks
 * built from them (createForecastTask) are therefore rescaled, shifted and lightly noised, and validators
 * should keep them a minority of their tasks (see README).
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { TaonetError } from '@taonet/primitives';

export interface RealSeriesInfo {
  name: RealSeriesName;
  file: string;
  column: string;
  /** Seconds between rows (nominal: CO2 is monthly with a few missing months, S&P 500 skips weekends). */
  intervalS: number;
  description: string;
}

export type RealSeriesName = 'co2' | 'seattle-temp-max' | 'seattle-hourly-temp' | 'sp500';

export const REAL_SERIES: readonly RealSeriesInfo[] = [
  {
    name: 'co2',
    file: 'co2-concentration.csv',
    column: 'CO2',
    intervalS: 2_629_800,
    description: 'Mauna Loa monthly CO2 (ppm), 1958-2020, 741 rows',
  },
  {
    name: 'seattle-temp-max',
    file: 'seattle-weather.csv',
    column: 'temp_max',
    intervalS: 86_400,
    description: 'Seattle daily maximum temperature (C), 2012-2015, 1,461 rows',
  },
  {
    name: 'seattle-hourly-temp',
    file: 'seattle-weather-hourly-normals.csv',
    column: 'temperature',
    intervalS: 3600,
    description: 'Seattle hourly temperature normals (C), one year, 8,759 rows',
  },
  {
    name: 'sp500',
    file: 'sp500-2000.csv',
    column: 'close',
    intervalS: 86_400,
    description: 'S&P 500 daily close, 2000-2020, 5,105 trading days',
  },
];

const cache = new Map<RealSeriesName, readonly number[]>();

export function getRealSeriesInfo(name: RealSeriesName): RealSeriesInfo {
  const info = REAL_SERIES.find((s) => s.name === name);
  if (info === undefined) {
    throw new TaonetError('UNKNOWN_SERIES', `no real series named ${String(name)}`, { details: { name } });
  }
  return info;
}

/** One numeric column of a simple CSV (no quoted commas); rows whose cell is not a number are skipped. */
export function parseCsvColumn(text: string, column: string): number[] {
  const lines = text.split(/\r?\n/).filter((line) => line.trim() !== '');
  const header = (lines[0] ?? '').split(',').map((h) => h.trim());
  const index = header.indexOf(column);
  if (index < 0) throw new TaonetError('BAD_DATASET', `column ${column} not found`, { details: { header } });
  const values: number[] = [];
  for (const line of lines.slice(1)) {
    const cell = line.split(',')[index];
    const value = cell === undefined || cell.trim() === '' ? Number.NaN : Number(cell);
    if (Number.isFinite(value)) values.push(value);
  }
  return values;
}

function dataDir(): string {
  const entry = createRequire(import.meta.url).resolve('vega-datasets');
  return join(dirname(entry), '..', 'data');
}

/** The values of a real series, oldest first. */
export function loadRealSeries(name: RealSeriesName): readonly number[] {
  const cached = cache.get(name);
  if (cached !== undefined) return cached;
  const info = getRealSeriesInfo(name);
  const values = Object.freeze(parseCsvColumn(readFileSync(join(dataDir(), info.file), 'utf8'), info.column));
  cache.set(name, values);
  return values;
}
