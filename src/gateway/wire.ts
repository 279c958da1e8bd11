/**
 * What the Prometheus source reads, as REST bodies (CONTRACT.md §1). JSON has no NaN and the
 * contract no gap: a live field Prometheus lacks makes the answer fail (never a 0), and a history
 * step with a gap is left out, so a chart shows the hole. Counters are whole numbers on the wire.
 */
import type { HistoryPoint, MetricsHistory, PipelineMetrics } from '../schemas/index.js';

type CounterField = 'events_processed' | 'buffer_depth' | 'error_count' | 'iceberg_commits' | 'iceberg_bytes_written';
const COUNTERS: readonly CounterField[] = ['events_processed', 'buffer_depth', 'error_count', 'iceberg_commits', 'iceberg_bytes_written'];
const RATES = ['events_per_second', 'lag_seconds', 'lag_p95_seconds'] as const;

/** The metrics body, or the names of the fields Prometheus has no value for. */
export function metricsWire(metrics: PipelineMetrics): { metrics: PipelineMetrics } | { gaps: string[] } {
  const gaps: string[] = [];
  const body: PipelineMetrics = { ...metrics };
  for (const field of RATES) if (!Number.isFinite(metrics[field])) gaps.push(field);
  for (const field of COUNTERS) {
    if (Number.isFinite(metrics[field])) body[field] = Math.round(metrics[field]);
    else gaps.push(field);
  }
  if (metrics.tables !== undefined) {
    body.tables = metrics.tables.map((table) => {
      const name = table.schema === '' ? table.table : `${table.schema}.${table.table}`;
      if (!Number.isFinite(table.lag_seconds)) gaps.push(`tables[${name}].lag_seconds`);
      if (!Number.isFinite(table.events_processed)) gaps.push(`tables[${name}].events_processed`);
      return { ...table, events_processed: Math.round(table.events_processed) };
    });
  }
  return gaps.length > 0 ? { gaps } : { metrics: body };
}

function complete(point: HistoryPoint): boolean {
  return (
    Number.isFinite(point.events_per_second) &&
    Number.isFinite(point.lag_seconds) &&
    Number.isFinite(point.buffer_depth) &&
    Number.isFinite(point.error_count)
  );
}

/** The history body: steps with any gap left out, counters rounded. */
export function historyWire(history: MetricsHistory): { history: MetricsHistory } {
  const data_points = history.data_points.filter(complete).map((point) => ({
    ...point,
    buffer_depth: Math.round(point.buffer_depth),
    error_count: Math.round(point.error_count),
  }));
  return { history: { ...history, data_points } };
}
