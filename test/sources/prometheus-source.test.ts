import { expect } from '@open-wc/testing';
import sinon from 'sinon';
import { MonitorError } from '../../src/errors.js';
import { createPrometheusSource } from '../../src/sources/prometheus-attributes.js';
import { PrometheusSource, type PrometheusSourceOptions } from '../../src/sources/prometheus-source.js';
import { metricsQueries } from '../../src/sources/promql.js';
import { parseSelector } from '../../src/sources/prometheus-selector.js';
import { headersOf, json, mockFetch, untilAborted, type FetchCall } from './mock-fetch.js';
import { NGINX_502, toResponse } from './prometheus-fixtures.js';

const PROM = 'https://prometheus.example.com';
const SELECTOR = 'source="postgres-orders"';
const ID = 'af9a45a4-3486-4579-8b6e-94ae871ceef8';
const NOW = Date.UTC(2026, 0, 15, 12, 0, 7, 250);
const Q = metricsQueries(parseSelector(SELECTOR));
const signal = () => new AbortController().signal;

type Sample = [labels: Record<string, string>, value: string];

/** A Prometheus answering instant queries from `answers` (by query text); anything else is an empty vector. */
function instantAnswers(answers: Partial<Record<string, Sample[]>>, extra: Record<string, unknown> = {}) {
  return (call: FetchCall) => {
    const query = new URL(call.url).searchParams.get('query') ?? '';
    const result = (answers[query] ?? []).map(([metric, value]) => ({ metric, value: [NOW / 1000, value] }));
    return json(200, { status: 'success', data: { resultType: 'vector', result }, ...extra });
  };
}

function source(respond: (call: FetchCall) => Response | Promise<Response>, options: Partial<PrometheusSourceOptions> = {}) {
  const mock = mockFetch(respond);
  const prometheus = new PrometheusSource({ url: PROM, selector: SELECTOR, pipelineId: ID, fetch: mock.fetch, ...options });
  return { prometheus, calls: mock.calls };
}

const LIVE: Partial<Record<string, Sample[]>> = {
  [Q.status]: [[{}, '1']],
  [Q.events_processed]: [[{}, '123456']],
  [Q.events_per_second]: [[{}, '420.5']],
  [Q.lag_seconds]: [[{}, '+Inf']],
  [Q.lag_p95_seconds]: [[{}, '1.25']],
  [Q.buffer_depth]: [[{}, '300']],
  [Q.error_count]: [[{}, '7']],
  [Q.iceberg_commits]: [[{}, '12']],
  [Q.iceberg_bytes_written]: [[{}, '1048576']],
  [Q.table_events_processed]: [
    [{ table: 'public.orders' }, '100000'],
    [{ table: 'public.customers' }, '23456'],
  ],
  [Q.table_lag_seconds]: [
    [{ table: 'public.orders' }, 'NaN'],
    [{ table: 'sales.refunds' }, '0.5'],
  ],
};

describe('PrometheusSource', () => {
  let clock: sinon.SinonFakeTimers;
  beforeEach(() => {
    clock = sinon.useFakeTimers({ now: NOW, toFake: ['Date'] });
  });
  afterEach(() => clock.restore());

  describe('identity', () => {
    it('is keyed by server and canonical selector, so spellings of the same series share a store', () => {
      const a = new PrometheusSource({ url: `${PROM}/`, selector: "{source='postgres-orders'}" });
      const b = new PrometheusSource({ url: `${PROM}/api/v1`, selector: SELECTOR });
      expect(a.key).to.equal(`prometheus:${PROM}|source="postgres-orders"`);
      expect(b.key).to.equal(a.key);
      expect(new PrometheusSource({ url: PROM, selector: SELECTOR, rateWindow: '2m' }).key).to.not.equal(a.key);
    });

    it('has no error log and cannot start or stop', () => {
      expect(new PrometheusSource({ url: PROM, selector: SELECTOR }).capabilities).to.deep.equal({ errorLog: false, control: false });
    });
  });

  describe('current metrics', () => {
    it('asks every field in parallel at one instant and builds the metrics', async () => {
      const { prometheus, calls } = source(instantAnswers(LIVE));
      const metrics = await prometheus.getMetrics('ignored', { signal: signal() });
      expect(calls).to.have.length(11);
      for (const call of calls) {
        const url = new URL(call.url);
        expect(`${url.origin}${url.pathname}`).to.equal(`${PROM}/api/v1/query`);
        expect(url.searchParams.get('time')).to.equal('1768478407.250');
      }
      const { lag_seconds, tables, ...rest } = metrics;
      expect(rest).to.deep.equal({
        pipeline_id: ID,
        status: 'running',
        events_processed: 123456,
        events_per_second: 420.5,
        lag_p95_seconds: 1.25,
        buffer_depth: 300,
        error_count: 7,
        iceberg_commits: 12,
        iceberg_bytes_written: 1048576,
      });
      expect(lag_seconds).to.be.NaN;
      expect(tables?.map((t) => [t.schema, t.table, t.events_processed])).to.deep.equal([
        ['public', 'customers', 23456],
        ['public', 'orders', 100000],
        ['sales', 'refunds', 0],
      ]);
      expect(tables?.[0]?.lag_seconds).to.be.NaN;
      expect(tables?.[2]?.lag_seconds).to.equal(0.5);
    });

    it('shows a field Prometheus has no value for as a gap, not 0', async () => {
      const { prometheus } = source(instantAnswers({ ...LIVE, [Q.buffer_depth]: [] }));
      expect((await prometheus.getMetrics(ID, { signal: signal() })).buffer_depth).to.be.NaN;
    });

    it('marks the metrics partial when any answer carries warnings', async () => {
      const { prometheus } = source(instantAnswers(LIVE, { warnings: ['store unavailable'] }));
      expect((await prometheus.getMetrics(ID, { signal: signal() })).partial).to.equal(true);
      const { prometheus: whole } = source(instantAnswers(LIVE));
      expect(await whole.getMetrics(ID, { signal: signal() })).to.not.have.property('partial');
    });

    it('rejects when Prometheus has no series at all for the selector, rather than showing zeros', async () => {
      const { prometheus } = source(instantAnswers({}));
      const error = await prometheus.getMetrics(ID, { signal: signal() }).catch((e: unknown) => e);
      expect(error).to.be.instanceOf(MonitorError);
      expect((error as MonitorError).message).to.contain('Prometheus has no philotes series matching {source="postgres-orders"}');
    });
  });

  describe('history', () => {
    it('asks four range queries over an aligned window and fills every step up to now', async () => {
      const { prometheus, calls } = source((call) => {
        const params = new URL(call.url).searchParams;
        const start = Number(params.get('start'));
        const values = params.get('query')?.includes('philotes_cdc_lag_seconds')
          ? [[start, '0.5'], [start + 72, 'NaN']]
          : [[start, '1'], [start + 36, '2']];
        return json(200, { status: 'success', data: { resultType: 'matrix', result: [{ metric: {}, values }] } });
      });
      const history = await prometheus.getHistory('ignored', { range: '1h' }, { signal: signal() });
      expect(calls).to.have.length(4);
      const params = new URL(calls[0]!.url).searchParams;
      expect([params.get('start'), params.get('end'), params.get('step')]).to.deep.equal(['1768474800', '1768478400', '36']);
      expect(history.pipeline_id).to.equal(ID);
      expect(history.time_range).to.equal('1h');
      expect(history.data_points).to.have.length(101);
      expect(history.data_points[0]).to.deep.equal({
        timestamp: new Date(1768474800_000),
        events_per_second: 1,
        lag_seconds: 0.5,
        buffer_depth: 1,
        error_count: 1,
      });
      expect(history.data_points[1]?.lag_seconds).to.be.NaN;
      expect(history.data_points[2]?.lag_seconds).to.be.NaN;
      expect(history.data_points[2]?.events_per_second).to.be.NaN;
    });

    it('rejects a range that is not a duration without asking Prometheus', async () => {
      const { prometheus, calls } = source(instantAnswers({}));
      const error = await prometheus.getHistory(ID, { range: '5x' }, { signal: signal() }).catch((e: unknown) => e);
      expect((error as MonitorError).field).to.equal('range');
      expect(calls).to.have.length(0);
    });
  });

  describe('pipeline and errors', () => {
    it('reads the status from the state gauge, and when it was last reported', async () => {
      const at = 'max(timestamp(philotes_cdc_pipeline_state{source="postgres-orders"}))';
      const { prometheus } = source(instantAnswers({ [Q.status]: [[{}, '5']], [at]: [[{}, '1768478406.5']] }));
      const pipeline = await prometheus.getPipeline('ignored', { signal: signal() });
      expect(pipeline).to.deep.equal({
        id: ID,
        name: 'postgres-orders',
        source_id: 'postgres-orders',
        status: 'error',
        created_at: new Date(1768478406_500),
        updated_at: new Date(1768478406_500),
      });
      const list = await prometheus.listPipelines({ signal: signal() });
      expect(list.total_count).to.equal(1);
      expect(list.pipelines[0]?.id).to.equal(ID);
    });

    it('shows a pipeline Prometheus has no state for as unknown', async () => {
      const { prometheus } = source(instantAnswers({}), { name: 'orders-cdc' });
      const pipeline = await prometheus.getPipeline(ID, { signal: signal() });
      expect([pipeline.name, pipeline.status]).to.deep.equal(['orders-cdc', 'unknown']);
    });

    it('has an empty error log and counts errors by type instead', async () => {
      const errors = 'sum by (error_type) (increase(philotes_cdc_errors_total{source="postgres-orders"}[5m]))';
      const { prometheus } = source(
        instantAnswers({
          [Q.status]: [[{}, '1']],
          [errors]: [
            [{ error_type: 'connection' }, '3'],
            [{ error_type: 'disk' }, '2'],
            [{}, '1'],
          ],
        }),
      );
      expect(await prometheus.getErrors(ID, {}, { signal: signal() })).to.deep.equal({ errors: [], total_count: 0 });
      const counts = await prometheus.getErrorCounts(ID, { signal: signal(), window: '5m' });
      expect(counts).to.deep.equal({
        pipelineId: ID,
        byType: { replication: 0, schema: 0, connection: 3, write: 0, unknown: 3 },
        total: 6,
        window: '5m',
      });
    });

    it('refuses to start or stop, and says why', async () => {
      const { prometheus, calls } = source(instantAnswers({}));
      for (const action of [prometheus.startPipeline(ID, { signal: signal() }), prometheus.stopPipeline(ID, { signal: signal() })]) {
        const error = (await action.catch((e: unknown) => e)) as MonitorError;
        expect(error.message).to.match(/^Start\/stop is not available when reading from Prometheus/);
        expect(error.status).to.equal(501);
      }
      expect(calls).to.have.length(0);
    });
  });

  describe('configuration and transport', () => {
    it('rejects every read with the selector problem when the selector is invalid, sending nothing', async () => {
      const { prometheus, calls } = source(instantAnswers({}), { selector: 'source="a"} or vector(1)' });
      const error = (await prometheus.getMetrics(ID, { signal: signal() }).catch((e: unknown) => e)) as MonitorError;
      expect([error.kind, error.field]).to.deep.equal(['schema', 'selector']);
      expect(calls).to.have.length(0);
    });

    it('sends the configured headers and credentials', async () => {
      const { prometheus, calls } = source(instantAnswers({ [Q.status]: [[{}, '1']] }), {
        headers: () => ({ authorization: 'Bearer t0k3n' }),
        credentials: 'include',
      });
      await prometheus.getPipeline(ID, { signal: signal() });
      expect(headersOf(calls[0])).to.deep.include({ authorization: 'Bearer t0k3n', accept: 'application/json' });
      expect(calls[0]?.init.credentials).to.equal('include');
    });

    it("rethrows the store's reason when it aborts a read", async () => {
      const controller = new AbortController();
      const reason = new MonitorError({ kind: 'timeout', resource: 'pipeline metrics', message: 'took too long' });
      const { prometheus } = source(untilAborted);
      const pending = prometheus.getMetrics(ID, { signal: controller.signal });
      controller.abort(reason);
      expect(await pending.catch((e: unknown) => e)).to.equal(reason);
    });

    it('explains an unreachable server, CORS included', async () => {
      const { prometheus } = source(() => Promise.reject(new TypeError('Failed to fetch')));
      const error = (await prometheus.getMetrics(ID, { signal: signal() }).catch((e: unknown) => e)) as MonitorError;
      expect(error.kind).to.equal('network');
      expect(error.message).to.contain(`Cannot reach Prometheus at ${PROM} (pipeline metrics): Failed to fetch`);
      expect(error.message).to.contain('--web.cors.origin');
    });

    it("explains a proxy's error page", async () => {
      const { prometheus } = source(() => toResponse(NGINX_502));
      const error = (await prometheus.getMetrics(ID, { signal: signal() }).catch((e: unknown) => e)) as MonitorError;
      expect([error.kind, error.status]).to.deep.equal(['not-json', 502]);
    });
  });

  describe('declarative selection', () => {
    it('builds the source from an element\'s attributes', async () => {
      const element = document.createElement('div');
      element.setAttribute('prometheus-url', PROM);
      element.setAttribute('selector', SELECTOR);
      element.setAttribute('pipeline-id', ID);
      element.setAttribute('pipeline-name', 'orders-cdc');
      const { fetch, calls } = mockFetch(instantAnswers({ [Q.status]: [[{}, '1']] }));
      const prometheus = createPrometheusSource(element, { fetch });
      expect(prometheus.key).to.equal(`prometheus:${PROM}|${SELECTOR}`);
      const pipeline = await prometheus.getPipeline('other', { signal: signal() });
      expect([pipeline.id, pipeline.name, pipeline.status]).to.deep.equal([ID, 'orders-cdc', 'running']);
      expect(calls[0]?.url.startsWith(`${PROM}/api/v1/query?`)).to.equal(true);
    });

    it('reports a missing URL when a read happens instead of throwing at construction', async () => {
      const prometheus = createPrometheusSource({ selector: SELECTOR });
      const error = (await prometheus.getMetrics(ID, { signal: signal() }).catch((e: unknown) => e)) as MonitorError;
      expect([error.kind, error.field]).to.deep.equal(['schema', 'url']);
      expect(error.message).to.contain('No Prometheus URL given');
    });
  });
});
