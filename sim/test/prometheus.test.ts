import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, it } from 'node:test';
import { MetricsResponse, PipelineErrorPage } from '../../src/schemas/index.js';
import { assertValid, idOf, parsePrometheus, startSimulator, T0, type Exposition, type Harness, type Sample } from './harness.js';

const FAMILIES: Record<string, [type: string, labels: string[]]> = {
  philotes_cdc_events_total: ['counter', ['source', 'table', 'operation']],
  philotes_cdc_lag_seconds: ['gauge', ['source', 'table']],
  philotes_cdc_errors_total: ['counter', ['source', 'error_type']],
  philotes_cdc_retries_total: ['counter', ['source']],
  philotes_cdc_pipeline_state: ['gauge', ['source']],
  philotes_buffer_depth: ['gauge', ['source']],
  philotes_buffer_batches_total: ['counter', ['source', 'status']],
  philotes_buffer_events_processed_total: ['counter', ['source']],
  philotes_buffer_dlq_total: ['counter', ['source']],
  philotes_iceberg_commits_total: ['counter', ['source', 'table']],
  philotes_iceberg_files_written_total: ['counter', ['source', 'table']],
  philotes_iceberg_bytes_written_total: ['counter', ['source', 'table']],
  philotes_iceberg_commit_duration_seconds: ['histogram', ['source', 'table']],
};

describe('Prometheus scrape', () => {
  let h: Harness;
  before(async () => {
    h = await startSimulator();
  });
  beforeEach(() => h.reset());
  after(() => h.close());

  const scrape = async (): Promise<Exposition> => {
    const answer = await h.get('/metrics');
    assert.equal(answer.status, 200);
    assert.equal(answer.headers.get('content-type'), 'text/plain; version=0.0.4; charset=utf-8');
    return parsePrometheus(answer.text);
  };
  const select = (e: Exposition, name: string, labels: Record<string, string>): Sample[] =>
    e.samples.filter((s) => s.name === name && Object.entries(labels).every(([k, v]) => s.labels[k] === v));
  const total = (samples: Sample[]) => samples.reduce((sum, s) => sum + s.value, 0);
  const sourceOf = (name: string) => `postgres-${h.sim.model.pipelines.find((p) => p.def.name === name)?.def.database}`;

  it('declares every contract metric with its type and labels', async () => {
    const exposition = await scrape();
    for (const [name, [type, labels]] of Object.entries(FAMILIES)) {
      assert.equal(exposition.types.get(name), type, name);
      const samples = exposition.samples.filter((s) => s.name === name || s.name.startsWith(`${name}_`));
      assert.ok(samples.length > 0, `${name} has samples`);
      for (const sample of samples) {
        const expected = sample.name.endsWith('_bucket') ? [...labels, 'le'] : labels;
        assert.deepEqual(Object.keys(sample.labels).sort(), [...expected].sort(), sample.name);
      }
    }
    const undeclared = exposition.samples.filter((s) => !Object.keys(FAMILIES).some((f) => s.name === f || s.name.startsWith(`${f}_`)));
    assert.deepEqual(undeclared, []);
  });

  it('labels series by postgres-<database>, one source per pipeline, tables as schema.table', async () => {
    const exposition = await scrape();
    const sources = new Set(exposition.samples.map((s) => s.labels['source']));
    assert.deepEqual([...sources].sort(), ['postgres-billing', 'postgres-events', 'postgres-shop', 'postgres-warehouse']);
    const operations = new Set(select(exposition, 'philotes_cdc_events_total', {}).map((s) => s.labels['operation']));
    assert.deepEqual([...operations].sort(), ['delete', 'insert', 'update']);
    assert.ok(select(exposition, 'philotes_cdc_lag_seconds', {}).every((s) => /^[a-z_]+\.[a-z_]+$/.test(s.labels['table'] ?? '')));
    const states = Object.fromEntries(select(exposition, 'philotes_cdc_pipeline_state', {}).map((s) => [s.labels['source'], s.value]));
    assert.deepEqual(states, { 'postgres-shop': 1, 'postgres-warehouse': 1, 'postgres-billing': 5, 'postgres-events': 4 });
  });

  it('agrees with the REST metrics at the same instant', async () => {
    h.clock.now = T0 + 4321;
    const exposition = await scrape();
    for (const pipeline of h.sim.model.pipelines) {
      const source = sourceOf(pipeline.def.name);
      const m = assertValid(MetricsResponse, await h.get(`/api/v1/pipelines/${pipeline.def.id}/metrics`), 'metrics').metrics;
      const of = (name: string, labels: Record<string, string> = {}) => select(exposition, name, { source, ...labels });
      assert.equal(total(of('philotes_cdc_events_total')), m.events_processed, pipeline.def.name);
      assert.equal(total(of('philotes_buffer_events_processed_total')), m.events_processed);
      assert.equal(Math.max(0, ...of('philotes_cdc_lag_seconds').map((s) => s.value)), m.lag_seconds);
      assert.equal(total(of('philotes_buffer_depth')), m.buffer_depth);
      assert.equal(total(of('philotes_cdc_errors_total')), m.error_count);
      assert.equal(total(of('philotes_iceberg_commits_total')), m.iceberg_commits);
      assert.equal(total(of('philotes_iceberg_bytes_written_total')), m.iceberg_bytes_written);
      for (const table of m.tables ?? []) {
        const name = `${table.schema}.${table.table}`;
        assert.equal(total(of('philotes_cdc_events_total', { table: name })), table.events_processed, name);
        const lag = of('philotes_cdc_lag_seconds', { table: name })[0]?.value ?? 0;
        assert.equal(lag, table.lag_seconds, name);
      }
    }
  });

  it('breaks errors down by type as the error log does', async () => {
    const exposition = await scrape();
    const id = idOf(h, 'inventory-sync');
    for (const type of ['replication', 'schema', 'connection', 'write']) {
      const log = assertValid(PipelineErrorPage, await h.get(`/api/v1/pipelines/${id}/errors?type=${type}&limit=1`), 'errors');
      const counter = select(exposition, 'philotes_cdc_errors_total', { source: sourceOf('inventory-sync'), error_type: type });
      assert.equal(counter[0]?.value, log.total_count, type);
    }
  });

  it('counts events so that rate(...[1m]) is the REST events_per_second', async () => {
    const source = sourceOf('orders-cdc');
    h.clock.now = T0 - 60_000;
    const before = total(select(await scrape(), 'philotes_cdc_events_total', { source }));
    h.clock.now = T0;
    const now = total(select(await scrape(), 'philotes_cdc_events_total', { source }));
    const m = assertValid(MetricsResponse, await h.get(`/api/v1/pipelines/${idOf(h, 'orders-cdc')}/metrics`), 'metrics').metrics;
    assert.equal((now - before) / 60, m.events_per_second);
  });

  it('exposes commit-duration histograms with cumulative buckets ending in the commit count', async () => {
    const exposition = await scrape();
    for (const commits of select(exposition, 'philotes_iceberg_commits_total', {})) {
      const labels = { source: commits.labels['source'] ?? '', table: commits.labels['table'] ?? '' };
      const buckets = select(exposition, 'philotes_iceberg_commit_duration_seconds_bucket', labels);
      const values = buckets.map((b) => b.value);
      assert.ok(values.every((v, i) => i === 0 || v >= (values[i - 1] ?? 0)), 'cumulative');
      assert.equal(buckets.at(-1)?.labels['le'], '+Inf');
      assert.equal(buckets.at(-1)?.value, commits.value);
      assert.equal(select(exposition, 'philotes_iceberg_commit_duration_seconds_count', labels)[0]?.value, commits.value);
    }
  });

  it('follows a start through the starting state (0)', async () => {
    await h.post(`/api/v1/pipelines/${idOf(h, 'analytics-replica')}/start`);
    const state = (e: Exposition) => select(e, 'philotes_cdc_pipeline_state', { source: 'postgres-events' })[0]?.value;
    assert.equal(state(await scrape()), 0);
    h.clock.now = T0 + 2000;
    assert.equal(state(await scrape()), 1);
  });
});
