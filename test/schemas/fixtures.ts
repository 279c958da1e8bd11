/** Upstream-shaped payloads (as the Go server marshals them), shared by schema and source tests. */

/** Shallow-copies `base` with `changes` applied; `undefined` removes a field. */
export function edit(base: object, changes: Record<string, unknown>): Record<string, unknown> {
  const copy: Record<string, unknown> = { ...base };
  for (const [key, value] of Object.entries(changes)) {
    if (value === undefined) delete copy[key];
    else copy[key] = value;
  }
  return copy;
}

export const PIPELINE_ID = '6f1c2a9e-3b7d-4e8a-9c1f-2d5b8e7a4c10';

/** A minimal pipeline: only the required fields. */
export const minimalPipeline = {
  id: PIPELINE_ID,
  name: 'orders-to-lake',
  source_id: 'a3e1b7c4-5d2f-4a8b-9e6c-1f0d7b3a2e95',
  status: 'running',
  created_at: '2026-01-01T10:00:00Z',
  updated_at: '2026-01-02T12:30:00.123456789+02:00',
};

export const tableMapping = {
  id: 'c0ffee00-0000-4000-8000-000000000001',
  pipeline_id: PIPELINE_ID,
  source_schema: 'public',
  source_table: 'orders',
  enabled: true,
  created_at: '2026-01-01T10:00:00Z',
};

/** A pipeline with every optional field and a field the contract does not know. */
export const fullPipeline = {
  ...minimalPipeline,
  tenant_id: 'tenant-7',
  config: { batch_size: 1000, nested: { flush: '5s' } },
  error_message: 'replication slot "philotes" is active',
  tables: [tableMapping, { ...tableMapping, id: 'c0ffee00-0000-4000-8000-000000000002', enabled: false, config: {} }],
  started_at: '2026-01-01T10:05:00Z',
  stopped_at: '2026-01-01T09:00:00-05:00',
  owner: 'data-team',
};

/** Metrics as upstream sends them for an idle pipeline: optional fields omitted. */
export const minimalMetrics = {
  pipeline_id: PIPELINE_ID,
  status: 'running',
  events_processed: 1_234_567,
  events_per_second: 42.5,
  lag_seconds: 0.8,
  lag_p95_seconds: 0,
  buffer_depth: 12,
  error_count: 3,
  iceberg_commits: 88,
  iceberg_bytes_written: 734_003_200,
};

export const fullMetrics = {
  ...minimalMetrics,
  last_event_at: '2026-01-02T11:59:59.5Z',
  uptime: '2h30m15s',
  tables: [
    { schema: 'public', table: 'orders', events_processed: 1_000_000, lag_seconds: 0.8, last_event_at: '2026-01-02T11:59:59Z' },
    { schema: 'public', table: 'customers', events_processed: 234_567, lag_seconds: 0.2 },
  ],
  worker: 'w-3',
};

/** `count` one-minute history points starting at 2026-01-01T00:00:00Z. */
export function historyPoints(count: number) {
  const start = Date.UTC(2026, 0, 1);
  return Array.from({ length: count }, (_, i) => ({
    timestamp: new Date(start + i * 60_000).toISOString(),
    events_per_second: 40 + (i % 7),
    lag_seconds: (i % 11) / 10,
    buffer_depth: i % 50,
    error_count: Math.floor(i / 100),
  }));
}

export const pipelineError = {
  id: 'err-1',
  timestamp: '2026-01-02T12:00:00Z',
  type: 'replication',
  message: 'connection reset by peer',
  table: 'public.orders',
};

/** `{message}` of 1 MB, the size of a hostile or runaway payload. */
export const MEGABYTE = 'x'.repeat(1024 * 1024);
