import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { ContextProvider } from '@lit/context';
import { LitElement, html as litHtml } from 'lit';
import sinon from 'sinon';
import { configureEndpoint } from '../../src/config.js';
import { QueryController } from '../../src/controllers/query-controller.js';
import { storeContext } from '../../src/controllers/store-context.js';
import { PipelineElement } from '../../src/elements/base/pipeline-element.js';
import type { PipelineMetrics } from '../../src/schemas/index.js';
import { RestSource } from '../../src/sources/rest-source.js';
import { MetricsStore } from '../../src/store/metrics-store.js';

const ID = '4f1c2a9e-5b7d-4e3a-9c1f-2d8e6b0a7c35';
const metricsBody = {
  metrics: {
    pipeline_id: ID, status: 'running', events_processed: 10, events_per_second: 2.5, lag_seconds: 1,
    lag_p95_seconds: 0, buffer_depth: 3, error_count: 0, iceberg_commits: 1, iceberg_bytes_written: 100,
  },
};

class ProbeMetrics extends PipelineElement {
  readonly metrics = new QueryController<PipelineMetrics>(this, () =>
    this.store && this.pipelineId ? this.store.metrics(this.pipelineId) : undefined,
  );
  override render() {
    return litHtml`<span>${this.metrics.state.data?.events_per_second ?? 'none'}</span>`;
  }
}
customElements.define('probe-metrics', ProbeMetrics);

class ProbeProvider extends LitElement {
  store = new MetricsStore(new RestSource({ endpoint: '/provided/api' }), { intervalMs: 0 });
  provider = new ContextProvider(this, { context: storeContext, initialValue: this.store });
  override render() {
    return litHtml`<slot></slot>`;
  }
}
customElements.define('probe-provider', ProbeProvider);

describe('StoreController', () => {
  let fetchStub: sinon.SinonStub;
  beforeEach(() => {
    fetchStub = sinon.stub(window, 'fetch').callsFake(async () =>
      new Response(JSON.stringify(metricsBody), { headers: { 'Content-Type': 'application/json' } }),
    );
  });
  afterEach(() => sinon.restore());

  it('lets ten sibling tags with the same endpoint share one store and one request', async () => {
    const page = await fixture(html`<div>
      ${Array.from({ length: 10 }, () => html`<probe-metrics endpoint="/shared/api" pipeline-id=${ID}></probe-metrics>`)}
    </div>`);
    const probes = [...page.querySelectorAll<ProbeMetrics>('probe-metrics')];
    await waitUntil(() => probes.every((p) => p.shadowRoot!.textContent === '2.5'), 'every probe shows the value');
    expect(new Set(probes.map((p) => p.store)).size).to.equal(1);
    expect(fetchStub.callCount).to.equal(1);
    expect(String(fetchStub.firstCall.args[0])).to.equal(`${location.origin}/shared/api/pipelines/${ID}/metrics`);
  });

  it('gives elements on different endpoints different stores', async () => {
    const page = await fixture(html`<div>
      <probe-metrics endpoint="/a/api" pipeline-id=${ID}></probe-metrics>
      <probe-metrics endpoint="/b/api" pipeline-id=${ID}></probe-metrics>
    </div>`);
    const [a, b] = [...page.querySelectorAll<ProbeMetrics>('probe-metrics')];
    expect(a!.store).to.not.equal(b!.store);
  });

  it('moves an element to a new store when its endpoint attribute changes', async () => {
    const el = await fixture<ProbeMetrics>(html`<probe-metrics endpoint="/one/api" pipeline-id=${ID}></probe-metrics>`);
    const first = el.store;
    el.endpoint = '/two/api';
    await el.updateComplete;
    expect(el.store).to.not.equal(first);
    expect(el.store!.source.key).to.equal(`rest:${location.origin}/two/api`);
  });

  it('uses the store a parent provides through context instead of its own', async () => {
    const parent = await fixture<ProbeProvider>(html`<probe-provider>
      <probe-metrics endpoint="/ignored/api" pipeline-id=${ID}></probe-metrics>
    </probe-provider>`);
    const child = parent.querySelector<ProbeMetrics>('probe-metrics')!;
    expect(child.store).to.equal(parent.store);
  });

  it('sends the headers and credentials configured for the endpoint', async () => {
    configureEndpoint('/secure/api/', { headers: () => ({ Authorization: 'Bearer t0ken' }), credentials: 'include' });
    await fixture(html`<probe-metrics endpoint="/secure/api" pipeline-id=${ID}></probe-metrics>`);
    await waitUntil(() => fetchStub.called, 'a request is sent');
    const init = fetchStub.firstCall.args[1] as RequestInit;
    expect(new Headers(init.headers).get('Authorization')).to.equal('Bearer t0ken');
    expect(init.credentials).to.equal('include');
    expect(String(fetchStub.firstCall.args[0])).to.not.contain('t0ken');
  });

  it('reads from Prometheus when source="prometheus", one store per selector', async () => {
    const page = await fixture(html`<div>
      <probe-metrics source="prometheus" prometheus-url="http://127.0.0.1:9/prom" selector='source="postgres-orders"' pipeline-id=${ID}></probe-metrics>
      <probe-metrics source="prometheus" prometheus-url="http://127.0.0.1:9/prom" selector='source="postgres-billing"' pipeline-id=${ID}></probe-metrics>
    </div>`);
    const [orders, billing] = [...page.querySelectorAll<ProbeMetrics>('probe-metrics')];
    expect(orders!.store!.source.key).to.match(/^prometheus:http:\/\/127\.0\.0\.1:9\/prom\|/);
    expect(orders!.store).to.not.equal(billing!.store);
    // Each store loads the Prometheus source on demand, so which one queries first is not fixed.
    const queries = () => fetchStub.getCalls().map((call) => new URL(String(call.args[0])));
    const asks = (selector: string) => queries().some((url) => url.searchParams.get('query')?.includes(selector));
    await waitUntil(() => asks('source="postgres-orders"') && asks('source="postgres-billing"'), 'both stores query');
    expect(queries().every((url) => url.pathname === '/prom/api/v1/query')).to.equal(true);
  });
});
