/**
 * The window of a history range query: the REST API's step (range / 100), never over
 * Prometheus' 11,000 points per series, aligned to the step so caching front ends hit.
 */
import { MonitorError } from '../errors.js';
import { parseGoDuration } from '../format/go-duration.js';
import type { HistoryRange } from './source.js';

/** Prometheus refuses range queries with more points than this per series. */
export const MAX_POINTS_PER_SERIES = 11_000;

/** Points per history series when none is asked for: the REST API's density (range / 100). */
export const DEFAULT_HISTORY_POINTS = 100;

/** A range query's window, in Prometheus units (Unix seconds), aligned to the step. */
export interface HistoryWindow {
  start: number;
  end: number;
  /** Seconds between points; a whole number ≥ 1. */
  step: number;
  /** What MetricsHistory echoes: the range as given, or the span of start/end as a Go duration. */
  timeRange: string;
}

/** Milliseconds of a history range: a Go duration, optionally led by whole days (`7d`, `1d12h`). */
export function parseHistoryRange(text: string): number | undefined {
  const match = /^(?:(\d+)d)?([^+-]*)$/.exec(text);
  if (match === null || text === '') return undefined;
  const days = match[1] === undefined ? 0 : Number(match[1]) * 86_400_000;
  const rest = match[2] === '' ? 0 : parseGoDuration(match[2] ?? '');
  return rest === undefined ? undefined : days + rest;
}

/** Go's `time.Duration` text of whole seconds: `2h0m0s`, `5m3s`, `7s`. */
export function formatGoSeconds(totalSeconds: number): string {
  const s = Math.round(totalSeconds);
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  if (h > 0) return `${h}h${m}m${s % 60}s`;
  return m > 0 ? `${m}m${s % 60}s` : `${s}s`;
}

function rangeError(text: string): MonitorError {
  return new MonitorError({
    kind: 'schema',
    resource: 'metrics history',
    field: 'range',
    message: `Invalid history range ${JSON.stringify(text)}: expected a duration such as 15m, 1h, 6h or 7d.`,
  });
}

/**
 * The window of a history request at `nowMs`. The step is the REST API's (range / `points`,
 * whole seconds, at least 1 s) and never makes more than {@link MAX_POINTS_PER_SERIES} points;
 * start and end are floored to multiples of the step, so repeated requests ask for the same
 * instants and caching front ends (Thanos, Mimir, Cortex query-frontend) hit. `stepSeconds`, when
 * given, replaces range / `points` (the REST API's `step=` parameter). Throws a
 * MonitorError (field `range`, `start` or `end`) for a range that is not one.
 */
export function historyWindow(range: HistoryRange, nowMs: number, points = DEFAULT_HISTORY_POINTS, stepSeconds?: number): HistoryWindow {
  let startMs: number;
  let endMs: number;
  let timeRange: string | undefined;
  if ('range' in range) {
    const span = parseHistoryRange(range.range);
    if (span === undefined || !(span >= 1000)) throw rangeError(range.range);
    endMs = nowMs;
    startMs = nowMs - span;
    timeRange = range.range;
  } else {
    startMs = range.start.getTime();
    endMs = range.end.getTime();
    if (!(endMs > startMs)) {
      throw new MonitorError({
        kind: 'schema',
        resource: 'metrics history',
        field: 'end',
        message: 'Invalid history window: the end must be after the start.',
      });
    }
  }
  const spanSeconds = (endMs - startMs) / 1000;
  // One point of headroom below the limit: flooring both ends can add a step.
  const perSeries = Math.min(Math.max(1, Math.floor(points)), MAX_POINTS_PER_SERIES - 1);
  const fitting = Math.max(1, Math.ceil(spanSeconds / perSeries));
  // An explicit step is kept unless it would pass the per-series limit.
  const step = stepSeconds === undefined ? fitting : Math.max(Math.ceil(stepSeconds), Math.ceil(spanSeconds / (MAX_POINTS_PER_SERIES - 1)), 1);
  const end = Math.floor(endMs / 1000 / step) * step;
  const start = Math.floor(startMs / 1000 / step) * step;
  return { start, end, step, timeRange: timeRange ?? formatGoSeconds(spanSeconds) };
}
