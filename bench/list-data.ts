/**
 * Deterministic fleets for the pipeline-list benchmark: pipelines with simulator-like names, four in
 * five running, and a metrics snapshot per pipeline and poll, from a seeded generator so every run
 * measures the same work.
 */
import { hash, mulberry32 } from '../sim/random.js';
import type { Pipeline, PipelineMetrics } from '../src/schemas/index.js';

const DOMAINS = ['orders', 'billing', 'inventory', 'events', 'users', 'payments', 'catalog', 'shipping', 'ledger', 'audit'];
const KINDS = ['cdc', 'sync', 'replica', 'stream', 'mirror'];
const CREATED = new Date(Date.UTC(2025, 11, 1));

/** `count` pipelines named like `payments-sync-00042`, each with three table mappings. */
export function makeFleet(count: number, random = mulberry32(7)): Pipeline[] {
  return Array.from({ length: count }, (_, i) => {
    const id = `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`;
    return {
      id,
      name: `${DOMAINS[Math.floor(random() * DOMAINS.length)]}-${KINDS[Math.floor(random() * KINDS.length)]}-${String(i).padStart(5, '0')}`,
      source_id: `postgres-${i}`,
      status: random() < 0.8 ? 'running' : 'stopped',
      created_at: CREATED,
      updated_at: CREATED,
      tables: [0, 1, 2].map((t) => ({
        id: `${id}-${t}`,
        pipeline_id: id,
        source_schema: 'public',
        source_table: `table_${t}`,
        enabled: true,
        created_at: CREATED,
      })),
    } satisfies Pipeline;
  });
}

/** The snapshot of pipeline `id` at poll `tick`: figures drawn from both, so each poll changes them. */
export function metricsAt(id: string, tick: number): PipelineMetrics {
  const r = mulberry32(hash(id.length, Number(id.slice(-12)), tick));
  return {
    pipeline_id: id,
    status: 'running',
    events_processed: Math.floor(r() * 1e9),
    events_per_second: r() * 2000,
    lag_seconds: r() * 60,
    lag_p95_seconds: r() * 60,
    buffer_depth: Math.floor(r() * 1000),
    error_count: Math.floor(r() * 50) + tick,
    iceberg_commits: Math.floor(r() * 1e4),
    iceberg_bytes_written: Math.floor(r() * 1e10),
  };
}
