/**
 * The JSON the simulator sends, typed from its own side (CONTRACT.md §1). Deliberately separate
 * from src/schemas: the simulator plays a foreign server, so the client's schemas are tested
 * against it rather than shared with it.
 */
import type { PipelineStatus } from './timeline.js';

/** A source table of a pipeline. */
export interface WireTableMapping {
  id: string;
  pipeline_id: string;
  source_schema: string;
  source_table: string;
  enabled: boolean;
  created_at: string;
  config?: Record<string, unknown>;
}

/** A pipeline resource. */
export interface WirePipeline {
  id: string;
  name: string;
  source_id: string;
  status: PipelineStatus;
  created_at: string;
  updated_at: string;
  tenant_id?: string;
  config?: Record<string, unknown>;
  error_message?: string;
  tables?: WireTableMapping[];
  started_at?: string;
  stopped_at?: string;
}

/** Replication progress of one table. */
export interface WireTableMetrics {
  schema: string;
  table: string;
  events_processed: number;
  lag_seconds: number;
  last_event_at?: string;
}

/** A pipeline's current metrics. */
export interface WireMetrics {
  pipeline_id: string;
  status: PipelineStatus;
  events_processed: number;
  events_per_second: number;
  lag_seconds: number;
  lag_p95_seconds: number;
  buffer_depth: number;
  error_count: number;
  iceberg_commits: number;
  iceberg_bytes_written: number;
  last_event_at?: string;
  uptime?: string;
  tables?: WireTableMetrics[];
}

/** One history sample; `error_count` is the cumulative counter. */
export interface WireHistoryPoint {
  timestamp: string;
  events_per_second: number;
  lag_seconds: number;
  buffer_depth: number;
  error_count: number;
}

/** A pipeline's metrics over a window, ascending. */
export interface WireHistory {
  pipeline_id: string;
  time_range: string;
  data_points: WireHistoryPoint[];
}

/** One logged error. */
export interface WirePipelineError {
  id: string;
  timestamp: string;
  type: string;
  message: string;
  table?: string;
}

/** One page of the error log, newest first; `total_count` counts every match, not just this page. */
export interface WireErrorPage {
  errors: WirePipelineError[];
  total_count: number;
  /** Errors matching the search, by type, whatever the type filter and cursor (an extension). */
  counts: Record<string, number>;
  /** The search applied, echoed (`''` for none): a server that ignores `search` sends no echo. */
  search: string;
}
