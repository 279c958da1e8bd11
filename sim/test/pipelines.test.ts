import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, describe, it } from 'node:test';
import { PipelineList, PipelineResponse } from '../../src/schemas/index.js';
import { createSimulator } from '../server.js';
import { assertProblem, assertValid, idOf, startSimulator, T0, type Harness } from './harness.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe('pipeline resources', () => {
  let h: Harness;
  before(async () => {
    h = await startSimulator();
  });
  after(() => h.close());

  it('lists four pipelines: two running, one in error with its message, one stopped', async () => {
    const list = assertValid(PipelineList, await h.get('/api/v1/pipelines'), 'pipeline list');
    assert.equal(list.total_count, 4);
    assert.deepEqual(
      list.pipelines.map((p) => [p.name, p.status]),
      [
        ['orders-cdc', 'running'],
        ['inventory-sync', 'running'],
        ['billing-events', 'error'],
        ['analytics-replica', 'stopped'],
      ],
    );
    const failed = list.pipelines.find((p) => p.status === 'error');
    assert.match(failed?.error_message ?? '', /replication slot/);
    assert.ok(list.pipelines.filter((p) => p.status !== 'error').every((p) => p.error_message === undefined));
  });

  it('gives every pipeline a UUID, a source, 3–41 table mappings and a past creation date', async () => {
    const list = assertValid(PipelineList, await h.get('/api/v1/pipelines'), 'pipeline list');
    const counts = list.pipelines.map((p) => p.tables?.length ?? 0);
    assert.ok(counts.every((n) => n >= 3 && n <= 41), `table counts ${counts.join(', ')}`);
    assert.ok(Math.max(...counts) >= 38, 'one pipeline has about 40 tables');
    for (const p of list.pipelines) {
      assert.match(p.id, UUID);
      assert.match(p.source_id, UUID);
      assert.ok(p.created_at.getTime() < T0 && p.updated_at.getTime() <= T0);
      for (const table of p.tables ?? []) {
        assert.match(table.id, UUID);
        assert.equal(table.pipeline_id, p.id);
        assert.match(`${table.source_schema}.${table.source_table}`, /^[a-z_]+\.[a-z_]+$/);
      }
    }
  });

  it('reports started_at for running pipelines and stopped_at for stopped ones', async () => {
    const list = assertValid(PipelineList, await h.get('/api/v1/pipelines'), 'pipeline list');
    const [orders, , billing, analytics] = list.pipelines;
    assert.ok(orders?.started_at && orders.stopped_at === undefined);
    assert.ok(billing?.stopped_at && analytics?.stopped_at);
    assert.ok((analytics?.stopped_at?.getTime() ?? 0) < T0 - 86_400_000, 'stopped more than a day ago');
  });

  it('answers one pipeline exactly as the list shows it', async () => {
    const id = idOf(h, 'inventory-sync');
    const one = await h.get(`/api/v1/pipelines/${id}`);
    assertValid(PipelineResponse, one, 'pipeline');
    const list = (await h.get('/api/v1/pipelines')).json as { pipelines: { id: string }[] };
    assert.deepEqual((one.json as { pipeline: unknown }).pipeline, list.pipelines.find((p) => p.id === id));
  });

  it('answers 404 problem details for an unknown UUID, a non-UUID id and an unknown route', async () => {
    const unknown = assertProblem(await h.get('/api/v1/pipelines/00000000-0000-4000-8000-000000000000'), 404, 'not-found');
    assert.equal(unknown['detail'], 'pipeline 00000000-0000-4000-8000-000000000000 not found');
    assert.equal(unknown['instance'], '/api/v1/pipelines/00000000-0000-4000-8000-000000000000');
    assertProblem(await h.get('/api/v1/pipelines/orders-cdc/metrics'), 404, 'not-found');
    assertProblem(await h.post('/api/v1/pipelines/not-a-uuid/start'), 404, 'not-found');
    const route = assertProblem(await h.get('/api/v1/sources'), 404, 'not-found');
    assert.equal(route['detail'], 'no route for GET /api/v1/sources');
  });

  it('answers 405 with an Allow header for a wrong method', async () => {
    const id = idOf(h, 'orders-cdc');
    const wrong = await h.request('DELETE', `/api/v1/pipelines/${id}`);
    assertProblem(wrong, 405, 'method-not-allowed');
    assert.equal(wrong.headers.get('allow'), 'GET');
    const getStart = await h.get(`/api/v1/pipelines/${id}/start`);
    assertProblem(getStart, 405, 'method-not-allowed');
    assert.equal(getStart.headers.get('allow'), 'POST');
  });

  it('answers HEAD like GET, without a body', async () => {
    const head = await h.request('HEAD', '/api/v1/pipelines');
    assert.equal(head.status, 200);
    assert.equal(head.headers.get('content-type'), 'application/json');
    assert.equal(head.text, '');
  });

  it('lets pages on other origins read answers and pass preflights', async () => {
    const list = await h.get('/api/v1/pipelines');
    assert.equal(list.headers.get('access-control-allow-origin'), '*');
    assert.match(list.headers.get('access-control-expose-headers') ?? '', /Retry-After/);
    const preflight = await h.request('OPTIONS', `/api/v1/pipelines/${idOf(h, 'orders-cdc')}/start`, undefined, {
      Origin: 'http://localhost:6006',
      'Access-Control-Request-Method': 'POST',
      'Access-Control-Request-Headers': 'content-type',
    });
    assert.equal(preflight.status, 204);
    assert.equal(preflight.headers.get('access-control-allow-origin'), '*');
    assert.match(preflight.headers.get('access-control-allow-methods') ?? '', /POST/);
    assert.equal(preflight.headers.get('access-control-allow-headers'), 'content-type');
  });
});

describe('mounting inside another server', () => {
  it('answers its own paths and leaves every other path to the host', async () => {
    const sim = createSimulator({ seed: 7, now: () => T0 });
    const host = createServer((req, res) => {
      void sim.handle(req, res).then((handled) => {
        if (!handled) res.end('from the host');
      });
    });
    await new Promise<void>((resolve) => host.listen(0, '127.0.0.1', resolve));
    const base = `http://127.0.0.1:${(host.address() as AddressInfo).port}`;
    try {
      assert.equal(await (await fetch(`${base}/index.html`)).text(), 'from the host');
      assert.equal(await (await fetch(`${base}/api/v2/pipelines`)).text(), 'from the host');
      assert.equal((await fetch(`${base}/api/v1/pipelines`)).status, 200);
      assert.equal((await fetch(`${base}/metrics`)).status, 200);
    } finally {
      host.closeAllConnections();
      await new Promise((resolve) => host.close(resolve));
    }
  });

  it('listens on 127.0.0.1 at an ephemeral port and stops on close', async () => {
    const server = await createSimulator({ now: () => T0 }).listen();
    assert.match(server.url, /^http:\/\/127\.0\.0\.1:\d+$/);
    assert.equal((await fetch(`${server.url}/api/v1/pipelines`)).status, 200);
    await server.close();
    await assert.rejects(fetch(`${server.url}/api/v1/pipelines`));
  });
});
