/**
 * The Prometheus source in Chromium against a real Prometheus (started by the test server, see
 * web-test-runner.config.mjs and harness.ts) scraping the simulator: what the browser reads
 * through Prometheus agrees with what the simulator's REST API says about the same pipeline.
 */
import { expect } from '@open-wc/testing';
import type { z } from '../../src/schemas/zod.js';
import { MetricsHistoryResponse, MetricsResponse, parseResource, PipelineResponse } from '../../src/schemas/index.js';
import { PrometheusSource } from '../../src/sources/prometheus-source.js';
import { assertClose, assertInBand, type Band, type Headline } from './agreement.js';
import type { HarnessPipeline } from './harness.js';
import { lastScrape } from './last-scrape.js';

interface HarnessInfo {
  prometheusUrl: string;
  simulatorUrl: string;
  backfillEnd: number;
  pipelines: HarnessPipeline[];
  error?: string;
}

const signal = () => new AbortController().signal;

let info: HarnessInfo;

async function simulator<T>(path: string, schema: z.core.$ZodType<T>): Promise<T> {
  const response = await fetch(`${info.simulatorUrl}/api/v1${path}`);
  expect(response.status, path).to.equal(200);
  return parseResource(schema, await response.json(), path);
}

function pipeline(name: string): HarnessPipeline {
  const found = info.pipelines.find((p) => p.name === name);
  if (found === undefined) throw new Error(`the harness has no ${name}`);
  return found;
}

function sourceFor(p: HarnessPipeline): PrometheusSource {
  return new PrometheusSource({ url: info.prometheusUrl, selector: p.selector, pipelineId: p.id, name: p.name });
}

/** What the simulator's model did over [from, to], sampled by the test server as the Node tests do. */
async function movement(p: HarnessPipeline, from: number, to: number): Promise<Record<Headline, Band>> {
  const body = (await (await fetch(`/__harness/band.json?pipeline=${p.id}&from=${from}&to=${to}`)).json()) as Record<Headline, Band> & { error?: string };
  if (body.error !== undefined) throw new Error(body.error);
  return body;
}

describe('PrometheusSource in Chromium against a real Prometheus', function () {
  before(async function () {
    // Starting Prometheus and waiting for its first live scrapes takes a few seconds.
    this.timeout(120_000);
    info = (await (await fetch('/__harness.json')).json()) as HarnessInfo;
    if (info.error !== undefined) throw new Error(`The Prometheus harness did not start:\n${info.error}`);
  });

  it("reads live metrics that agree with the simulator's REST answer within the scrape tolerance", async () => {
    const p = pipeline('orders-cdc');
    const from = await lastScrape(info.prometheusUrl, p.selector);
    const metrics = await sourceFor(p).getMetrics(p.id, { signal: signal() });
    const { metrics: rest } = await simulator(`/pipelines/${p.id}/metrics`, MetricsResponse);
    const to = Date.now();
    const moved = await movement(p, from, to);
    expect(metrics.status).to.equal(rest.status);
    assertInBand('events_per_second', metrics.events_per_second, moved.events_per_second, 0.02);
    assertInBand('lag_seconds', metrics.lag_seconds, moved.lag_seconds, 0, 1e-3);
    assertInBand('buffer_depth', metrics.buffer_depth, moved.buffer_depth, 0, 1);
    assertInBand('error_count', metrics.error_count, moved.error_count);
    assertInBand('events_processed', metrics.events_processed, moved.events_processed);
    // Counters trail the REST answer, read after the scrape.
    expect(rest.events_processed).to.be.at.least(metrics.events_processed);
  });

  it("reads history agreeing with the simulator's REST history at every backfilled step", async () => {
    const p = pipeline('inventory-sync');
    const history = await sourceFor(p).getHistory(p.id, { range: '100m' }, { signal: signal() });
    const points = history.data_points;
    expect(points.length).to.be.within(100, 101);
    const start = points[0]!.timestamp.toISOString();
    const end = points.at(-1)!.timestamp.toISOString();
    const { history: rest } = await simulator(`/pipelines/${p.id}/metrics/history?start=${start}&end=${end}&step=60s`, MetricsHistoryResponse);
    expect(rest.data_points.map((x) => x.timestamp.getTime())).to.deep.equal(points.map((x) => x.timestamp.getTime()));
    const backfilled = points.filter((x) => x.timestamp.getTime() <= info.backfillEnd);
    expect(backfilled.length).to.be.at.least(99);
    backfilled.forEach((point, i) => {
      const want = rest.data_points[i]!;
      const at = point.timestamp.toISOString();
      assertClose(`events/s at ${at}`, point.events_per_second, want.events_per_second);
      // A step's peak through Prometheus is the largest sample it scraped in its window; the
      // simulator's windows meet Prometheus' at slightly different edges, so its peaks over this step
      // and the one before bound it within 5 % (the Node test checks the exact sample).
      const before = rest.data_points[i - 1] ?? want;
      for (const [name, got, peak] of [
        ['lag', point.lag_seconds, Math.max(want.lag_seconds, before.lag_seconds)],
        ['buffer', point.buffer_depth, Math.max(want.buffer_depth, before.buffer_depth)],
      ] as const) {
        if (!(got >= 0 && got <= peak * 1.05)) throw new Error(`${name} at ${at}: ${got} is above ${peak} + 5 %, the simulator's peak over the step and the one before`);
      }
      assertClose(`errors at ${at}`, point.error_count, want.error_count);
    });
  });

  it('tells every pipeline status as the simulator does', async () => {
    for (const p of info.pipelines) {
      const { pipeline: rest } = await simulator(`/pipelines/${p.id}`, PipelineResponse);
      const read = await sourceFor(p).getPipeline(p.id, { signal: signal() });
      expect([read.name, read.status], p.name).to.deep.equal([rest.name, rest.status]);
    }
  });
});
