/** Current metrics of one pipeline (CONTRACT.md §1 "PipelineMetrics"): `GET /pipelines/:id/metrics`. */
import { z } from './zod.js';
import { counter, finite, list, partialMark, text, timestamp } from './fields.js';
import { PipelineStatus } from './pipeline.js';

/** Replication progress of one source table. */
export const TableMetrics = z.object({
  schema: text,
  table: text,
  events_processed: counter,
  lag_seconds: finite,
  last_event_at: z.optional(timestamp),
});
/** Replication progress of one source table. */
export type TableMetrics = z.output<typeof TableMetrics>;

/** A pipeline's current throughput, lag, buffer and Iceberg counters. */
export const PipelineMetrics = z.object({
  pipeline_id: text,
  status: PipelineStatus,
  events_processed: counter,
  events_per_second: finite,
  lag_seconds: finite,
  lag_p95_seconds: finite,
  buffer_depth: counter,
  error_count: counter,
  iceberg_commits: counter,
  iceberg_bytes_written: counter,
  last_event_at: z.optional(timestamp),
  /** Go duration text (`2h30m15s`), kept as sent. */
  uptime: z.optional(text),
  tables: z.optional(list(TableMetrics)),
  /** The gateway's mark: Prometheus answered with partial data. */
  partial: partialMark,
});
/** A pipeline's current throughput, lag, buffer and Iceberg counters. */
export type PipelineMetrics = z.output<typeof PipelineMetrics>;

/** The body of `GET /pipelines/:id/metrics`: `{metrics}`. */
export const MetricsResponse = z.object({ metrics: PipelineMetrics });
/** The body of `GET /pipelines/:id/metrics`. */
export type MetricsResponse = z.output<typeof MetricsResponse>;
