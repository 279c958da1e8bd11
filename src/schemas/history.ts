/** Metrics over time (CONTRACT.md §1 "MetricsHistory"): `GET /pipelines/:id/metrics/history`. */
import { z } from './zod.js';
import { COUNTER, NUMBER, partialMark, readCounter, readFinite, readTimestamp, text, TIMESTAMP } from './fields.js';

/** One sample of a pipeline's metrics history. */
export interface HistoryPoint {
  timestamp: Date;
  events_per_second: number;
  lag_seconds: number;
  buffer_depth: number;
  /** The cumulative counter value, not a rate. */
  error_count: number;
}

/** What each field of a sample expected, in the words of its message, in message order. */
const EXPECTED: readonly (readonly [keyof HistoryPoint, string])[] = [
  ['timestamp', TIMESTAMP],
  ['events_per_second', NUMBER],
  ['lag_seconds', NUMBER],
  ['buffer_depth', COUNTER],
  ['error_count', COUNTER],
];

/**
 * Reads one sample, or records an issue at `path` for each field that is wrong (the same issues
 * and words as a `z.object` of the field schemas). A week at one-minute steps is 10,080 samples per
 * series: the valid case reads the five fields into one object literal, which validates 40,000
 * samples several times faster than a schema per field.
 */
function readPoint(value: unknown, issues: z.core.$ZodRawIssue[], path: PropertyKey[]): HistoryPoint | undefined {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    issues.push({ code: 'custom', message: 'an object', input: value, path });
    return undefined;
  }
  const v = value as Record<string, unknown>;
  const point = {
    timestamp: readTimestamp(v.timestamp),
    events_per_second: readFinite(v.events_per_second),
    lag_seconds: readFinite(v.lag_seconds),
    buffer_depth: readCounter(v.buffer_depth),
    error_count: readCounter(v.error_count),
  };
  let valid = true;
  for (const [name, expected] of EXPECTED) {
    if (point[name] !== undefined) continue;
    issues.push({ code: 'custom', message: expected, input: v[name], path: [...path, name] });
    valid = false;
  }
  return valid ? (point as HistoryPoint) : undefined;
}

/** One sample; unknown fields are dropped. */
export const HistoryPoint = z.transform((value: unknown, ctx): HistoryPoint => readPoint(value, ctx.issues, []) ?? z.NEVER);

/** The samples, ascending by timestamp; `null` (Go's empty slice) reads as `[]`. */
const HistoryPoints = z.transform((value: unknown, ctx): HistoryPoint[] => {
  if (value === null) return [];
  if (!Array.isArray(value)) {
    ctx.issues.push({ code: 'custom', message: 'a list', input: value });
    return z.NEVER;
  }
  const points: HistoryPoint[] = [];
  let valid = true;
  for (let i = 0; i < value.length; i++) {
    const point = readPoint(value[i], ctx.issues, [i]);
    if (point === undefined) valid = false;
    else points.push(point);
  }
  return valid ? points : z.NEVER;
});

/** A pipeline's metrics over a window, ascending by timestamp; `data_points: null` reads as `[]`. */
export const MetricsHistory = z.object({
  pipeline_id: text,
  /** The range echoed back by the server (`1h`, `7d`, …). */
  time_range: text,
  data_points: HistoryPoints,
  /** The gateway's mark: Prometheus answered with partial data. */
  partial: partialMark,
});
/** A pipeline's metrics over a window, ascending by timestamp. */
export type MetricsHistory = z.output<typeof MetricsHistory>;

/** The body of `GET /pipelines/:id/metrics/history`: `{history}`. */
export const MetricsHistoryResponse = z.object({ history: MetricsHistory });
/** The body of `GET /pipelines/:id/metrics/history`. */
export type MetricsHistoryResponse = z.output<typeof MetricsHistoryResponse>;
