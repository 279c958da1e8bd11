import { expect } from '@open-wc/testing';
import { MonitorError } from '../../src/errors.js';
import { lazyPrometheusSource, type PrometheusLoader } from '../../src/sources/lazy-prometheus.js';
import { createPrometheusSource } from '../../src/sources/prometheus-attributes.js';
import { json, mockFetch } from './mock-fetch.js';

const ATTRIBUTES = { 'prometheus-url': 'https://prom.example.com', selector: 'source="postgres-orders"', 'pipeline-id': 'p-1' };
const signal = () => new AbortController().signal;

/** The real module behind a loader that counts its loads and fails while `failing` is set. */
function countingLoader() {
  const state = { loads: 0, failing: false };
  const load: PrometheusLoader = async () => {
    state.loads += 1;
    if (state.failing) throw new TypeError('Failed to fetch dynamically imported module: /assets/prometheus.js');
    return { createPrometheusSource };
  };
  return { state, load };
}

const emptyVector = () => json(200, { status: 'success', data: { resultType: 'vector', result: [] } });

describe('lazyPrometheusSource', () => {
  it('loads nothing until the first read, then loads once for concurrent reads', async () => {
    const { state, load } = countingLoader();
    const { fetch, calls } = mockFetch(emptyVector);
    const source = lazyPrometheusSource(ATTRIBUTES, { fetch }, load);
    expect(state.loads).to.equal(0);
    expect(source.capabilities).to.deep.equal({ errorLog: false, control: false });

    const [a, b] = await Promise.all([source.getPipeline('p-1', { signal: signal() }), source.getErrors('p-1', {}, { signal: signal() })]);
    expect(state.loads).to.equal(1);
    expect(a.status).to.equal('unknown');
    expect(b.errors).to.deep.equal([]);
    expect(new URL(calls[0]!.url).origin).to.equal('https://prom.example.com');
  });

  it('has a key from its settings, so equal settings share a store and others do not', () => {
    const { load } = countingLoader();
    const one = lazyPrometheusSource(ATTRIBUTES, {}, load);
    const same = lazyPrometheusSource({ ...ATTRIBUTES }, {}, load);
    const other = lazyPrometheusSource({ ...ATTRIBUTES, selector: 'source="postgres-billing"' }, {}, load);
    expect(one.key).to.equal('prometheus:https://prom.example.com|source="postgres-orders"|p-1');
    expect(same.key).to.equal(one.key);
    expect(other.key).to.not.equal(one.key);
  });

  it('rejects with a retryable network error when the module cannot load, and loads again on the next call', async () => {
    const { state, load } = countingLoader();
    const { fetch } = mockFetch(emptyVector);
    const source = lazyPrometheusSource(ATTRIBUTES, { fetch }, load);
    state.failing = true;

    const error = await source.getMetrics('p-1', { signal: signal() }).then(
      () => expect.fail('the read should reject'),
      (e: unknown) => e,
    );
    expect(error).to.be.instanceOf(MonitorError);
    expect((error as MonitorError).kind).to.equal('network');
    expect((error as MonitorError).retryable).to.equal(true);
    expect((error as MonitorError).message).to.equal(
      'Could not load the Prometheus support module: Failed to fetch dynamically imported module: /assets/prometheus.js',
    );

    state.failing = false;
    const page = await source.getErrors('p-1', {}, { signal: signal() });
    expect(page.total_count).to.equal(0);
    expect(state.loads).to.equal(2);
  });

  it('passes start and stop through to the Prometheus source, which refuses them', async () => {
    const { load } = countingLoader();
    const source = lazyPrometheusSource(ATTRIBUTES, {}, load);
    const error = await source.startPipeline('p-1', { signal: signal() }).then(
      () => expect.fail('start should reject'),
      (e: unknown) => e as MonitorError,
    );
    expect(error).to.be.instanceOf(MonitorError);
    expect(error.message).to.match(/Prometheus/);
  });
});
