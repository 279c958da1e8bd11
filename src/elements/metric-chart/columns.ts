/**
 * A pipeline's history as columns (one instant array, one value array per series), the shape
 * decimation and drawing want. Missing samples become explicit NaN gaps here, so no later step
 * can join the line across them or read them as zero.
 */
import type { HistoryPoint, PipelineMetrics } from '../../schemas/index.js';
import { counterRate, counterRates } from './rates.js';
import { SERIES_KEYS, type SeriesKey } from './series.js';

/** Columnar samples, ascending by instant; NaN in a value column marks a gap. */
export interface ChartColumns {
  /** Instants in ms since the epoch. */
  readonly x: number[];
  /** One value column per series, aligned with `x`. */
  readonly y: Readonly<Record<SeriesKey, number[]>>;
  /** The usual spacing of samples in ms: a longer silence is a gap. */
  readonly step: number;
  /** The last error counter reading, for the rate of the next appended sample. */
  counter: { at: number; value: number } | undefined;
  /**
   * Lowest, highest and latest value of each series over the history's own rows (before any
   * appended row), gathered while the columns were filled, so a summary need not scan again.
   */
  readonly totals: { readonly rows: number; readonly stats: Readonly<Record<SeriesKey, SeriesStats | undefined>> };
}

/** The lowest, highest and latest finite value of a series. */
export interface SeriesStats {
  min: number;
  max: number;
  latest: number;
}

/** Folds `v` into `stats` when it is a finite value. */
function fold(stats: SeriesStats | undefined, v: number): SeriesStats | undefined {
  if (!Number.isFinite(v)) return stats;
  if (stats === undefined) return { min: v, max: v, latest: v };
  if (v < stats.min) stats.min = v;
  if (v > stats.max) stats.max = v;
  stats.latest = v;
  return stats;
}

/** A silence longer than this many steps is a gap (one missing sample is already 2 steps). */
const GAP_FACTOR = 1.5;

/** The median spacing of `xs`, or 0 with fewer than two instants. */
function medianStep(xs: Float64Array): number {
  if (xs.length < 2) return 0;
  const steps = new Float64Array(xs.length - 1);
  for (let i = 1; i < xs.length; i++) steps[i - 1] = (xs[i] as number) - (xs[i - 1] as number);
  steps.sort();
  return steps[steps.length >> 1] as number;
}

function pushGap(columns: ChartColumns, at: number): void {
  columns.x.push(at);
  for (const key of SERIES_KEYS) columns.y[key].push(NaN);
}

/** Columns of a history, with a NaN gap wherever samples are missing for more than 1.5 steps. */
export function columnsFromHistory(points: readonly HistoryPoint[]): ChartColumns {
  const n = points.length;
  const xs = new Float64Array(n);
  const counts = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const p = points[i] as HistoryPoint;
    xs[i] = p.timestamp.getTime();
    counts[i] = p.error_count;
  }
  const rates = counterRates(xs, counts);
  const step = medianStep(xs);
  const isGap = (i: number) => i > 0 && step > 0 && (xs[i] as number) - (xs[i - 1] as number) > GAP_FACTOR * step;
  let rows = n;
  for (let i = 1; i < n; i++) if (isGap(i)) rows++;
  // Sized once and filled by index: a week is 50,000 values, and growing arrays by push costs more than the work.
  const x = new Array<number>(rows);
  const events = new Array<number>(rows);
  const lag = new Array<number>(rows);
  const buffer = new Array<number>(rows);
  const errors = new Array<number>(rows);
  let row = 0;
  let sEvents: SeriesStats | undefined;
  let sLag: SeriesStats | undefined;
  let sBuffer: SeriesStats | undefined;
  let sErrors: SeriesStats | undefined;
  for (let i = 0; i < n; i++) {
    if (isGap(i)) {
      x[row] = (xs[i - 1] as number) + step;
      events[row] = lag[row] = buffer[row] = errors[row] = NaN;
      row++;
    }
    const p = points[i] as HistoryPoint;
    x[row] = xs[i] as number;
    sEvents = fold(sEvents, (events[row] = p.events_per_second));
    sLag = fold(sLag, (lag[row] = p.lag_seconds));
    sBuffer = fold(sBuffer, (buffer[row] = p.buffer_depth));
    sErrors = fold(sErrors, (errors[row] = rates[i] as number));
    row++;
  }
  // The last reading is always real: a missing sample sent as 0 is only told apart by what follows it.
  const last = n - 1;
  const counter = last >= 0 ? { at: xs[last] as number, value: counts[last] as number } : undefined;
  return {
    x,
    y: { events_per_second: events, lag_seconds: lag, buffer_depth: buffer, error_rate: errors },
    step,
    counter,
    totals: { rows, stats: { events_per_second: sEvents, lag_seconds: sLag, buffer_depth: sBuffer, error_rate: sErrors } },
  };
}

/**
 * Appends a live snapshot taken at `at` (ms) after the last sample; returns how many rows were
 * added (0 when the snapshot is not newer, 2 when a gap marker had to go first). `expectedMs`
 * is the longest silence that is not a gap (the poll period or the history step).
 */
export function appendSnapshot(columns: ChartColumns, metrics: PipelineMetrics, at: number, expectedMs: number): number {
  const before = columns.x[columns.x.length - 1];
  if (before !== undefined && at <= before) return 0;
  let added = 0;
  if (before !== undefined && expectedMs > 0 && at - before > GAP_FACTOR * expectedMs) {
    pushGap(columns, before + expectedMs);
    added++;
  }
  const counter = columns.counter;
  columns.x.push(at);
  columns.y.events_per_second.push(metrics.events_per_second);
  columns.y.lag_seconds.push(metrics.lag_seconds);
  columns.y.buffer_depth.push(metrics.buffer_depth);
  columns.y.error_rate.push(counter ? counterRate(counter.value, counter.at, metrics.error_count, at) : NaN);
  columns.counter = { at, value: metrics.error_count };
  return added + 1;
}

/** Lowest, highest and latest finite value of `ys` over instants in [from, to]; undefined when none. */
export function seriesStats(
  xs: readonly number[],
  ys: readonly number[],
  from: number,
  to: number,
): SeriesStats | undefined {
  let min = Infinity;
  let max = -Infinity;
  let latest = NaN;
  for (let i = 0; i < xs.length; i++) {
    const t = xs[i] as number;
    const v = ys[i] as number;
    if (t < from || t > to || !Number.isFinite(v)) continue;
    if (v < min) min = v;
    if (v > max) max = v;
    latest = v;
  }
  return Number.isFinite(latest) ? { min, max, latest } : undefined;
}
