/**
 * What the gateway costs Prometheus and what a viewer can tell about it: identical requests share
 * one set of queries, answers are reused while fresh and say their age, the whole list comes from
 * grouped queries, the queue toward Prometheus is bounded (503 + Retry-After), answers are
 * bounded in size, partial data is marked, and CORS, HEAD, health and validation behave as
 * documented. Prometheus is an explicit double counting every query; time is sinon's fake Date.
 */
import assert from 'node:assert/strict';
import { once } from 'node:events';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { describe, it } from 'node:test';
import sinon from 'sinon';
import type { GatewayPipeline } from '../../src/gateway/config.js';
import { createGateway, type Gateway, type GatewayOptions } from '../../src/gateway/server.js';
import { MetricsResponse, parseResource, PipelineList, ProblemDetails } from '../../src/schemas/index.js';
import { metricsQueries } from '../../src/sources/promql.js';
import { parseSelector } from '../../src/sources/prometheus-selector.js';

const SHOP: GatewayPipeline = { id: 'shop', name: 'shop-cdc', selector: 'source="postgres-shop"' };
const Q = metricsQueries(parseSelector(SHOP.selector));

interface Double {
  fetch: typeof fetch;
  /** Instant and range queries received, in order. */
  queries: string[];
}

type Reply = { result: { metric: Record<string, string>; value: [number, string] }[]; warnings?: string[] } | { raw: Response };

/** A Prometheus double: `answer(query)` says what an instant query returns; range queries get one point. */
function prometheusDouble(answer: (query: string) => Reply | Promise<Reply>, yaml?: string): Double {
  const queries: string[] = [];
  const fetchDouble = (async (input: RequestInfo | URL) => {
    const url = new URL(String(input));
    if (url.pathname.endsWith('/status/config')) {
      return yaml === undefined
        ? new Response('404 page not found', { status: 404 })
        : Response.json({ status: 'success', data: { yaml } });
    }
    const query = url.searchParams.get('query') ?? '';
    queries.push(query);
    if (url.pathname.endsWith('/query_range')) {
      const t = Number(url.searchParams.get('end'));
      return Response.json({ status: 'success', data: { resultType: 'matrix', result: [{ metric: {}, values: [[t, '1']] }] } });
    }
    const reply = await answer(query);
    if ('raw' in reply) return reply.raw;
    return Response.json({ status: 'success', data: { resultType: 'vector', result: reply.result }, ...(reply.warnings ? { warnings: reply.warnings } : {}) });
  }) as typeof fetch;
  return { fetch: fetchDouble, queries };
}

const value = (v: string, metric: Record<string, string> = {}) => ({ result: [{ metric, value: [Date.now() / 1000, v] as [number, string] }] });

/** Every metrics query answered 1, the state `state`. */
const running = (state = '1') => (query: string) => value(query === Q.status ? state : '1');

async function serve(options: Partial<GatewayOptions>, double: Double): Promise<{ gateway: Gateway; url: string; close: () => Promise<void> }> {
  const gateway = createGateway({ prometheus: 'http://prometheus.test', pipelines: [SHOP], fetch: double.fetch, ...options });
  const listening = await gateway.listen();
  return { gateway, url: listening.url, close: () => listening.close() };
}

describe('gateway cost toward Prometheus', () => {
  it('shares one set of queries between identical requests in flight', async () => {
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const double = prometheusDouble(async (query) => {
      await gate;
      return running()(query);
    });
    const gateway = createGateway({ prometheus: 'http://prometheus.test', pipelines: [SHOP], fetch: double.fetch, cacheTtlMs: 0 });
    // Counts arrivals, so Prometheus answers only once every client is waiting.
    let arrived = 0;
    const server = createServer((req, res) => {
      if (++arrived === 20) setImmediate(release);
      void gateway.handle(req, res);
    }).listen(0, '127.0.0.1');
    await once(server, 'listening');
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    try {
      const answers = await Promise.all(Array.from({ length: 20 }, () => fetch(`${url}/api/v1/pipelines/shop/metrics`)));
      assert.deepEqual(new Set(answers.map((a) => a.status)), new Set([200]));
      assert.equal(double.queries.length, Object.keys(Q).length, 'one set of metrics queries for 20 requests');
    } finally {
      server.close();
      server.closeAllConnections();
    }
  });

  it('reuses an answer while fresh, stating its age, and reads again once stale', async () => {
    const clock = sinon.useFakeTimers({ toFake: ['Date'], now: Date.UTC(2026, 0, 15, 12) });
    const double = prometheusDouble(running());
    const { url, close } = await serve({ cacheTtlMs: 5_000 }, double);
    try {
      const first = await fetch(`${url}/api/v1/pipelines/shop/metrics`);
      assert.equal(first.headers.get('age'), '0');
      assert.equal(first.headers.get('cache-control'), 'max-age=5');
      const sent = double.queries.length;
      clock.tick(3_000);
      const second = await fetch(`${url}/api/v1/pipelines/shop/metrics`);
      assert.equal(second.headers.get('age'), '3');
      assert.equal(double.queries.length, sent, 'no new query within the window');
      assert.deepEqual(await second.json(), await first.json());
      clock.tick(2_500);
      const third = await fetch(`${url}/api/v1/pipelines/shop/metrics`);
      assert.equal(third.headers.get('age'), '0');
      assert.equal(double.queries.length, 2 * sent, 'a stale answer is read again');
    } finally {
      await close();
      clock.restore();
    }
  });

  it("keeps answers for Prometheus' scrape interval when none is configured", async () => {
    const double = prometheusDouble(running(), 'global:\n  scrape_interval: 15s\nscrape_configs:\n  - job_name: philotes\n');
    const { gateway, url, close } = await serve({}, double);
    try {
      assert.equal(gateway.freshMs(), 5_000, '5 s until Prometheus says otherwise');
      await (await fetch(`${url}/api/v1/pipelines/shop/metrics`)).arrayBuffer();
      await new Promise((resolve) => setImmediate(resolve));
      assert.equal(gateway.freshMs(), 15_000);
    } finally {
      await close();
    }
  });

  it('lists 1,000 configured pipelines from at most 5 queries, each with its own status', async () => {
    const fleet = Array.from({ length: 1000 }, (_, i) => ({ id: `p${i}`, name: `db${i}`, selector: `source="postgres-db${i}"` }));
    const double = prometheusDouble((query) => ({
      result: fleet
        .filter((_, i) => i % 10 !== 9)
        .map((p, i) => ({ metric: { source: p.name.replace('db', 'postgres-db') }, value: [1_768_478_400, query.includes('timestamp') ? '1768478400' : String(i % 2 === 0 ? 1 : 4)] as [number, string] })),
    }));
    const { url, close } = await serve({ pipelines: fleet }, double);
    try {
      const response = await fetch(`${url}/api/v1/pipelines`);
      const list = parseResource(PipelineList, await response.json(), 'list');
      assert.ok(double.queries.length <= 5, `${double.queries.length} queries`);
      assert.equal(list.total_count, 1000);
      assert.equal(list.pipelines[0]?.status, 'running');
      assert.equal(list.pipelines[1]?.status, 'stopped');
      assert.equal(list.pipelines[9]?.status, 'unknown', 'no series: unknown, never a guess');
      const one = await fetch(`${url}/api/v1/pipelines/p1`);
      assert.equal(((await one.json()) as { pipeline: { status: string } }).pipeline.status, 'stopped');
      assert.ok(double.queries.length <= 5, 'a pipeline status reuses the fleet read');
    } finally {
      await close();
    }
  });

  it('fails only the row of a selector Prometheus refuses, marking the list partial', async () => {
    const bad: GatewayPipeline = { id: 'bad', name: 'bad', selector: 'source=~"("' };
    const double = prometheusDouble((query) =>
      query.includes('=~"("')
        ? { raw: Response.json({ status: 'error', errorType: 'bad_data', error: 'error parsing regexp' }, { status: 400 }) }
        : value('1', { source: 'postgres-shop' }),
    );
    const { url, close } = await serve({ pipelines: [SHOP, bad] }, double);
    try {
      const response = await fetch(`${url}/api/v1/pipelines`);
      assert.equal(response.status, 200);
      assert.match(response.headers.get('warning') ?? '', /^199 pipeline-monitor "partial data: 1 of 2 pipelines could not be read"$/);
      const list = parseResource(PipelineList, await response.json(), 'list');
      assert.equal(list.pipelines[0]?.status, 'running');
      assert.equal(list.pipelines[1]?.status, 'unknown');
      assert.equal(list.pipelines[1]?.partial, true);
      assert.match(list.pipelines[1]?.error_message ?? '', /bad_data/);
      const own = await fetch(`${url}/api/v1/pipelines/bad`);
      assert.equal(own.status, 502);
    } finally {
      await close();
    }
  });

  it('answers 503 with Retry-After when the queue toward Prometheus is full, and recovers by itself', async () => {
    let hold = true;
    const waiting: (() => void)[] = [];
    const double = prometheusDouble(async (query) => {
      if (hold) await new Promise<void>((resolve) => waiting.push(resolve));
      return running()(query);
    });
    const { gateway, url, close } = await serve({ maxConcurrentQueries: 2, maxQueuedQueries: 10, cacheTtlMs: 0 }, double);
    try {
      // Eleven metrics queries: two sent, nine waiting, one place left in the queue.
      const metrics = fetch(`${url}/api/v1/pipelines/shop/metrics`);
      while (gateway.upstream.queued < 9) await new Promise((resolve) => setImmediate(resolve));
      const refused = await fetch(`${url}/api/v1/pipelines/shop/metrics/history?range=1h`);
      assert.equal(refused.status, 503);
      assert.equal(refused.headers.get('retry-after'), '1');
      assert.match(parseResource(ProblemDetails, await refused.json(), '503').detail ?? '', /overloaded/);
      hold = false;
      for (const resolve of waiting.splice(0)) resolve();
      assert.equal((await metrics).status, 200);
      const again = await fetch(`${url}/api/v1/pipelines/shop/metrics/history?range=1h`);
      assert.equal(again.status, 200, 'an overload is not kept: the next request is served');
      assert.equal(gateway.upstream.active + gateway.upstream.queued, 0, 'every slot was given back');
    } finally {
      await close();
    }
  });

  it('gives every client the same problem while Prometheus refuses, and recovers by itself', async () => {
    const clock = sinon.useFakeTimers({ toFake: ['Date'], now: Date.UTC(2026, 0, 15, 12) });
    let refusing = true;
    const unavailable = () => ({ raw: Response.json({ status: 'error', errorType: 'unavailable', error: 'TSDB is closing' }, { status: 503 }) });
    const double = prometheusDouble((query) => (refusing ? unavailable() : running()(query)));
    const { url, close } = await serve({ cacheTtlMs: 2_000 }, double);
    try {
      const answers = await Promise.all(Array.from({ length: 20 }, () => fetch(`${url}/api/v1/pipelines/shop/metrics`)));
      const bodies = await Promise.all(answers.map((a) => a.text()));
      assert.deepEqual(new Set(answers.map((a) => a.status)), new Set([502]));
      assert.equal(new Set(bodies).size, 1, 'one problem for one cause');
      assert.match(bodies[0]!, /TSDB is closing/);
      assert.ok(answers.every((a) => a.headers.get('age') === '0' && a.headers.get('cache-control') === 'no-store'));
      assert.equal(double.queries.length, Object.keys(Q).length, 'the failure is shared, not retried per client');
      refusing = false;
      clock.tick(2_000);
      const recovered = await fetch(`${url}/api/v1/pipelines/shop/metrics`);
      assert.equal(recovered.status, 200);
      await recovered.arrayBuffer();
    } finally {
      await close();
      clock.restore();
    }
  });

  it('refuses a Prometheus answer larger than the limit with a clear problem', async () => {
    const huge = JSON.stringify({ status: 'success', data: { resultType: 'vector', result: [] }, pad: 'x'.repeat(2e6) });
    const double = prometheusDouble(() => ({ raw: new Response(huge, { headers: { 'content-type': 'application/json' } }) }));
    const { url, close } = await serve({ maxAnswerBytes: 100_000 }, double);
    try {
      const response = await fetch(`${url}/api/v1/pipelines/shop/metrics`);
      assert.equal(response.status, 502);
      const body = parseResource(ProblemDetails, await response.json(), '502');
      assert.match(body.detail ?? '', /larger than the gateway's limit of 100 kB/);
    } finally {
      await close();
    }
  });
});

describe('gateway answers', () => {
  it('marks an answer Prometheus gave in part, with a Warning and partial: true', async () => {
    const double = prometheusDouble((query) => ({ ...running()(query), warnings: ['store eu-1 unreachable'] }));
    const { url, close } = await serve({}, double);
    try {
      const response = await fetch(`${url}/api/v1/pipelines/shop/metrics`);
      assert.equal(response.status, 200);
      assert.match(response.headers.get('warning') ?? '', /^199 pipeline-monitor "partial data/);
      const { metrics } = parseResource(MetricsResponse, await response.json(), 'metrics');
      assert.equal(metrics.partial, true);
    } finally {
      await close();
    }
  });

  it("reads a stopped pipeline's events/s as 0, whatever the rate window still holds", async () => {
    const double = prometheusDouble(running('4'));
    const { url, close } = await serve({}, double);
    try {
      const { metrics } = parseResource(MetricsResponse, await (await fetch(`${url}/api/v1/pipelines/shop/metrics`)).json(), 'metrics');
      assert.equal(metrics.status, 'stopped');
      assert.equal(metrics.events_per_second, 0);
      assert.equal(metrics.events_processed, 1);
    } finally {
      await close();
    }
  });

  it('refuses what the simulator refuses, naming the field', async () => {
    const { url, close } = await serve({}, prometheusDouble(running()));
    const fieldOf = async (query: string) => {
      const response = await fetch(`${url}/api/v1/pipelines/shop/metrics/history?${query}`);
      assert.equal(response.status, 400, query);
      return parseResource(ProblemDetails, await response.json(), query).errors?.map((e) => e.field);
    };
    try {
      assert.deepEqual(await fieldOf('range=9999d'), ['range']);
      assert.deepEqual(await fieldOf('range=7d&step=1s'), ['step']);
      assert.deepEqual(await fieldOf('range=1h&step=0s'), ['step']);
      assert.deepEqual(await fieldOf('start=2026-01-01T00:00:00Z&end=2026-01-09T00:00:00Z'), ['end']);
      assert.deepEqual(await fieldOf('start=2026-01-01T00:00:00Z'), ['end']);
      assert.deepEqual(await fieldOf('range=1h&start=2026-01-01T00:00:00Z&end=2026-01-02T00:00:00Z'), ['range']);
      const ok = await fetch(`${url}/api/v1/pipelines/shop/metrics/history?range=7d&step=1h`);
      assert.equal(ok.status, 200);
      const { history } = (await ok.json()) as { history: { data_points: unknown[] } };
      assert.ok(history.data_points.length >= 1);
    } finally {
      await close();
    }
  });

  it('answers HEAD like GET, without a body', async () => {
    const { url, close } = await serve({}, prometheusDouble(running()));
    try {
      const get = await fetch(`${url}/api/v1/pipelines/shop/metrics`);
      const head = await fetch(`${url}/api/v1/pipelines/shop/metrics`, { method: 'HEAD' });
      assert.equal(head.status, 200);
      assert.equal(head.headers.get('content-type'), get.headers.get('content-type'));
      assert.equal(head.headers.get('content-length'), get.headers.get('content-length'));
      assert.equal(await head.text(), '');
    } finally {
      await close();
    }
  });

  it('lets only the configured origins read, and answers their preflight', async () => {
    const { url, close } = await serve({ corsOrigins: ['https://portal.example'] }, prometheusDouble(running()));
    try {
      const allowed = await fetch(`${url}/api/v1/pipelines/shop/metrics`, { headers: { Origin: 'https://portal.example' } });
      assert.equal(allowed.headers.get('access-control-allow-origin'), 'https://portal.example');
      assert.match(allowed.headers.get('access-control-expose-headers') ?? '', /Age/);
      const other = await fetch(`${url}/api/v1/pipelines/shop/metrics`, { headers: { Origin: 'https://evil.example' } });
      assert.equal(other.headers.get('access-control-allow-origin'), null);
      const preflight = await fetch(`${url}/api/v1/pipelines/shop/metrics`, {
        method: 'OPTIONS',
        headers: { Origin: 'https://portal.example', 'Access-Control-Request-Method': 'GET', 'Access-Control-Request-Headers': 'authorization' },
      });
      assert.equal(preflight.status, 204);
      assert.equal(preflight.headers.get('access-control-allow-origin'), 'https://portal.example');
      assert.match(preflight.headers.get('access-control-allow-methods') ?? '', /GET/);
      assert.equal(preflight.headers.get('access-control-allow-headers'), 'authorization');
    } finally {
      await close();
    }
  });

  it('answers /healthz without asking Prometheus', async () => {
    const double = prometheusDouble(running());
    const { url, close } = await serve({}, double);
    try {
      const response = await fetch(`${url}/healthz`);
      assert.equal(response.status, 200);
      assert.deepEqual(await response.json(), { status: 'ok' });
      assert.equal(double.queries.length, 0);
    } finally {
      await close();
    }
  });
});
