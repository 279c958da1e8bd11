/**
 * Stores for the `<table-metrics>` and `<error-log>` stories the simulator cannot give: ten
 * thousand tables, hostile names and messages, a source that only counts errors (Prometheus).
 */
import { MonitorError } from '../src/errors.js';
import type { PipelineError, PipelineErrorPage, PipelineMetrics, TableMetrics } from '../src/schemas/index.js';
import type { DataSource } from '../src/sources/source.js';
import { MetricsStore } from '../src/store/metrics-store.js';

/** The pipeline id the canned stores answer for. */
export const CANNED_PIPELINE = '00000000-0000-4000-8000-000000000001';

const unused = () => Promise.reject(new MonitorError({ kind: 'http', resource: 'story', status: 404, message: 'Not part of this story' }));

/** What a canned store serves. */
export interface Canned {
  tables?: TableMetrics[];
  errors?: PipelineError[];
  /** Without an error log: counts by type (as Prometheus gives them) or, if absent, the metrics total only. */
  countsOnly?: { byType?: Record<string, number>; total: number };
}

/** A store answering from `canned`, polling every 5 s with slightly moved numbers. */
export function cannedStore(canned: Canned): MetricsStore {
  let tick = 0;
  const metrics = (): PipelineMetrics => ({
    pipeline_id: CANNED_PIPELINE, status: 'running', events_processed: 0, events_per_second: 0, lag_seconds: 0, lag_p95_seconds: 0,
    buffer_depth: 0, error_count: canned.countsOnly?.total ?? canned.errors?.length ?? 0, iceberg_commits: 0, iceberg_bytes_written: 0,
    tables: (canned.tables ?? []).map((t, i) => ({ ...t, events_processed: t.events_processed + tick * (i % 7) * 50 })),
  });
  const errorPage = (before?: Date, limit = 100): PipelineErrorPage => {
    const all = canned.errors ?? [];
    const from = before ? all.filter((e) => e.timestamp < before) : all;
    return { errors: from.slice(0, limit), total_count: all.length };
  };
  const source: DataSource & { getErrorCounts?: unknown } = {
    key: `canned:${Math.random()}`,
    capabilities: { errorLog: canned.countsOnly === undefined, control: false },
    getMetrics: () => {
      tick++;
      return Promise.resolve(metrics());
    },
    getErrors: (_id, query) => Promise.resolve(errorPage(query.before, query.limit)),
    listPipelines: unused,
    getPipeline: unused,
    getHistory: unused,
    startPipeline: unused,
    stopPipeline: unused,
  };
  if (canned.countsOnly?.byType) {
    const { byType, total } = canned.countsOnly;
    source.getErrorCounts = () => Promise.resolve({ byType, total });
  }
  return new MetricsStore(source, { intervalMs: 5000, keepPollingWhenHidden: true });
}

/** `count` tables over 20 schemas, about a fifth lagging, a twentieth critically. */
export function manyTables(count: number): TableMetrics[] {
  return Array.from({ length: count }, (_, i) => ({
    schema: `schema_${i % 20}`,
    table: `table_${i}`,
    events_processed: (i * 7919) % 1_000_000,
    lag_seconds: i % 20 === 0 ? 45 : i % 5 === 0 ? 8 : (i % 4) * 0.5,
    last_event_at: new Date(Date.now() - ((i * 37) % 3600) * 1000),
  }));
}

/** Names and messages written to break layouts and inject markup. */
export const hostile = {
  tables: [
    { schema: 'public', table: '<img src=x onerror=alert(1)>', events_processed: 10, lag_seconds: 40 },
    { schema: 'public', table: `tab\u0000le\nwith\tcontrols\u0007`, events_processed: 20, lag_seconds: 1 },
    { schema: 'עברית', table: '\u202eorders_reversed\u202c_tbl', events_processed: 30, lag_seconds: 6 },
    { schema: 'public', table: 'x'.repeat(5000), events_processed: 40, lag_seconds: 0 },
  ] satisfies TableMetrics[],
  errors: [
    { id: 'h1', timestamp: new Date(Date.now() - 60_000), type: 'schema', table: 'public.<img src=x onerror=alert(1)>', message: '<script>alert(1)</script> column "<b>x</b>" missing' },
    { id: 'h2', timestamp: new Date(Date.now() - 120_000), type: 'write', message: `NUL\u0000 BEL\u0007 ESC\u001b[31m red\nsecond line\tafter tab` },
    { id: 'h3', timestamp: new Date(Date.now() - 180_000), type: 'unknown', table: 'עברית.טבלה', message: 'שגיאה בכתיבה: \u202eevil.exe\u202c done' },
    { id: 'h4', timestamp: new Date(Date.now() - 240_000), type: 'replication', message: `${'A very long message without spaces '.repeat(3000)}` },
  ] satisfies PipelineError[],
};
