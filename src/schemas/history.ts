/** Metrics over time (CONTRACT.md §1 "MetricsHistory"): `GET /pipelines/:id/metrics/history`. */
import { z } from './zod.js';
import { counter, finite, list, text, timestamp } from './fields.js';

/**
 * One sample. Kept to plain field schemas on purpose: a week at one-minute steps is 10,080 of
 * these per series and they must validate in milliseconds.
 */
export const HistoryPoint = z.object({
  timestamp,
  events_per_second: finite,
  lag_seconds: finite,
  buffer_depth: counter,
  /** The cumulative counter value, not a rate. */
  error_count: counter,
});
/** One sample of a pipeline's metrics history. */
export type HistoryPoint = z.output<typeof HistoryPoint>;

/** A pipeline's metrics over a window, ascending by timestamp; `data_points: null` reads as `[]`. */
export const MetricsHistory = z.object({
  pipeline_id: text,
  /** The range echoed back by the server (`1h`, `7d`, …). */
  time_range: text,
  data_points: list(HistoryPoint),
});
/** A pipeline's metrics over a window, ascending by timestamp. */
export type MetricsHistory = z.output<typeof MetricsHistory>;

/** The body of `GET /pipelines/:id/metrics/history`: `{history}`. */
export const MetricsHistoryResponse = z.object({ history: MetricsHistory });
/** The body of `GET /pipelines/:id/metrics/history`. */
export type MetricsHistoryResponse = z.output<typeof MetricsHistoryResponse>;
