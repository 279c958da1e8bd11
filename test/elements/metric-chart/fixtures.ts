/** History and snapshot fixtures for the chart tests, shaped as the sources deliver them (parsed). */
import type { HistoryPoint, MetricsHistory, PipelineMetrics } from '../../../src/schemas/index.js';

export const PIPELINE = '4f1c2a9e-5b7d-4e3a-9c1f-2d8e6b0a7c35';

/** A sample at `at` (ms) with the given values; unspecified ones are small constants. */
export function point(at: number, values: Partial<Omit<HistoryPoint, 'timestamp'>> = {}): HistoryPoint {
  return { timestamp: new Date(at), events_per_second: 100, lag_seconds: 1, buffer_depth: 10, error_count: 0, ...values };
}

/** `count` samples `stepMs` apart ending at `end`, values from `values(i)`. */
export function series(
  end: number,
  count: number,
  stepMs: number,
  values: (i: number) => Partial<Omit<HistoryPoint, 'timestamp'>> = () => ({}),
): HistoryPoint[] {
  return Array.from({ length: count }, (_, i) => point(end - (count - 1 - i) * stepMs, values(i)));
}

/** A history response body for `points`. */
export function history(points: HistoryPoint[], timeRange = '1h'): MetricsHistory {
  return { pipeline_id: PIPELINE, time_range: timeRange, data_points: points };
}

/** A live snapshot with the given values. */
export function snapshot(values: Partial<PipelineMetrics> = {}): PipelineMetrics {
  return {
    pipeline_id: PIPELINE,
    status: 'running',
    events_processed: 1000,
    events_per_second: 100,
    lag_seconds: 1,
    lag_p95_seconds: 0,
    buffer_depth: 10,
    error_count: 0,
    iceberg_commits: 0,
    iceberg_bytes_written: 0,
    ...values,
  };
}
