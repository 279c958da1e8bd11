/**
 * The PromQL behind every field the widgets show (CONTRACT.md §2), as pure functions of a
 * pipeline's label selector (prometheus-selector.ts; history windows: prometheus-window.ts). The
 * browser's Prometheus source and the Node gateway both build their queries here, so they always
 * ask Prometheus the same questions.
 */
import { MonitorError } from '../errors.js';
import type { PipelineStatus } from '../schemas/index.js';
import { parseSelector, quoteLabelValue, type Selector } from './prometheus-selector.js';

/** The philotes worker's metric names (namespace `philotes`). */
export const METRICS = {
  events: 'philotes_cdc_events_total',
  lag: 'philotes_cdc_lag_seconds',
  errors: 'philotes_cdc_errors_total',
  state: 'philotes_cdc_pipeline_state',
  bufferDepth: 'philotes_buffer_depth',
  icebergCommits: 'philotes_iceberg_commits_total',
  icebergBytes: 'philotes_iceberg_bytes_written_total',
} as const;

const series = (metric: string, s: Selector) => `${metric}{${s}}`;

/**
 * `expr`, or 0 while the pipeline is seen (its state gauge) but `counter` has no series yet:
 * Prometheus clients create a labelled counter only at its first increment, so no series is a
 * true zero there, whereas an unknown pipeline or a rate without enough samples stays a gap.
 */
function zeroWhileUnseen(expr: string, counter: string, s: Selector): string {
  return `${expr} or on() (0 * max(${series(METRICS.state, s)}) unless on() count(${series(counter, s)}))`;
}

/** One PromQL query per field of PipelineMetrics, plus the two per-table ones for `tables`. */
export interface MetricsQueries {
  /** `philotes_cdc_pipeline_state` (0 starting … 5 failed), the highest when several series match. */
  status: string;
  events_processed: string;
  /** Rate over 1 minute (or `rateWindow`), as the REST API reports it. */
  events_per_second: string;
  /** The largest table lag. */
  lag_seconds: string;
  /** 95th percentile of the pipeline lag over 5 minutes, sampled every 15 s. */
  lag_p95_seconds: string;
  buffer_depth: string;
  error_count: string;
  iceberg_commits: string;
  iceberg_bytes_written: string;
  /** Events processed `by (table)`; `table` is `schema.table`. */
  table_events_processed: string;
  /** Lag `by (table)`. */
  table_lag_seconds: string;
}

/** Choices in how the fields are computed. */
export interface QueryOptions {
  /**
   * Window of `events_per_second`; default `1m` (what the REST API reports). rate() needs two
   * samples in it: with a scrape interval of 30 s or more, widen it (e.g. `2m`, or 4 × the interval).
   */
  rateWindow?: string;
}

const PROM_DURATION = /^(?:\d+(?:ms|s|m|h|d|w|y))+$/;

/** Checks a Prometheus duration (`5m`, `1h30m`); throws a MonitorError naming `field` otherwise. */
export function checkDuration(text: string, field: string, resource: string): string {
  if (PROM_DURATION.test(text)) return text;
  throw new MonitorError({
    kind: 'schema',
    resource,
    field,
    message: `Invalid ${field} ${JSON.stringify(text)}: expected a Prometheus duration such as 5m or 1h.`,
  });
}

/** The instant queries of a pipeline's current metrics. */
export function metricsQueries(s: Selector, options: QueryOptions = {}): MetricsQueries {
  const rateWindow = checkDuration(options.rateWindow ?? '1m', 'rateWindow', 'Prometheus queries');
  return {
    status: `max(${series(METRICS.state, s)})`,
    events_processed: zeroWhileUnseen(`sum(${series(METRICS.events, s)})`, METRICS.events, s),
    events_per_second: zeroWhileUnseen(`sum(rate(${series(METRICS.events, s)}[${rateWindow}]))`, METRICS.events, s),
    lag_seconds: `max(${series(METRICS.lag, s)})`,
    lag_p95_seconds: `quantile_over_time(0.95, max(${series(METRICS.lag, s)})[5m:15s])`,
    buffer_depth: `sum(${series(METRICS.bufferDepth, s)})`,
    error_count: zeroWhileUnseen(`sum(${series(METRICS.errors, s)})`, METRICS.errors, s),
    iceberg_commits: zeroWhileUnseen(`sum(${series(METRICS.icebergCommits, s)})`, METRICS.icebergCommits, s),
    iceberg_bytes_written: zeroWhileUnseen(`sum(${series(METRICS.icebergBytes, s)})`, METRICS.icebergBytes, s),
    table_events_processed: `sum by (table) (${series(METRICS.events, s)})`,
    table_lag_seconds: `max by (table) (${series(METRICS.lag, s)})`,
  };
}

/** One range query per series of a history point (`error_count` is the cumulative counter). */
export interface HistoryQueries {
  events_per_second: string;
  lag_seconds: string;
  buffer_depth: string;
  error_count: string;
}

const DURATION_PART = /(\d+)(ms|s|m|h|d|w|y)/g;
const UNIT_SECONDS: Record<string, number> = { ms: 0.001, s: 1, m: 60, h: 3600, d: 86_400, w: 604_800, y: 31_536_000 };

/** Seconds in a checked Prometheus duration (`1m30s` → 90). */
function durationSeconds(text: string): number {
  let seconds = 0;
  for (const [, n, unit] of text.matchAll(DURATION_PART)) seconds += Number(n) * (UNIT_SECONDS[unit as string] ?? 0);
  return seconds;
}

/**
 * The range queries of a pipeline's metrics history at `stepSeconds` between points. Each point
 * sums up its step, so a spike between two points is not lost: lag and buffer depth are the
 * step's maximum (`max_over_time` over the step; the latest sample when the step holds none, a
 * step shorter than the scrape interval), events/s the average rate over the step (over the rate
 * window at least), errors the counter at the point. Without a step, the live expressions.
 */
export function historyQueries(s: Selector, options: QueryOptions = {}, stepSeconds?: number): HistoryQueries {
  const live = metricsQueries(s, options);
  if (stepSeconds === undefined) {
    return { events_per_second: live.events_per_second, lag_seconds: live.lag_seconds, buffer_depth: live.buffer_depth, error_count: live.error_count };
  }
  const step = `${Math.max(1, Math.round(stepSeconds))}s`;
  const rateWindow = checkDuration(options.rateWindow ?? '1m', 'rateWindow', 'Prometheus queries');
  const averaged = stepSeconds > durationSeconds(rateWindow) ? step : rateWindow;
  return {
    events_per_second: zeroWhileUnseen(`sum(rate(${series(METRICS.events, s)}[${averaged}]))`, METRICS.events, s),
    lag_seconds: `max(max_over_time(${series(METRICS.lag, s)}[${step}])) or ${live.lag_seconds}`,
    buffer_depth: `sum(max_over_time(${series(METRICS.bufferDepth, s)}[${step}])) or ${live.buffer_depth}`,
    error_count: live.error_count,
  };
}

/** The instant of the latest state sample, in Unix seconds (Prometheus knows nothing older about a pipeline). */
export function stateTimestampQuery(s: Selector): string {
  return `max(timestamp(${series(METRICS.state, s)}))`;
}

/** The state and its latest sample instant of many pipelines, one series per value of the grouping labels. */
export interface GroupedStateQueries {
  /** `max by (labels) (philotes_cdc_pipeline_state{…})`: each group's status, as {@link MetricsQueries.status}. */
  state: string;
  /** Each group's latest state sample instant, as {@link stateTimestampQuery}. */
  at: string;
}

/** A regular expression matching exactly one of `values` (RE2 syntax; Prometheus anchors it). */
function alternation(values: readonly string[]): string {
  return [...new Set(values)].map((value) => value.replace(/[\\.+*?()|[\]{}^$]/g, '\\$&')).join('|');
}

/**
 * The status of every pipeline whose selector pins the same labels by equality, in two queries
 * whatever their number: `values` maps each label to the values the pipelines give it; the
 * answer holds one series per label combination, read back by exact label values.
 */
export function groupedStateQueries(values: Readonly<Record<string, readonly string[]>>): GroupedStateQueries {
  const labels = Object.keys(values).sort();
  const s = parseSelector(labels.map((label) => `${label}=~${quoteLabelValue(alternation(values[label] ?? []))}`).join(','));
  const by = labels.join(', ');
  return {
    state: `max by (${by}) (${series(METRICS.state, s)})`,
    at: `max by (${by}) (timestamp(${series(METRICS.state, s)}))`,
  };
}

/**
 * Errors `by (error_type)`: the cumulative counters, or with `window` (a Prometheus duration such
 * as `5m`) the increase over that window. Throws a MonitorError (field `window`) for a bad window.
 */
export function errorsByTypeQuery(s: Selector, window?: string): string {
  if (window === undefined) return `sum by (error_type) (${series(METRICS.errors, s)})`;
  checkDuration(window, 'window', 'error counts');
  return `sum by (error_type) (increase(${series(METRICS.errors, s)}[${window}]))`;
}

/** `philotes_cdc_pipeline_state` values as contract statuses. */
const STATE_STATUS: Readonly<Record<number, PipelineStatus>> = {
  0: 'starting',
  1: 'running',
  // The REST API has no paused state; a paused pipeline replicates nothing, as a stopped one.
  2: 'stopped',
  3: 'stopping',
  4: 'stopped',
  5: 'error',
};

/** The contract status of a `philotes_cdc_pipeline_state` value; a gap or an unknown code is `'unknown'`. */
export function statusFromState(value: number | undefined): PipelineStatus {
  return (value === undefined ? undefined : STATE_STATUS[value]) ?? 'unknown';
}
