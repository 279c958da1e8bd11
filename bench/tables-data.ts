/**
 * Deterministic data for the table and error-log benchmark: per-table metrics snapshots and error
 * logs of any size, from a seeded generator so every run measures the same work.
 */
import { mulberry32 } from '../sim/random.js';
import type { PipelineError, PipelineErrorType, PipelineMetrics, TableMetrics } from '../src/schemas/index.js';

/** The instant every generated timestamp is relative to. */
export const BENCH_NOW = Date.UTC(2026, 0, 1, 12);

/** `count` tables over 20 schemas; about a fifth lag past 5 s and a twentieth past 30 s. */
export function makeTables(count: number, random = mulberry32(1)): TableMetrics[] {
  return Array.from({ length: count }, (_, i) => {
    const r = random();
    return {
      schema: `schema_${i % 20}`,
      table: `table_${String(i).padStart(5, '0')}`,
      events_processed: Math.floor(random() * 10_000_000),
      lag_seconds: r < 0.05 ? 30 + random() * 300 : r < 0.2 ? 5 + random() * 25 : random() * 5,
      last_event_at: new Date(BENCH_NOW - Math.floor(random() * 3_600_000)),
    };
  });
}

/** The next snapshot: a tenth of the tables (spread evenly) processed events and changed lag. */
export function tickTables(tables: readonly TableMetrics[], random = mulberry32(2)): TableMetrics[] {
  return tables.map((t, i) =>
    i % 10 === 0
      ? { ...t, events_processed: t.events_processed + Math.floor(random() * 1000), lag_seconds: random() * 40, last_event_at: new Date(BENCH_NOW) }
      : t,
  );
}

/** A metrics snapshot holding `tables`. */
export function snapshot(tables: TableMetrics[]): PipelineMetrics {
  return {
    pipeline_id: 'bench', status: 'running', events_processed: 0, events_per_second: 0, lag_seconds: 0, lag_p95_seconds: 0,
    buffer_depth: 0, error_count: 0, iceberg_commits: 0, iceberg_bytes_written: 0, tables,
  };
}

const TYPES: readonly PipelineErrorType[] = ['replication', 'schema', 'connection', 'write', 'unknown'];

/**
 * `count` errors, newest first, one a second. Half repeat one of 50 messages (so grouping has
 * work to do), half are unique, as a log with retry counters and offsets in its messages is.
 */
export function makeErrors(count: number, random = mulberry32(3)): PipelineError[] {
  return Array.from({ length: count }, (_, i) => {
    const type = TYPES[Math.floor(random() * TYPES.length)]!;
    const repeated = random() < 0.5;
    const k = Math.floor(random() * 50);
    return {
      id: `err-${count - i}`,
      timestamp: new Date(BENCH_NOW - i * 1000),
      type,
      table: `schema_${k % 20}.table_${String(k).padStart(5, '0')}`,
      message: repeated
        ? `${type} failure #${k}: dial tcp 10.0.3.17:5432: connect: connection refused`
        : `${type} failure at LSN 2A/${(i * 7919).toString(16).toUpperCase()}: unexpected message (attempt ${(i % 5) + 1}/5)`,
    };
  });
}
