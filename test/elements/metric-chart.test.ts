import { expect, waitUntil } from '@open-wc/testing';
import { html } from 'lit';
import { sendKeys } from '@web/test-runner-commands';
import { Chart } from 'chart.js';
import '../../src/elements/metric-chart/metric-chart.js';
import type { MetricChart } from '../../src/elements/metric-chart/metric-chart.js';
import type { MetricsStore } from '../../src/store/metrics-store.js';
import { httpError, type FakeSource } from '../store/fake-source.js';
import { history, PIPELINE, point, series } from './metric-chart/fixtures.js';
import { chartOf, part, points, provide, testStore, text } from './metric-chart/harness.js';

const MIN = 60_000;

describe('<metric-chart>', function () {
  // axe and Chart.js layout on a shared two-core machine can outrun mocha's 2 s default.
  this.timeout(10_000);
  let store: MetricsStore;
  let source: FakeSource;

  beforeEach(() => {
    ({ store, source } = testStore());
  });
  afterEach(() => store.dispose());

  async function mount(attributes = ''): Promise<MetricChart> {
    const host = await provide(store, html`<metric-chart pipeline-id=${PIPELINE} locale="en-US" time-zone="UTC" series=${attributes}></metric-chart>`);
    const el = host.querySelector('metric-chart')!;
    await el.updateComplete;
    return el;
  }

  async function answer(el: MetricChart, body: unknown): Promise<void> {
    source.last('getHistory').resolve(body);
    await waitUntil(() => !store.history(PIPELINE).state.isFetching, 'history settled');
    await el.updateComplete;
  }

  const now = () => Math.floor(Date.now() / MIN) * MIN - MIN;

  it('shows a busy skeleton until the first history arrives', async () => {
    const el = await mount();
    expect(part(el, 'skeleton')).to.exist;
    expect(part(el, 'base')!.getAttribute('aria-busy')).to.equal('true');
    expect(part(el, 'table-toggle')!.hasAttribute('disabled')).to.equal(true);
    await expect(el).to.be.accessible();
  });

  it('draws every series with a legend picking one at a time, and describes it for screen readers', async () => {
    const el = await mount();
    await answer(el, history(series(now(), 60, MIN, (i) => ({ events_per_second: 100 + i, lag_seconds: i % 7, error_count: i * 60 }))));
    expect(part(el, 'skeleton')).to.equal(null);
    expect(chartOf(el)!.data.datasets.map((d) => d.label)).to.deep.equal(['Events/s', 'Lag', 'Buffer depth', 'Errors/s']);
    expect(points(el, 'Events/s')).to.have.length(60);
    expect(points(el, 'Errors/s').slice(1).every((p) => p.y === 1)).to.equal(true);
    const canvas = part(el, 'canvas')!;
    expect(canvas.getAttribute('role')).to.equal('img');
    // Four series would need four axes: one is shown at a time, the legend picks which.
    expect(canvas.getAttribute('aria-label')).to.equal('Pipeline history: Events/s, last 1 hour (UTC)');
    expect(part(el, 'legend')!.getAttribute('aria-label')).to.equal('Series, one at a time');
    const summary = el.shadowRoot!.getElementById(canvas.getAttribute('aria-describedby')!)!;
    expect(text(summary)).to.contain('Events/s: lowest 100/s, highest 159/s, latest 159/s.');
    const items = el.shadowRoot!.querySelectorAll<HTMLButtonElement>('[part~="legend-item"]');
    expect([...items].map((b) => b.getAttribute('aria-pressed'))).to.deep.equal(['true', 'false', 'false', 'false']);
    items[1]!.click();
    await el.updateComplete;
    expect([...items].map((b) => b.getAttribute('aria-pressed'))).to.deep.equal(['false', 'true', 'false', 'false']);
    expect([0, 1, 2, 3].map((i) => chartOf(el)!.isDatasetVisible(i))).to.deep.equal([false, true, false, false]);
    expect(text(summary)).to.contain('Lag: lowest 0 ms, highest 6 s');
    expect(text(summary)).not.to.contain('Events/s');
    await expect(el).to.be.accessible();
  });

  it('draws missing samples as a gap, never as zero', async () => {
    const el = await mount();
    const t = now();
    await answer(el, history([point(t - 5 * MIN), point(t - 4 * MIN), point(t - MIN), point(t)]));
    const lag = points(el, 'Lag');
    expect(lag.map((p) => p.y)).to.deep.equal([1, 1, NaN, 1, 1]);
    expect(chartOf(el)!.options.spanGaps).to.equal(false);
  });

  it('draws the error counter as a rate that a counter reset cannot turn negative', async () => {
    const el = await mount();
    await answer(el, history(series(now(), 4, MIN, (i) => ({ error_count: [600, 660, 30, 90][i] }))));
    expect(points(el, 'Errors/s').map((p) => p.y)).to.deep.equal([NaN, 1, 0.5, 1]);
  });

  it('decimates a week of one-minute samples to at most two per pixel column, keeping the spike', async () => {
    store.setRange(PIPELINE, { range: '7d' });
    const el = await mount();
    await answer(el, history(series(now(), 10_080, MIN, (i) => ({ lag_seconds: i === 5000 ? 900 : 1 })), '7d'));
    const chart = chartOf(el)!;
    const lag = points(el, 'Lag');
    expect(lag.length).to.be.at.most(2 * chart.width + 2);
    expect(Math.max(...lag.map((p) => p.y))).to.equal(900);
  });

  it('draws only the series named in the series attribute', async () => {
    const host = await provide(store, html`<metric-chart pipeline-id=${PIPELINE} series="lag_seconds, nonsense"></metric-chart>`);
    const el = host.querySelector('metric-chart')!;
    await answer(el, history(series(now(), 3, MIN)));
    expect(el.series).to.deep.equal(['lag_seconds']);
    expect(chartOf(el)!.data.datasets.map((d) => d.label)).to.deep.equal(['Lag']);
    expect(el.shadowRoot!.querySelectorAll('[part~="legend-item"]')).to.have.length(1);
  });

  it('says so when the range holds no samples', async () => {
    const el = await mount();
    await answer(el, history([]));
    expect(text(part(el, 'empty'))).to.equal('No data for this range');
    expect(getComputedStyle(part(el, 'canvas')!).visibility, 'no invented axes').to.equal('hidden');
    await expect(el).to.be.accessible();
  });

  it('shows why a first load failed and retries on request', async () => {
    const el = await mount();
    // A 403 waits for the user: no automatic retry races the button.
    source.last('getHistory').reject(httpError(403, 'Access denied (403).'));
    await waitUntil(() => part(el, 'error') !== null, 'error shown');
    expect(text(part(el, 'error'))).to.contain('Access denied (403).');
    await expect(el).to.be.accessible();
    expect(source.callsTo('getHistory')).to.have.length(1);
    part(el, 'retry')!.click();
    expect(source.callsTo('getHistory')).to.have.length(2);
  });

  it('keeps the last drawn data, marked stale, when a refresh fails', async () => {
    const el = await mount();
    await answer(el, history(series(now(), 30, MIN)));
    const chart = chartOf(el);
    void store.history(PIPELINE).refresh();
    source.last('getHistory').reject(httpError(503, 'Service unavailable (503).'));
    await waitUntil(() => part(el, 'stale') !== null, 'stale note shown');
    expect(chartOf(el)).to.equal(chart);
    expect(points(el, 'Lag')).to.have.length(30);
    expect(text(part(el, 'stale'))).to.match(/^Stale · updated .+: Service unavailable \(503\)\. Retry$/);
    expect(part(el, 'canvas')!.classList.contains('canvas--blank')).to.equal(false);
    await expect(el).to.be.accessible();
  });

  it('says so over a history the server marked partial, still drawing it, and not once a whole one comes', async () => {
    const el = await mount();
    await answer(el, { ...history(series(now(), 30, MIN)), partial: true });
    await waitUntil(() => chartOf(el), 'chart drawn');
    expect(text(part(el, 'partial'))).to.equal('Partial data · the metrics server answered for only part of the series');
    expect(points(el, 'Lag')).to.have.length(30);
    await expect(el).to.be.accessible();
    void store.history(PIPELINE).refresh();
    await answer(el, history(series(now(), 30, MIN)));
    expect(part(el, 'partial')).to.equal(null);
  });

  it('toggles a series from the keyboard through its legend button', async () => {
    const el = await mount('events_per_second lag_seconds');
    await answer(el, history(series(now(), 10, MIN)));
    const lag = el.shadowRoot!.querySelectorAll<HTMLButtonElement>('[part~="legend-item"]')[1]!;
    expect(lag.getAttribute('aria-pressed')).to.equal('true');
    lag.focus();
    await sendKeys({ press: 'Space' });
    await el.updateComplete;
    expect(lag.getAttribute('aria-pressed')).to.equal('false');
    expect(chartOf(el)!.isDatasetVisible(1)).to.equal(false);
    expect(text(part(el, 'summary'))).not.to.contain('Lag');
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(chartOf(el)!.isDatasetVisible(1)).to.equal(true);
  });

  it('shows the drawn data as a table on request', async () => {
    const el = await mount('lag_seconds buffer_depth');
    await answer(el, history(series(now(), 5, MIN, (i) => ({ buffer_depth: i * 1000 }))));
    const toggle = part<HTMLButtonElement>(el, 'table-toggle')!;
    expect(toggle.getAttribute('aria-expanded')).to.equal('false');
    toggle.click();
    await el.updateComplete;
    const table = part(el, 'table')!;
    expect(toggle.getAttribute('aria-expanded')).to.equal('true');
    expect([...table.querySelectorAll('thead th')].map(text)).to.deep.equal(['Time', 'Lag', 'Buffer depth']);
    const rows = [...table.querySelectorAll('tbody tr')];
    expect(rows).to.have.length(5);
    expect([...rows[4]!.querySelectorAll('td')].map(text)).to.deep.equal(['1 s', '4K']);
    expect(text(rows[0]!.querySelector('th'))).to.match(/UTC$/);
    await expect(el).to.be.accessible();
  });

  it('creates one chart per connection and leaves no Chart.js instance behind after 20 mounts', async () => {
    const el = await mount();
    await answer(el, history(series(now(), 10, MIN)));
    const parent = el.parentElement!;
    for (let i = 0; i < 20; i++) {
      el.remove();
      expect(Object.keys(Chart.instances)).to.have.length(0);
      parent.append(el);
      await el.updateComplete;
      expect(Object.keys(Chart.instances)).to.have.length(1);
      expect(points(el, 'Lag')).to.have.length(10);
    }
    parent.remove();
    expect(Object.keys(Chart.instances)).to.have.length(0);
  });
});
