/**
 * The gateway when Prometheus fails or lacks data, and its startup checks: every failure is a
 * problem+json answer (502, 504) or a clear refusal to start, never a zero. Prometheus is played
 * by an explicit fetch double or a closed port; time by sinon's fake clock.
 */
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { createServer, request as httpRequest } from 'node:http';
import type { AddressInfo } from 'node:net';
import { describe, it } from 'node:test';
import sinon from 'sinon';
import { MonitorError } from '../../src/errors.js';
import { parseGatewayConfig, type GatewayPipeline } from '../../src/gateway/config.js';
import { createGateway, type GatewayOptions } from '../../src/gateway/server.js';
import { MetricsHistoryResponse, parseResource, ProblemDetails } from '../../src/schemas/index.js';
import { metricsQueries } from '../../src/sources/promql.js';
import { parseSelector } from '../../src/sources/prometheus-selector.js';

const ONE: GatewayPipeline[] = [{ id: 'p', name: 'p', selector: 'source="postgres-shop"' }];
const Q = metricsQueries(parseSelector(ONE[0]!.selector));

/** A Prometheus double: instant queries answer `values[query]` (absent: empty), range queries `matrix`. */
function fakePrometheus(values: Record<string, string>, matrix: [number, string][] = []): typeof fetch {
  return (async (input: RequestInfo | URL) => {
    const url = new URL(String(input));
    const query = url.searchParams.get('query') ?? '';
    const data = url.pathname.endsWith('/query_range')
      ? { resultType: 'matrix', result: [{ metric: {}, values: matrix }] }
      : { resultType: 'vector', result: query in values ? [{ metric: {}, value: [Date.now() / 1000, values[query]] }] : [] };
    return new Response(JSON.stringify({ status: 'success', data }), { headers: { 'content-type': 'application/json' } });
  }) as typeof fetch;
}

async function withGateway(options: Partial<GatewayOptions>, run: (url: string) => Promise<void>): Promise<void> {
  const gateway = await createGateway({ prometheus: 'http://prometheus.invalid', pipelines: ONE, ...options }).listen();
  try {
    await run(gateway.url);
  } finally {
    await gateway.close();
  }
}

async function problemAt(url: string, status: number): Promise<ProblemDetails> {
  const response = await fetch(url);
  assert.equal(response.status, status);
  assert.match(response.headers.get('content-type') ?? '', /^application\/problem\+json/);
  return parseResource(ProblemDetails, await response.json(), url);
}

describe('pipeline-monitor gateway when Prometheus fails', () => {
  it('answers 502 when Prometheus cannot be reached, never zeros', async () => {
    const closed = createServer();
    closed.listen(0, '127.0.0.1');
    await once(closed, 'listening');
    const port = (closed.address() as AddressInfo).port;
    closed.close();
    await withGateway({ prometheus: `http://127.0.0.1:${port}` }, async (url) => {
      const body = await problemAt(`${url}/api/v1/pipelines/p/metrics`, 502);
      assert.match(body.detail ?? '', /Cannot reach Prometheus/);
    });
  });

  it('answers 502 naming the fields Prometheus has no value for, instead of sending 0', async () => {
    const everything = Object.fromEntries(Object.values(Q).map((query) => [query, '1']));
    delete everything[Q.lag_seconds];
    await withGateway({ fetch: fakePrometheus(everything) }, async (url) => {
      const body = await problemAt(`${url}/api/v1/pipelines/p/metrics`, 502);
      assert.equal(body.detail, 'Prometheus has no current value for lag_seconds.');
    });
  });

  it('leaves out the history steps Prometheus has no value for', async () => {
    const now = Math.floor(Date.now() / 1000 / 36) * 36;
    const matrix: [number, string][] = [
      [now - 72, '1'],
      [now - 36, 'NaN'],
      [now, '3'],
    ];
    await withGateway({ fetch: fakePrometheus({}, matrix) }, async (url) => {
      const response = await fetch(`${url}/api/v1/pipelines/p/metrics/history?range=1h`);
      const { history } = parseResource(MetricsHistoryResponse, await response.json(), 'history');
      assert.deepEqual(
        history.data_points.map((point) => [point.timestamp.getTime() / 1000, point.buffer_depth]),
        [
          [now - 72, 1],
          [now, 3],
        ],
      );
    });
  });

  it('answers 504 when Prometheus does not answer in time', async () => {
    let asked!: () => void;
    const wasAsked = new Promise<void>((resolve) => (asked = resolve));
    // A Prometheus that never answers; its request is what lets the fake clock move.
    const hanging = ((_url: RequestInfo | URL, init?: RequestInit) =>
      new Promise<Response>((_resolve, reject) => {
        init?.signal?.addEventListener('abort', () => reject(init.signal?.reason));
        asked();
      })) as typeof fetch;
    const clock = sinon.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    try {
      await withGateway({ fetch: hanging, timeoutMs: 5_000 }, async (url) => {
        const answer = new Promise<{ status: number; body: string }>((resolve, reject) => {
          httpRequest(`${url}/api/v1/pipelines/p`, (res) => {
            let body = '';
            res.on('data', (chunk: Buffer) => (body += chunk.toString()));
            res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
          })
            .on('error', reject)
            .end();
        });
        await wasAsked;
        await clock.tickAsync(5_000);
        const { status, body } = await answer;
        assert.equal(status, 504);
        assert.match((JSON.parse(body) as { detail: string }).detail, /did not answer the pipeline queries within 5 s/);
      });
    } finally {
      clock.restore();
    }
  });
});

describe('pipeline-monitor gateway configuration', () => {
  it('refuses a pipelines file with a selector that is not one, naming the field', () => {
    const error = (() => {
      try {
        parseGatewayConfig({ pipelines: [{ id: 'a', name: 'orders', selector: 'source="x"} or vector(1)' }] });
      } catch (e) {
        return e;
      }
      return undefined;
    })();
    assert.ok(error instanceof MonitorError);
    assert.equal(error.field, 'pipelines.0.selector');
  });

  it('refuses two pipelines with the same id', () => {
    const pipeline = { id: 'a', name: 'orders', selector: 'source="x"' };
    assert.throws(() => parseGatewayConfig({ pipelines: [pipeline, pipeline] }), /distinct ids/);
  });

  it('refuses to start without --prometheus, saying what is missing', async () => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/gateway/cli.ts', 'serve'], { stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const [code] = (await once(child, 'exit')) as [number];
    assert.equal(code, 2);
    assert.match(stderr, /--prometheus <url> is required/);
  });
});
