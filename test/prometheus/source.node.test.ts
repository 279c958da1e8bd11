/**
 * PrometheusSource against a real Prometheus scraping the simulator: what it reads agrees with
 * the simulator's own numbers, live within the scrape tolerance, backfilled history exactly.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { MonitorError } from '../../src/errors.js';
import { MetricsHistoryResponse, parseResource } from '../../src/schemas/index.js';
import { PrometheusSource } from '../../src/sources/prometheus-source.js';
import type { PipelineSim } from '../../sim/pipeline-sim.js';
import { scrapedBetween } from './backfill.js';
import { assertClose, assertInBand, assertStepPeak, bandOver, headlineBands } from './agreement.js';
import { startPrometheusHarness, type PrometheusHarness } from './harness.js';
import { lastScrape } from './last-scrape.js';

/** A value Prometheus holds was scraped at most this long before the query. */
const SCRAPE_AGE_MS = 3_000;
const signal = new AbortController().signal;

let harness: PrometheusHarness;

function pipeline(name: string): PipelineSim {
  const found = harness.simulator.model.pipelines.find((p) => p.def.name === name);
  assert.ok(found, `the simulator has ${name}`);
  return found;
}

function sourceFor(p: PipelineSim, selector = `source="postgres-${p.def.database}"`): PrometheusSource {
  return new PrometheusSource({ url: harness.prometheusUrl, selector, pipelineId: p.def.id, name: p.def.name });
}

/** Runs `read` and returns its result with the window its values may have been scraped in. */
async function timed<T>(p: PipelineSim, read: () => Promise<T>): Promise<{ value: T; from: number; to: number }> {
  const from = await lastScrape(harness.prometheusUrl, `source="postgres-${p.def.database}"`);
  const value = await read();
  return { value, from, to: Date.now() };
}

before(async () => {
  harness = await startPrometheusHarness();
}, { timeout: 90_000 });

after(async () => {
  await harness?.stop();
});

describe('PrometheusSource against a real Prometheus', () => {
  it('reads live metrics that agree with the simulator within the scrape tolerance', async () => {
    const p = pipeline('orders-cdc');
    const { value: m, from, to } = await timed(p, () => sourceFor(p).getMetrics('ignored', { signal }));
    assert.equal(m.pipeline_id, p.def.id);
    assert.equal(m.status, 'running');
    assert.equal(m.partial, undefined);
    const band = headlineBands(p, from, to);
    assertInBand('events_processed', m.events_processed, band.events_processed);
    assertInBand('events_per_second', m.events_per_second, band.events_per_second, 0.02);
    assertInBand('lag_seconds', m.lag_seconds, band.lag_seconds, 0, 1e-3);
    assertInBand('buffer_depth', m.buffer_depth, band.buffer_depth, 0, 1);
    assertInBand('error_count', m.error_count, band.error_count);
    const commits = (t: number) => p.iceberg(t, p.tableEvents(t)).reduce((sum, c) => sum + c.commits, 0);
    const bytes = (t: number) => p.iceberg(t, p.tableEvents(t)).reduce((sum, c) => sum + c.bytes, 0);
    assertInBand('iceberg_commits', m.iceberg_commits, bandOver(commits, from, to, 250));
    assertInBand('iceberg_bytes_written', m.iceberg_bytes_written, bandOver(bytes, from, to, 250));
    // The 95th percentile of the lag over 5 minutes lies within what the lag did in those minutes.
    assertInBand('lag_p95_seconds', m.lag_p95_seconds, bandOver((t) => p.lag(t), from - 300_000, to, 1000), 0, 0.05);
  });

  it('reads the progress of every enabled table', async () => {
    const p = pipeline('inventory-sync');
    const { value: m, from, to } = await timed(p, () => sourceFor(p).getMetrics(p.def.id, { signal }));
    const enabled = p.def.tables.filter((t) => t.enabled);
    assert.deepEqual(
      m.tables?.map((t) => `${t.schema}.${t.table}`),
      enabled.map((t) => `${t.schema}.${t.table}`).sort(),
    );
    for (const table of m.tables ?? []) {
      const i = p.def.tables.findIndex((t) => t.schema === table.schema && t.table === table.table);
      const events = (t: number) => (p.tableEvents(t)[i] ?? []).reduce((a, b) => a + b, 0);
      assertInBand(`${table.table} events`, table.events_processed, bandOver(events, from, to, 250));
      assertInBand(`${table.table} lag`, table.lag_seconds, bandOver((t) => p.tableLags(t)[i] ?? 0, from, to), 0, 1e-3);
    }
  });

  it('tells each pipeline status from the state gauge', async () => {
    for (const p of harness.simulator.model.pipelines) {
      const pipelineInfo = await sourceFor(p).getPipeline(p.def.id, { signal });
      assert.equal(pipelineInfo.status, p.status(Date.now()), p.def.name);
      assert.equal(pipelineInfo.name, p.def.name);
    }
    const list = await sourceFor(pipeline('billing-events')).listPipelines({ signal });
    assert.deepEqual(
      list.pipelines.map((x) => [x.id, x.status]),
      [[pipeline('billing-events').def.id, 'error']],
    );
  });

  it('reads backfilled history in agreement with the simulator history at every step, peaks kept', async () => {
    const p = pipeline('orders-cdc');
    const history = await sourceFor(p).getHistory(p.def.id, { range: '100m' }, { signal });
    assert.equal(history.time_range, '100m');
    const times = history.data_points.map((point) => point.timestamp.getTime());
    assert.ok(times.length >= 100 && times.length <= 101, `${times.length} points`);
    assert.ok(times.every((t, i) => t % 60_000 === 0 && (i === 0 || t - times[i - 1]! === 60_000)), 'steps of 60 s on the minute');
    const start = new Date(times[0]!).toISOString();
    const end = new Date(times.at(-1)!).toISOString();
    const response = await fetch(`${harness.simulatorUrl}/api/v1/pipelines/${p.def.id}/metrics/history?start=${start}&end=${end}&step=60s`);
    const expected = parseResource(MetricsHistoryResponse, await response.json(), 'simulator history').history.data_points;
    assert.equal(expected.length, history.data_points.length);
    history.data_points.forEach((point, i) => {
      const want = expected[i]!;
      const t = point.timestamp.getTime();
      const scraped = scrapedBetween(harness.backfill, t - 60_000, t);
      assert.equal(t, want.timestamp.getTime());
      const at = point.timestamp.toISOString();
      if (t <= harness.backfill.end) {
        assertClose(`events/s at ${at}`, point.events_per_second, want.events_per_second);
        assertStepPeak(`lag at ${at}`, point.lag_seconds, scraped.map((at) => p.lag(at)), [p.lag(t - 60_000), p.lag(t)], want.lag_seconds);
        assertStepPeak(`buffer at ${at}`, point.buffer_depth, scraped.map((at) => p.bufferDepth(at)), [p.bufferDepth(t - 60_000), p.bufferDepth(t)], want.buffer_depth);
        assertClose(`errors at ${at}`, point.error_count, want.error_count);
      } else {
        assertInBand(`live lag at ${at}`, point.lag_seconds, bandOver((at) => p.lag(at), t - SCRAPE_AGE_MS, t), 0, 1e-3);
      }
    });
  });

  it('breaks errors down by type as the simulator counts them', async () => {
    const p = pipeline('orders-cdc');
    const { value: counts, from, to } = await timed(p, () => sourceFor(p).getErrorCounts(p.def.id, { signal }));
    const types = ['replication', 'schema', 'connection', 'write'] as const;
    types.forEach((type, i) => {
      assertInBand(type, counts.byType[type], bandOver((t) => p.errorCounts(t).byType[i] ?? 0, from, to, 250));
    });
    assert.equal(counts.byType.unknown, 0);
    assert.equal(counts.total, types.reduce((sum, type) => sum + counts.byType[type], 0));
  });

  it("passes on Prometheus' own words when it refuses a query", async () => {
    const error = await sourceFor(pipeline('orders-cdc'), 'source=~"("').getMetrics('x', { signal }).catch((e: unknown) => e);
    assert.ok(error instanceof MonitorError);
    assert.equal(error.kind, 'upstream');
    assert.equal(error.status, 400);
    assert.equal(error.retryable, false);
    assert.match(error.message, /bad_data/);
    assert.match(error.message, /missing closing \)/);
  });

  it('says so when no series match the selector, instead of showing zeros', async () => {
    const error = await sourceFor(pipeline('orders-cdc'), 'source="postgres-nowhere"')
      .getMetrics('x', { signal })
      .catch((e: unknown) => e);
    assert.ok(error instanceof MonitorError);
    assert.match(error.message, /no philotes series matching \{source="postgres-nowhere"\}/);
  });
});
