/**
 * A deterministic week of one pipeline's history at one-minute resolution (10,080 samples of
 * four series), with the shapes that make charts hard: daily cycles, noise, lag spikes and
 * error bursts. The same week in the three shapes the candidates take.
 */
import { mulberry32 } from '../sim/random.js';
import { counterRates } from '../src/elements/metric-chart/rates.js';
import type { HistoryPoint, MetricsHistory, PipelineMetrics } from '../src/schemas/index.js';

/** The benchmarked pipeline's id. */
export const PIPELINE = '0d8e2f61-9a4b-4c57-8e3d-5f1a2b7c9d04';
/** Samples per series: seven days at one per minute. */
export const SAMPLES = 10_080;
/** Spacing of the samples, in ms. */
export const STEP_MS = 60_000;


/** The week as columns: instants (ms) and the four drawn series (errors already as a rate). */
export interface WeekColumns {
  x: number[];
  series: { label: string; values: number[] }[];
}

/** The week, in every shape the candidates need. */
export interface Week {
  /** As the store delivers it to `<metric-chart>`: parsed history points, errors as a counter. */
  history: MetricsHistory;
  columns: WeekColumns;
  /** The newest instant. */
  end: number;
}

/** A week ending at `end` (ms): history points and columns. */
export function makeWeek(end: number): Week {
  // Seeded, so every run draws the same week.
  const next = mulberry32(42);
  const points: HistoryPoint[] = [];
  let errors = 0;
  for (let i = 0; i < SAMPLES; i++) {
    const t = end - (SAMPLES - 1 - i) * STEP_MS;
    const day = Math.sin((i / 1440) * 2 * Math.PI);
    const spike = next() < 0.002 ? 200 + next() * 600 : 0;
    if (next() < 0.01) errors += Math.floor(next() * 50);
    points.push({
      timestamp: new Date(t),
      events_per_second: Math.max(0, 1200 + 800 * day + (next() - 0.5) * 300),
      lag_seconds: Math.max(0, 2 + day + next() * 3 + spike),
      buffer_depth: Math.round(Math.max(0, 3000 + 2000 * day + next() * 1500)),
      error_count: errors,
    });
  }
  const x = points.map((p) => p.timestamp.getTime());
  const columns: WeekColumns = {
    x,
    series: [
      { label: 'Events/s', values: points.map((p) => p.events_per_second) },
      { label: 'Lag', values: points.map((p) => p.lag_seconds) },
      { label: 'Buffer depth', values: points.map((p) => p.buffer_depth) },
      { label: 'Errors/s', values: counterRates(x, points.map((p) => p.error_count)) },
    ],
  };
  return { history: { pipeline_id: PIPELINE, time_range: '7d', data_points: points }, columns, end };
}

/** The live snapshot after the week, with counters moved on by `n` appends. */
export function liveSnapshot(week: Week, n: number): PipelineMetrics {
  const last = week.history.data_points.at(-1)!;
  return {
    pipeline_id: PIPELINE,
    status: 'running',
    events_processed: 1_000_000 + n * 1000,
    events_per_second: last.events_per_second + (n % 7),
    lag_seconds: last.lag_seconds,
    lag_p95_seconds: 0,
    buffer_depth: last.buffer_depth,
    error_count: last.error_count + n,
    iceberg_commits: 0,
    iceberg_bytes_written: 0,
  };
}
