/**
 * The gateway (`pipeline-monitor serve`) against a real Prometheus scraping the simulator: its
 * answers satisfy the REST contract and agree with the simulator's own REST answers (failures:
 * gateway-failures.node.test.ts).
 */
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { z } from '../../src/schemas/zod.js';
import type { GatewayPipeline } from '../../src/gateway/config.js';
import { createGateway, type ListeningGateway } from '../../src/gateway/server.js';
import { MetricsHistoryResponse, MetricsResponse, parseResource, PipelineList, PipelineResponse, ProblemDetails } from '../../src/schemas/index.js';
import type { PipelineSim } from '../../sim/pipeline-sim.js';
import { scrapedBetween } from './backfill.js';
import { assertClose, assertInBand, assertStepPeak, bandOver, headlineBands, type Band } from './agreement.js';
import { startPrometheusHarness, type PrometheusHarness } from './harness.js';
import { lastScrape } from './last-scrape.js';

let harness: PrometheusHarness;
let gateway: ListeningGateway;
let pipelines: GatewayPipeline[];

function sim(name: string): PipelineSim {
  const found = harness.simulator.model.pipelines.find((p) => p.def.name === name);
  assert.ok(found, `the simulator has ${name}`);
  return found;
}

async function get<T>(base: string, path: string, schema: z.core.$ZodType<T>, status = 200): Promise<T> {
  const response = await fetch(`${base}${path}`);
  const type = response.headers.get('content-type') ?? '';
  assert.equal(response.status, status, `${path}: ${await response.clone().text()}`);
  assert.match(type, status === 200 ? /^application\/json/ : /^application\/problem\+json/);
  return parseResource(schema, await response.json(), path);
}

/** Gateway and simulator agree when they differ by no more than the simulator moved meanwhile. */
function agree(label: string, gatewayValue: number, simValue: number, band: Band, relative = 0, absolute = 1e-9): void {
  assertInBand(label, gatewayValue - simValue, { min: band.min - band.max, max: band.max - band.min }, 0, relative * band.max + absolute);
}

before(async () => {
  harness = await startPrometheusHarness();
  pipelines = harness.pipelines;
  gateway = await createGateway({ prometheus: harness.prometheusUrl, pipelines }).listen();
}, { timeout: 90_000 });

after(async () => {
  await gateway?.close();
  await harness?.stop();
});

describe('pipeline-monitor gateway against a real Prometheus', () => {
  it('lists the configured pipelines with the statuses the simulator reports', async () => {
    const list = await get(gateway.url, '/api/v1/pipelines', PipelineList);
    const expected = await get(harness.simulatorUrl, '/api/v1/pipelines', PipelineList);
    assert.equal(list.total_count, pipelines.length);
    assert.deepEqual(
      list.pipelines.map((p) => [p.id, p.name, p.status]),
      expected.pipelines.map((p) => [p.id, p.name, p.status]),
    );
  });

  it('lists 1,000 configured pipelines from at most 5 queries, the real ones with their statuses', async () => {
    const absent = Array.from({ length: 1000 - pipelines.length }, (_, i) => ({ id: `absent-${i}`, name: `absent-${i}`, selector: `source="postgres-absent-${i}"` }));
    const fleet = createGateway({ prometheus: harness.prometheusUrl, pipelines: [...pipelines, ...absent], cacheTtlMs: 60_000 });
    const listening = await fleet.listen();
    try {
      const list = await get(listening.url, '/api/v1/pipelines', PipelineList);
      assert.ok(fleet.upstream.sent <= 5, `${fleet.upstream.sent} queries`);
      const expected = await get(harness.simulatorUrl, '/api/v1/pipelines', PipelineList);
      assert.equal(list.total_count, 1000);
      assert.deepEqual(
        list.pipelines.slice(0, pipelines.length).map((p) => [p.id, p.status]),
        expected.pipelines.map((p) => [p.id, p.status]),
      );
      assert.ok(list.pipelines.slice(pipelines.length).every((p) => p.status === 'unknown'));
      for (const p of pipelines) await get(listening.url, `/api/v1/pipelines/${p.id}`, PipelineResponse);
      assert.ok(fleet.upstream.sent <= 5, 'every status comes from the same fleet read');
    } finally {
      await listening.close();
    }
  });

  it("answers a pipeline's metrics in agreement with the simulator's REST answer", async () => {
    const p = sim('orders-cdc');
    const from = await lastScrape(harness.prometheusUrl, `source="postgres-${p.def.database}"`);
    const { metrics } = await get(gateway.url, `/api/v1/pipelines/${p.def.id}/metrics`, MetricsResponse);
    const { metrics: expected } = await get(harness.simulatorUrl, `/api/v1/pipelines/${p.def.id}/metrics`, MetricsResponse);
    const to = Date.now();
    assert.equal(metrics.pipeline_id, p.def.id);
    assert.equal(metrics.status, expected.status);
    const band = headlineBands(p, from, to);
    agree('events_processed', metrics.events_processed, expected.events_processed, band.events_processed, 0, 1);
    agree('events_per_second', metrics.events_per_second, expected.events_per_second, band.events_per_second, 0.02);
    agree('lag_seconds', metrics.lag_seconds, expected.lag_seconds, band.lag_seconds, 0, 1e-3);
    agree('buffer_depth', metrics.buffer_depth, expected.buffer_depth, band.buffer_depth, 0, 1);
    agree('error_count', metrics.error_count, expected.error_count, band.error_count);
    for (const table of metrics.tables ?? []) {
      const twin = expected.tables?.find((t) => t.schema === table.schema && t.table === table.table);
      assert.ok(twin, `the simulator reports ${table.schema}.${table.table}`);
      const i = p.def.tables.findIndex((t) => t.schema === table.schema && t.table === table.table);
      agree(`${table.table} lag`, table.lag_seconds, twin.lag_seconds, bandOver((t) => p.tableLags(t)[i] ?? 0, from, to), 0, 1e-3);
    }
  });

  it("answers history in agreement with the simulator's REST history at every backfilled step, peaks kept", async () => {
    const p = sim('inventory-sync');
    const { history } = await get(gateway.url, `/api/v1/pipelines/${p.def.id}/metrics/history?range=100m`, MetricsHistoryResponse);
    assert.equal(history.time_range, '100m');
    assert.ok(history.data_points.length >= 100, `${history.data_points.length} points`);
    const first = history.data_points[0]!.timestamp.toISOString();
    const last = history.data_points.at(-1)!.timestamp.toISOString();
    const { history: expected } = await get(
      harness.simulatorUrl,
      `/api/v1/pipelines/${p.def.id}/metrics/history?start=${first}&end=${last}&step=60s`,
      MetricsHistoryResponse,
    );
    assert.deepEqual(
      history.data_points.map((point) => point.timestamp.getTime()),
      expected.data_points.map((point) => point.timestamp.getTime()),
    );
    history.data_points.forEach((point, i) => {
      const want = expected.data_points[i]!;
      const t = point.timestamp.getTime();
      const scraped = scrapedBetween(harness.backfill, t - 60_000, t);
      if (t > harness.backfill.end) return;
      assertClose(`events/s at ${t}`, point.events_per_second, want.events_per_second);
      assertStepPeak(`lag at ${t}`, point.lag_seconds, scraped.map((at) => p.lag(at)), [p.lag(t - 60_000), p.lag(t)], want.lag_seconds);
      assertStepPeak(`buffer at ${t}`, point.buffer_depth, scraped.map((at) => p.bufferDepth(at)), [p.bufferDepth(t - 60_000), p.bufferDepth(t)], want.buffer_depth);
      assert.equal(point.error_count, want.error_count);
    });
  });

  it('echoes an absolute window as a Go duration', async () => {
    const end = new Date(Math.floor(Date.now() / 60_000) * 60_000);
    const start = new Date(end.getTime() - 100 * 60_000);
    const path = `/api/v1/pipelines/${sim('orders-cdc').def.id}/metrics/history?start=${start.toISOString()}&end=${end.toISOString()}`;
    const { history } = await get(gateway.url, path, MetricsHistoryResponse);
    assert.equal(history.time_range, '1h40m0s');
    assert.equal(history.data_points[0]?.timestamp.getTime(), start.getTime());
    assert.equal(history.data_points.at(-1)?.timestamp.getTime(), end.getTime());
  });

  it('refuses a bad history window with a validation problem naming the field', async () => {
    const body = await get(gateway.url, `/api/v1/pipelines/${pipelines[0]!.id}/metrics/history?range=5x`, ProblemDetails, 400);
    assert.deepEqual(body.errors, [{ field: 'range', message: 'invalid time range: 5x' }]);
  });

  it('answers 404 for a pipeline the pipelines file does not name', async () => {
    const body = await get(gateway.url, '/api/v1/pipelines/00000000-0000-4000-8000-000000000000/metrics', ProblemDetails, 404);
    assert.match(body.detail ?? '', /not found/);
  });

  it('cannot start, stop or read the error log, and says why', async () => {
    const id = pipelines[0]!.id;
    const start = await fetch(`${gateway.url}/api/v1/pipelines/${id}/start`, { method: 'POST' });
    assert.equal(start.status, 501);
    assert.match(((await start.json()) as { detail: string }).detail, /Start\/stop is not available when reading from Prometheus/);
    await get(gateway.url, `/api/v1/pipelines/${id}/errors`, ProblemDetails, 501);
  });

  it("turns a Prometheus refusal into a 502 carrying Prometheus' words", async () => {
    const broken = await createGateway({ prometheus: harness.prometheusUrl, pipelines: [{ id: 'p', name: 'p', selector: 'source=~"("' }] }).listen();
    try {
      const body = await get(broken.url, '/api/v1/pipelines/p/metrics', ProblemDetails, 502);
      assert.match(body.detail ?? '', /bad_data/);
    } finally {
      await broken.close();
    }
  });

  it('runs as `pipeline-monitor serve` from the command line', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'pm-gateway-'));
    const config = join(dir, 'pipelines.json');
    writeFileSync(config, JSON.stringify({ pipelines }));
    const args = ['--import', 'tsx', 'src/gateway/cli.ts', 'serve', '--prometheus', harness.prometheusUrl, '--port', '0', '--config', config];
    const child = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'inherit'] });
    const timer = setTimeout(() => child.kill('SIGKILL'), 30_000);
    try {
      const [line] = (await once(child.stdout, 'data')) as [Buffer];
      const url = /serving (http:\/\/127\.0\.0\.1:\d+)\/api\/v1/.exec(line.toString())?.[1];
      assert.ok(url, line.toString());
      const list = await get(url, '/api/v1/pipelines', PipelineList);
      assert.equal(list.total_count, pipelines.length);
    } finally {
      clearTimeout(timer);
      child.kill('SIGTERM');
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
