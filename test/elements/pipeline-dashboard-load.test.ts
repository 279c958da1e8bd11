/**
 * `<pipeline-dashboard>` on a cold load, as a user sees it: the frame first, then the parts near
 * the viewport, the rest when scrolled near; the tables and the log once the charts are built,
 * and no chart built while the tab is hidden; and the requests out before the element has even
 * upgraded.
 */
import { expect, html } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import sinon from 'sinon';
import type { Chart } from 'chart.js';
import '../../src/elements/pipeline-dashboard/pipeline-dashboard.js';
import { PipelineDashboard } from '../../src/elements/pipeline-dashboard/pipeline-dashboard.js';
import { warmUpDashboards } from '../../src/elements/pipeline-dashboard/warm-up.js';
import type { MetricChart } from '../../src/elements/metric-chart/metric-chart.js';
import { harness, historyOf, metricsOf, part, parts, pipelineOf, PIPELINE_ID, revealed, settle, type Harness } from './element-harness.js';
import { setVisibility } from '../store/fake-source.js';
import { chartOf } from './metric-chart/harness.js';

const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));

/** Animation frames until `done` holds (fake timers leave them alone), or fails naming `what`. */
async function frames(done: () => unknown, what: string, max = 300): Promise<void> {
  for (let i = 0; i < max; i++) {
    if (done()) return;
    await frame();
  }
  throw new Error(`never: ${what}`);
}

const charts = (el: PipelineDashboard) => parts(el, 'chart') as MetricChart[];

describe('<pipeline-dashboard> on a cold load', function () {
  this.timeout(20_000);

  let h: Harness;
  beforeEach(() => {
    h = harness();
  });
  afterEach(() => {
    h.dispose();
    delete (document as { visibilityState?: unknown }).visibilityState;
    delete (document as { hidden?: unknown }).hidden;
  });
  after(() => setViewport({ width: 800, height: 600 }));

  const mount = () => h.mount<PipelineDashboard>(html`<pipeline-dashboard pipeline-id=${PIPELINE_ID} locale="en-US"></pipeline-dashboard>`);

  /** Answers every pending request with good data, until the elements ask for nothing more. */
  async function answerAll(): Promise<void> {
    for (let round = 0; round < 5 && h.source.pending().length > 0; round++) {
      for (const call of h.source.pending()) {
        if (call.method === 'getPipeline') call.resolve(pipelineOf());
        else if (call.method === 'getMetrics') call.resolve(metricsOf({ tables: [{ schema: 'public', table: 'orders', events_processed: 10, lag_seconds: 1 }] }));
        else if (call.method === 'getHistory') call.resolve(historyOf());
        else if (call.method === 'getErrors') call.resolve({ errors: [], total_count: 0 });
      }
      await settle();
    }
  }

  it('paints its whole frame first, then fills it in without moving the sections above the fold', async () => {
    await setViewport({ width: 1280, height: 900 });
    const el = await mount();
    expect(parts(el, 'heading').map((heading) => heading.textContent!.trim().split(' ')[0])).to.deep.equal(['Current', 'Alerts', 'History', 'Tables', 'Errors']);
    expect(el.shadowRoot!.querySelector('pipeline-status, pipeline-metrics-grid, pipeline-alerts, metric-chart, table-metrics, error-log'), 'no part rendered in the first frame').to.equal(null);
    const placeholders = parts(el, 'placeholder');
    expect(placeholders.map((p) => p.dataset.reveal)).to.deep.equal(['header', 'controls', 'metrics', 'alerts', 'chart-events', 'chart-lag', 'chart-buffer', 'tables', 'errors']);
    expect(placeholders.every((p) => p.getBoundingClientRect().height > 20), 'each placeholder holds its part’s place').to.equal(true);
    const tops = () => parts(el, 'heading').slice(0, 3).map((heading) => Math.round(heading.getBoundingClientRect().top));
    const framed = tops();

    // The order parts appear in, whatever number of them one frame takes.
    const order: string[] = [];
    let builtBeforeTables: (Chart | undefined)[] = [];
    const watch = new MutationObserver(() => {
      for (const name of ['status', 'grid', 'table-metrics']) if (!order.includes(name) && part(el, name)) order.push(name);
      if (order.includes('table-metrics') && !builtBeforeTables.length) builtBeforeTables = charts(el).map((chart) => chartOf(chart));
    });
    watch.observe(el.shadowRoot!, { childList: true, subtree: true });
    await frames(() => !!part(el, 'status') && !!part(el, 'grid'), 'status and cards render first');
    await answerAll();
    await revealed(el);
    watch.disconnect();
    expect(order, 'the tables wait for the status and the cards').to.deep.equal(['status', 'grid', 'table-metrics']);
    expect(builtBeforeTables.filter(Boolean), 'and for the charts, answered by then, to be built').to.have.length(3);
    await frames(() => charts(el).every((chart) => chartOf(chart)), 'every chart is built');
    expect(tops(), 'Current metrics, History and Tables stay where the frame put them').to.deep.equal(framed);
  });

  it('keeps the place of the tables and the log while they wait for their first answer', async () => {
    await setViewport({ width: 1280, height: 2600 });
    const el = await mount();
    for (const call of h.source.pending()) {
      if (call.method === 'getPipeline') call.resolve(pipelineOf());
      else if (call.method === 'getHistory') call.resolve(historyOf());
    }
    await frames(() => part(el, 'table-metrics') && part(el, 'error-log'), 'the tables and the log render, still waiting');
    const rem = parseFloat(getComputedStyle(document.documentElement).fontSize);
    const [tables, log] = [part(el, 'table-metrics')!, part(el, 'error-log')!];
    expect(tables.matches(':state(loading)') && log.matches(':state(loading)')).to.equal(true);
    expect(tables.getBoundingClientRect().height, 'the tables hold their placeholder’s 30rem').to.be.at.least(30 * rem);
    expect(log.getBoundingClientRect().height, 'the log holds its placeholder’s 40rem').to.be.at.least(40 * rem);

    await answerAll();
    await frames(() => !tables.matches(':state(loading)') && !log.matches(':state(loading)'), 'both answered');
    expect(tables.getBoundingClientRect().height, 'one table needs less than the placeholder').to.be.below(30 * rem);
  });

  it('renders a section below the fold only when it is scrolled near, even after a move in the page', async () => {
    await setViewport({ width: 1280, height: 500 });
    const el = await mount();
    await answerAll();
    await frames(() => charts(el).length === 3, 'the charts near the viewport render');
    for (let i = 0; i < 10; i++) await frame();
    expect(part(el, 'error-log'), 'the error log, far below, is not rendered').to.equal(null);
    // Moved in the page meanwhile (disconnected and connected again): still watched.
    const host = el.parentElement!;
    host.parentElement!.append(host);
    await frame();
    const waiting = el.shadowRoot!.querySelector<HTMLElement>('[data-reveal="errors"]')!;
    expect(waiting).to.exist;

    waiting.scrollIntoView();
    await frames(() => part(el, 'error-log'), 'the error log renders once scrolled near');
    window.scrollTo(0, 0);
  });

  it('builds no chart while the tab is hidden, nor the parts after them, and all of them once it shows', async () => {
    await setViewport({ width: 1280, height: 1500 });
    setVisibility('hidden');
    const el = await mount();
    await answerAll();
    await frames(() => charts(el).length === 3, 'the charts render');
    for (let i = 0; i < 10; i++) await frame();
    expect(charts(el).map((chart) => chartOf(chart)), 'nobody sees them: not built').to.deep.equal([undefined, undefined, undefined]);
    expect(part(el, 'table-metrics') ?? part(el, 'error-log'), 'the tables and the log wait for the charts').to.equal(null);

    setVisibility('visible');
    await frames(() => charts(el).every((chart) => chartOf(chart)), 'the charts are built when the tab shows');
    await revealed(el);
    expect(part(el, 'table-metrics') && part(el, 'error-log'), 'then the tables and the log render').to.exist;
  });
});

describe('<pipeline-dashboard> requests before the upgrade', function () {
  this.timeout(20_000);

  it('sends every first request, history for the URL’s range included, before the element is defined, and none twice', async () => {
    await setViewport({ width: 1280, height: 3000 });
    const { pipelines } = (await (await fetch('/api/v1/pipelines')).json()) as { pipelines: { id: string; name: string }[] };
    const id = pipelines.find((p) => p.name === 'orders-cdc')!.id;
    const url = location.href;
    const withRange = new URL(url);
    withRange.searchParams.set('range', '7d');
    history.replaceState(null, '', withRange);
    const fetched = sinon.spy(window, 'fetch');
    const paths = () => fetched.getCalls().map((call) => String(call.args[0]).replace(/^.*\/api\/v1/, '').replace(/^\/pipelines\/[^/?]+/, ''));
    const FIRST = ['', '/alerts/rules', '/alerts?status=firing&limit=500', '/alerts?status=resolved&limit=50', '/errors?limit=100', '/metrics', '/metrics/history?range=7d'];
    const tag = 'warm-test-dashboard';
    const page = document.createElement('main');
    page.innerHTML = `<${tag} endpoint="/api/v1" pipeline-id="${id}" sync-url></${tag}>`;
    document.body.append(page);
    try {
      warmUpDashboards(tag);
      await settle();
      expect(customElements.get(tag), 'not upgraded yet').to.equal(undefined);
      expect(paths().sort()).to.deep.equal(FIRST);

      customElements.define(tag, class extends PipelineDashboard {});
      const el = page.firstElementChild as PipelineDashboard;
      await revealed(el);
      await frames(() => !el.store!.isFetching && part(part(el, 'grid'), 'events'), 'the sections show the warmed data');
      expect(paths().sort(), 'the sections found their data requested').to.deep.equal(FIRST);
    } finally {
      fetched.restore();
      page.remove();
      history.replaceState(null, '', url);
    }
  });
});
