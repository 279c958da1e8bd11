import { chipCounts } from '../../src/elements/error-log/scope-view.js';
import { expect } from '@open-wc/testing';
import sinon from 'sinon';
import { MonitorError } from '../../src/errors.js';
import { RestSource, type RestSourceOptions } from '../../src/sources/rest-source.js';
import { PIPELINE_ID, fullMetrics, historyPoints, minimalPipeline, pipelineError } from '../schemas/fixtures.js';
import { headersOf, json, mockFetch } from './mock-fetch.js';

const API = 'https://cdc.example.com/api/v1';
const signal = () => new AbortController().signal;

function source(respond: Parameters<typeof mockFetch>[0], options: Partial<RestSourceOptions> = {}) {
  const mock = mockFetch(respond);
  return { rest: new RestSource({ endpoint: API, fetch: mock.fetch, ...options }), calls: mock.calls };
}

describe('RestSource', () => {
  describe('identity', () => {
    it('is keyed by its absolute endpoint without a trailing slash', () => {
      expect(new RestSource({ endpoint: `${API}/` }).key).to.equal(`rest:${API}`);
    });

    it('resolves a relative endpoint against the page, so two spellings share one key', () => {
      expect(new RestSource({ endpoint: '/api/v1' }).key).to.equal(`rest:${location.origin}/api/v1`);
      expect(new RestSource({ endpoint: `${location.origin}/api/v1/` }).key).to.equal(`rest:${location.origin}/api/v1`);
    });

    it('serves the error log and accepts start and stop', () => {
      expect(new RestSource({ endpoint: API }).capabilities).to.deep.equal({ errorLog: true, control: true, acknowledge: true });
    });

    it('sends relative-endpoint requests to the page origin', async () => {
      const { fetch, calls } = mockFetch(() => json(200, { pipelines: [], total_count: 0 }));
      await new RestSource({ endpoint: '/api/v1', fetch }).listPipelines({ signal: signal() });
      expect(calls[0]?.url).to.equal(`${location.origin}/api/v1/pipelines`);
    });
  });

  describe('routes', () => {
    it('lists pipelines with GET /pipelines', async () => {
      const { rest, calls } = source(() => json(200, { pipelines: [minimalPipeline], total_count: 1 }));
      const list = await rest.listPipelines({ signal: signal() });
      expect(calls.map((c) => [c.init.method, c.url])).to.deep.equal([['GET', `${API}/pipelines`]]);
      expect(list.total_count).to.equal(1);
      expect(list.pipelines[0]?.created_at).to.be.instanceOf(Date);
    });

    it('reads one pipeline from its {pipeline} envelope', async () => {
      const { rest, calls } = source(() => json(200, { pipeline: minimalPipeline }));
      const pipeline = await rest.getPipeline(PIPELINE_ID, { signal: signal() });
      expect(calls[0]?.url).to.equal(`${API}/pipelines/${PIPELINE_ID}`);
      expect(pipeline.name).to.equal('orders-to-lake');
    });

    it('encodes an id so it cannot change the path or add a query', async () => {
      const { rest, calls } = source(() => json(200, { pipeline: minimalPipeline }));
      await rest.getPipeline('../admin?x=1#y', { signal: signal() });
      expect(calls[0]?.url).to.equal(`${API}/pipelines/..%2Fadmin%3Fx%3D1%23y`);
    });

    it('reads metrics from GET /pipelines/:id/metrics', async () => {
      const { rest, calls } = source(() => json(200, { metrics: fullMetrics }));
      const metrics = await rest.getMetrics(PIPELINE_ID, { signal: signal() });
      expect(calls[0]?.url).to.equal(`${API}/pipelines/${PIPELINE_ID}/metrics`);
      expect(metrics.tables).to.have.length(2);
    });

    it('asks for a relative history window with ?range=', async () => {
      const history = { pipeline_id: PIPELINE_ID, time_range: '6h', data_points: historyPoints(2) };
      const { rest, calls } = source(() => json(200, { history }));
      const result = await rest.getHistory(PIPELINE_ID, { range: '6h' }, { signal: signal() });
      expect(calls[0]?.url).to.equal(`${API}/pipelines/${PIPELINE_ID}/metrics/history?range=6h`);
      expect(result.data_points).to.have.length(2);
    });

    it('asks for an absolute history window with ?start=&end= in UTC ISO form', async () => {
      const history = { pipeline_id: PIPELINE_ID, time_range: '2h', data_points: [] };
      const { rest, calls } = source(() => json(200, { history }));
      const range = { start: new Date(Date.UTC(2026, 0, 1, 10)), end: new Date(Date.UTC(2026, 0, 1, 12)) };
      await rest.getHistory(PIPELINE_ID, range, { signal: signal() });
      const url = new URL(calls[0]!.url);
      expect(url.pathname).to.equal(`/api/v1/pipelines/${PIPELINE_ID}/metrics/history`);
      expect([...url.searchParams]).to.deep.equal([
        ['start', '2026-01-01T10:00:00.000Z'],
        ['end', '2026-01-01T12:00:00.000Z'],
      ]);
    });

    it('pages the error log with limit, type and before', async () => {
      const { rest, calls } = source(() => json(200, { errors: [pipelineError], total_count: 31 }));
      const page = await rest.getErrors(
        PIPELINE_ID,
        { limit: 50, type: 'schema', before: new Date(Date.UTC(2026, 0, 2, 12)) },
        { signal: signal() },
      );
      const url = new URL(calls[0]!.url);
      expect([...url.searchParams]).to.deep.equal([
        ['limit', '50'],
        ['type', 'schema'],
        ['before', '2026-01-02T12:00:00.000Z'],
      ]);
      expect(page.total_count).to.equal(31);
    });

    it('sends a hostile search encoded as one parameter, with offset, and reads counts and the echo', async () => {
      const hostile = '&type=write#<b>"50%"</b> ?before=x';
      const { rest, calls } = source(() =>
        json(200, { errors: [], total_count: 0, counts: JSON.parse('{"write": 2, "schema": 1, "disk": 4, "__proto__": 1}') as unknown, search: hostile }),
      );
      const page = await rest.getErrors(PIPELINE_ID, { limit: 500, offset: 1000, search: hostile }, { signal: signal() });
      const url = new URL(calls[0]!.url);
      expect([...url.searchParams]).to.deep.equal([
        ['limit', '500'],
        ['offset', '1000'],
        ['search', hostile],
      ]);
      expect(url.hash).to.equal('');
      expect(page.search).to.equal(hostile);
      // `__proto__` is dropped by the record, never a prototype; the log counts an unknown type as unknown.
      expect(page.counts).to.deep.equal({ write: 2, schema: 1, disk: 4 });
      expect(chipCounts(page.counts, 'all')).to.deep.equal({ counts: [['schema', 1], ['write', 2], ['unknown', 4]], total: 7 });
      expect(Object.getPrototypeOf(page.counts)).to.equal(Object.prototype);
    });

    it('reads a page without counts or echo, or with malformed ones, as a server without them', async () => {
      for (const extra of [{}, { counts: { write: -1 }, search: 3 }, { counts: 'many' }]) {
        const { rest } = source(() => json(200, { errors: [], total_count: 0, ...extra }));
        const page = await rest.getErrors(PIPELINE_ID, {}, { signal: signal() });
        expect([page.counts, page.search]).to.deep.equal([undefined, undefined]);
      }
    });

    it('asks for the error log without a query when nothing filters it', async () => {
      const { rest, calls } = source(() => json(200, { errors: [], total_count: 0 }));
      await rest.getErrors(PIPELINE_ID, {}, { signal: signal() });
      expect(calls[0]?.url).to.equal(`${API}/pipelines/${PIPELINE_ID}/errors`);
    });

    it('starts and stops with POSTs, resolving with the server message', async () => {
      const { rest, calls } = source((call) =>
        json(200, { message: call.url.endsWith('/start') ? 'pipeline started' : 'pipeline stopped' }),
      );
      expect(await rest.startPipeline(PIPELINE_ID, { signal: signal() })).to.equal('pipeline started');
      expect(await rest.stopPipeline(PIPELINE_ID, { signal: signal() })).to.equal('pipeline stopped');
      expect(calls.map((c) => [c.init.method, c.url])).to.deep.equal([
        ['POST', `${API}/pipelines/${PIPELINE_ID}/start`],
        ['POST', `${API}/pipelines/${PIPELINE_ID}/stop`],
      ]);
    });
  });

  describe('request options', () => {
    const ok = () => json(200, { pipelines: [], total_count: 0 });

    it('asks for JSON or problem details and passes the caller signal to fetch', async () => {
      const { rest, calls } = source(ok);
      const controller = new AbortController();
      await rest.listPipelines({ signal: controller.signal });
      expect(headersOf(calls[0]).accept).to.equal('application/json, application/problem+json');
      expect(calls[0]?.init.signal).to.equal(controller.signal);
    });

    it('sends static headers', async () => {
      const { rest, calls } = source(ok, { headers: { 'X-Tenant': 'tenant-7' } });
      await rest.listPipelines({ signal: signal() });
      expect(headersOf(calls[0])['x-tenant']).to.equal('tenant-7');
    });

    it('calls a headers function for every request, so a refreshed token is used', async () => {
      let token = 'first';
      const { rest, calls } = source(ok, { headers: () => ({ Authorization: `Bearer ${token}` }) });
      await rest.listPipelines({ signal: signal() });
      token = 'second';
      await rest.listPipelines({ signal: signal() });
      expect(calls.map((c) => headersOf(c).authorization)).to.deep.equal(['Bearer first', 'Bearer second']);
      expect(calls.every((c) => !c.url.includes('Bearer'))).to.equal(true);
    });

    it('waits for an async headers function', async () => {
      const { rest, calls } = source(ok, { headers: async () => ({ Authorization: 'Bearer async-token' }) });
      await rest.listPipelines({ signal: signal() });
      expect(headersOf(calls[0]).authorization).to.equal('Bearer async-token');
    });

    it('lets the embedder override the Accept header', async () => {
      const { rest, calls } = source(ok, { headers: { accept: 'application/json' } });
      await rest.listPipelines({ signal: signal() });
      expect(headersOf(calls[0]).accept).to.equal('application/json');
    });

    it('passes the credentials mode, and none when not configured', async () => {
      const withCredentials = source(ok, { credentials: 'include' });
      await withCredentials.rest.listPipelines({ signal: signal() });
      expect(withCredentials.calls[0]?.init.credentials).to.equal('include');
      const without = source(ok);
      await without.rest.listPipelines({ signal: signal() });
      expect(without.calls[0]?.init).not.to.have.property('credentials');
    });

    it('turns a failing headers function into a MonitorError naming the resource', async () => {
      const { rest, calls } = source(ok, {
        headers: () => Promise.reject(new Error('token endpoint unreachable')),
      });
      const error = await rest.getMetrics(PIPELINE_ID, { signal: signal() }).catch((e: unknown) => e);
      expect(error).to.be.instanceOf(MonitorError);
      expect((error as MonitorError).message).to.equal(
        'Could not prepare the pipeline metrics request: the headers function failed (token endpoint unreachable).',
      );
      expect(calls).to.have.length(0);
    });

    it('uses the global fetch at call time when none is given', async () => {
      const stub = sinon.stub(globalThis, 'fetch').resolves(json(200, { pipelines: [], total_count: 0 }));
      try {
        await new RestSource({ endpoint: API }).listPipelines({ signal: signal() });
        expect(stub.firstCall.args[0]).to.equal(`${API}/pipelines`);
      } finally {
        stub.restore();
      }
    });
  });
});
