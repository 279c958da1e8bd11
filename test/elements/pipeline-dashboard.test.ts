import { elementUpdated, expect, html } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import '../../src/elements/pipeline-dashboard/pipeline-dashboard.js';
import type { PipelineDashboard } from '../../src/elements/pipeline-dashboard/pipeline-dashboard.js';
import type { PipelineElement } from '../../src/elements/base/pipeline-element.js';
import type { PipelineErrorPage } from '../../src/schemas/index.js';
import { httpError, networkError } from '../store/fake-source.js';
import { harness, historyOf, metricsOf, part, parts, pipelineOf, PIPELINE_ID, revealed, settle, spoken, type Harness } from './element-harness.js';

const SECTIONS = ['header', 'controls', 'metrics', 'alerts', 'charts', 'tables', 'errors'];
const CHILDREN = ['pipeline-status', 'auto-refresh', 'time-range-selector', 'pipeline-metrics-grid', 'metric-chart', 'table-metrics', 'error-log'];

const errorPage: PipelineErrorPage = {
  errors: [{ id: 'e1', timestamp: new Date(Date.now() - 60_000), type: 'connection', message: 'connection reset by peer' }],
  total_count: 1,
};

const children = (el: PipelineDashboard) =>
  [...el.shadowRoot!.querySelectorAll<PipelineElement>(CHILDREN.join(','))];

describe('<pipeline-dashboard>', function () {
  this.timeout(20_000);

  // Tall enough for every section to be near the viewport, so each is rendered (reveal-controller.ts).
  before(() => setViewport({ width: 1000, height: 3000 }));
  after(() => setViewport({ width: 800, height: 600 }));

  let h: Harness;
  beforeEach(() => {
    h = harness();
  });
  afterEach(() => h.dispose());

  async function mount(template = html`<pipeline-dashboard pipeline-id=${PIPELINE_ID} locale="en-US"></pipeline-dashboard>`) {
    const el = await h.mount<PipelineDashboard>(template);
    await settle();
    await revealed(el);
    return el;
  }

  /** Answers every pending request with good data, until the elements ask for nothing more. */
  async function answerAll(el: PipelineDashboard): Promise<void> {
    for (let round = 0; round < 5 && h.source.pending().length > 0; round++) {
      for (const call of h.source.pending()) {
        if (call.method === 'getPipeline') call.resolve(pipelineOf());
        else if (call.method === 'getMetrics') call.resolve(metricsOf({ tables: [{ schema: 'public', table: 'orders', events_processed: 10, lag_seconds: 1 }] }));
        else if (call.method === 'getHistory') call.resolve(historyOf());
        else if (call.method === 'getErrors') call.resolve(errorPage);
      }
      await settle();
    }
    await elementUpdated(el);
  }

  async function failAll(el: PipelineDashboard): Promise<void> {
    for (const call of h.source.pending()) call.reject(networkError());
    await settle();
    await elementUpdated(el);
    await Promise.all(children(el).map((child) => child.updateComplete));
  }

  it('shows a hint and nothing else while no pipeline is selected', async () => {
    const el = await mount(html`<pipeline-dashboard></pipeline-dashboard>`);
    expect(part(el, 'empty')!.textContent).to.equal('No pipeline selected.');
    expect(children(el)).to.have.length(0);
    expect(h.source.calls).to.have.length(0);
    await expect(el).to.be.accessible();
  });

  it('shows the Alerts section, saying so when the server has no alerting', async () => {
    const el = await mount();
    await answerAll(el);
    const alerts = part(el, 'alerts')!;
    await (alerts as PipelineElement).updateComplete;
    expect(spoken(alerts)).to.contain('Alerting is not enabled on this server.');
    expect(part(el, 'alerts-badge'), 'the header badge shows nothing then').to.exist;
    expect(parts(el, 'problem'), 'not a failure').to.have.length(0);
  });

  it('composes every section in order, each with a part and a slot before and after it', async () => {
    const el = await mount();
    expect(parts(el, 'section').map((s) => s.getAttribute('part'))).to.deep.equal(SECTIONS.map((name) => `section ${name}`));
    const slots = [...el.shadowRoot!.querySelectorAll('slot')].map((slot) => slot.name);
    expect(slots).to.deep.equal(SECTIONS.flatMap((name) => [`before-${name}`, `after-${name}`]));
    expect(parts(el, 'chart').map((chart) => chart.getAttribute('series'))).to.deep.equal(['events_per_second', 'lag_seconds', 'buffer_depth']);
    expect(children(el).map((child) => child.pipelineId)).to.deep.equal(Array(9).fill(PIPELINE_ID));
    expect(part(el, 'status')!.getAttribute('exportparts')).to.contain('badge: status-badge');
  });

  it('hands one store to every element inside, slotted content included: one request per resource', async () => {
    const el = await mount(html`<pipeline-dashboard pipeline-id=${PIPELINE_ID}>
      <pipeline-metrics-grid slot="after-header" pipeline-id=${PIPELINE_ID}></pipeline-metrics-grid>
    </pipeline-dashboard>`);
    const slotted = el.querySelector<PipelineElement>('pipeline-metrics-grid')!;
    expect(el.store).to.equal(h.store);
    expect(children(el).every((child) => child.store === el.store)).to.equal(true);
    expect(slotted.store).to.equal(el.store);
    await answerAll(el);
    const count = () => Object.fromEntries(['getPipeline', 'getMetrics', 'getHistory', 'getErrors'].map((m) => [m, h.source.callsTo(m as 'getMetrics').length]));
    expect(count()).to.deep.equal({ getPipeline: 1, getMetrics: 1, getHistory: 1, getErrors: 1 });
    void h.store.refresh();
    await settle();
    expect(count(), 'one more of each per interval').to.deep.equal({ getPipeline: 2, getMetrics: 2, getHistory: 2, getErrors: 2 });
  });

  it('moves all three charts to a new range with one history request', async () => {
    const el = await mount();
    await answerAll(el);
    const selector = part(el, 'range')!;
    const sixHours = [...selector.shadowRoot!.querySelectorAll<HTMLButtonElement>('[part~="preset"]')].find((b) => b.textContent!.trim().startsWith('6h'))!;
    sixHours.click();
    await settle();
    const asked = h.source.callsTo('getHistory').filter((call) => JSON.stringify(call.args[1]) === JSON.stringify({ range: '6h' }));
    expect(asked).to.have.length(1);
  });

  it('passes locale, theme and readonly to the elements inside', async () => {
    const el = await mount(html`<pipeline-dashboard pipeline-id=${PIPELINE_ID} locale="de-DE" theme="dark" readonly></pipeline-dashboard>`);
    await answerAll(el);
    expect(children(el).map((child) => [child.locale, child.theme])).to.deep.equal(Array(9).fill(['de-DE', 'dark']));
    const status = part(el, 'status')!;
    expect(status.hasAttribute('readonly')).to.equal(true);
    expect(status.shadowRoot!.querySelector('[part~="actions"]')).to.equal(null);
  });

  it('gives every chart its zone: time-zone, the picker in the controls, and ?tz= with sync-url', async () => {
    const charts = (el: PipelineDashboard) => [...el.shadowRoot!.querySelectorAll('metric-chart')];
    const before = location.href;
    try {
      history.replaceState(null, '', `${location.pathname}?tz=Asia/Tokyo`);
      const el = await mount(html`<pipeline-dashboard pipeline-id=${PIPELINE_ID} locale="en-US" sync-url time-zone="UTC"></pipeline-dashboard>`);
      await answerAll(el);
      expect(charts(el).map((c) => c.timeZone), 'the link wins').to.deep.equal(['Asia/Tokyo', 'Asia/Tokyo', 'Asia/Tokyo']);
      const select = part(el, 'time-zone-select') as HTMLSelectElement;
      expect(select.value).to.equal('Asia/Tokyo');
      expect([...select.options].map((o) => o.value), 'nobody looks at the zones yet').to.deep.equal(['local', 'Asia/Tokyo']);
      const width = select.getBoundingClientRect().width;
      select.focus();
      await elementUpdated(el);
      expect(select.getBoundingClientRect().width, 'nothing moves as the zones fill in').to.equal(width);
      const listed = [...select.options].map((o) => o.value);
      expect(listed.length, 'every zone the browser knows, once focused').to.equal(new Set(['UTC', ...Intl.supportedValuesOf('timeZone')]).size + 1);
      expect(listed.slice(0, 2)).to.deep.equal(['local', 'UTC']);
      expect(select.value, 'still the zone shown').to.equal('Asia/Tokyo');
      select.value = 'UTC';
      select.dispatchEvent(new Event('change'));
      await elementUpdated(el);
      expect(charts(el).map((c) => c.timeZone)).to.deep.equal(['UTC', 'UTC', 'UTC']);
      expect(new URL(location.href).searchParams.get('tz')).to.equal('UTC');
      select.value = 'local';
      select.dispatchEvent(new Event('change'));
      await elementUpdated(el);
      expect(new URL(location.href).searchParams.has('tz'), 'local is the default: no parameter').to.equal(false);
      await expect(el).to.be.accessible();
    } finally {
      history.replaceState(null, '', before);
    }
  });

  it('draws the thresholds the cards use on the lag and buffer charts', async () => {
    const el = await mount(html`<pipeline-dashboard pipeline-id=${PIPELINE_ID} locale="en-US" .thresholds=${{ lagWarning: 12 }}></pipeline-dashboard>`);
    await answerAll(el);
    const levels = (name: string) =>
      [...el.shadowRoot!.querySelector(`[part~="chart-${name}"]`)!.shadowRoot!.querySelectorAll('[part~="legend-threshold"]')].map((n) =>
        n.textContent!.replace(/\s+/g, ' ').trim(),
      );
    expect(levels('lag')).to.deep.equal(['Lag warning · 12 s', 'Lag critical · 30 s']);
    expect(levels('buffer')).to.deep.equal(['Buffer depth warning · 5K', 'Buffer depth critical · 8K']);
    expect(levels('events')).to.deep.equal([]);
  });

  it('follows a new pipeline-id with every element', async () => {
    const el = await mount();
    el.pipelineId = 'another-pipeline';
    await elementUpdated(el);
    await settle();
    expect(children(el).every((child) => child.pipelineId === 'another-pipeline')).to.equal(true);
    expect(h.source.callsTo('getPipeline').map((call) => call.args[0])).to.include('another-pipeline');
  });

  describe('states', () => {
    it('loading: every section shows a placeholder, and axe finds nothing', async () => {
      const el = await mount();
      expect(part(el, 'status')!.shadowRoot!.querySelector('[aria-busy="true"]')).to.exist;
      expect(part(el, 'grid')!.shadowRoot!.querySelector('[aria-busy="true"]')).to.exist;
      await expect(el).to.be.accessible();
    });

    it('data: axe finds nothing, in light and dark', async () => {
      const el = await mount();
      await answerAll(el);
      await expect(el).to.be.accessible();
      el.theme = 'dark';
      await elementUpdated(el);
      await expect(el).to.be.accessible();
    });

    it('failed: one message at the top with one Retry, each section marked as not loaded', async () => {
      const el = await mount();
      await failAll(el);
      expect(parts(el, 'problem'), 'one cause, one message').to.have.length(1);
      expect(parts(el, 'retry'), 'one Retry').to.have.length(1);
      expect(part(el, 'problems')!.getAttribute('role')).to.equal('alert');
      expect(part(el, 'problem')!.textContent).to.contain('Could not reach the server');
      for (const name of ['status', 'grid', 'chart-events', 'table-metrics', 'error-log']) {
        const root = part(el, name)!.shadowRoot!;
        expect(root.querySelector('[part~="retry"]'), `${name} has no Retry of its own`).to.equal(null);
        expect(root.textContent, `${name} says it is not loaded`).to.match(/not loaded/i);
      }
      await expect(el).to.be.accessible();

      const before = h.source.calls.length;
      part(el, 'retry')!.click();
      await settle();
      const retried = h.source.calls.slice(before).map((call) => call.method).sort();
      expect(retried, 'one Retry retries every failed query once').to.deep.equal(['getErrors', 'getHistory', 'getMetrics', 'getPipeline']);
      await answerAll(el);
      expect(parts(el, 'problem'), 'the message goes once the data is back').to.have.length(0);
    });

    it('stale: the last data stays, each section says since when, and axe finds nothing', async () => {
      const el = await mount();
      await answerAll(el);
      void h.store.refresh();
      await settle();
      await failAll(el);
      expect(parts(el, 'problem')).to.have.length(1);
      const status = part(el, 'status')!.shadowRoot!;
      expect(status.querySelector('[part~="badge"]'), 'the status is kept').to.exist;
      expect(status.querySelector('[part~="problem"]')!.textContent).to.match(/Stale · updated/);
      expect(part(el, 'chart-lag')!.shadowRoot!.querySelector('[part~="stale"]')!.textContent, 'the chart is marked stale').to.match(/Stale/);
      expect(part(el, 'grid')!.shadowRoot!.querySelector('[part~="stale"]')!.textContent).to.match(/Stale · updated/);
      await expect(el).to.be.accessible();
    });

    it('not found: one "Pipeline not found" with the id in place of the sections, and no polling of it', async () => {
      const el = await mount();
      for (const call of h.source.pending()) call.reject(httpError(404, 'The pipeline request failed with 404 Not Found.'));
      await settle();
      await elementUpdated(el);
      const notFound = part(el, 'not-found')!;
      expect(notFound.textContent).to.contain('Pipeline not found');
      expect(notFound.textContent).to.contain(PIPELINE_ID);
      expect(parts(el, 'section'), 'no sections').to.have.length(0);
      expect(parts(el, 'retry')).to.have.length(1);
      await expect(el).to.be.accessible();

      const before = h.source.calls.length;
      void h.store.refresh();
      await settle();
      expect(h.source.calls.slice(before).map((call) => call.method), 'only the pipeline is still watched').to.deep.equal(['getPipeline']);
      h.source.last('getPipeline').resolve(pipelineOf());
      await settle();
      await elementUpdated(el);
      expect(parts(el, 'section'), 'found again: the sections return').to.have.length(SECTIONS.length);
      await settle();
      expect(h.source.pending().map((call) => call.method).sort(), 'and load afresh').to.include.members(['getErrors', 'getHistory', 'getMetrics']);
    });
  });

  it('names every section after its pipeline, so two dashboards on a page are distinct landmarks', async () => {
    const el = await mount();
    await answerAll(el);
    const headings = parts(el, 'heading').map((heading) => heading.textContent!.replace(/\s+/g, ' ').trim());
    expect(headings).to.deep.equal(['Current metrics · orders-cdc', 'Alerts · orders-cdc', 'History · orders-cdc', 'Tables · orders-cdc', 'Errors · orders-cdc']);
  });
});
