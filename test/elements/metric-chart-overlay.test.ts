import { expect, waitUntil } from '@open-wc/testing';
import { html } from 'lit';
import { resetMouse, sendMouse } from '@web/test-runner-commands';
import '../../src/elements/metric-chart/metric-chart.js';
import type { MetricChart } from '../../src/elements/metric-chart/metric-chart.js';
import type { MetricsStore } from '../../src/store/metrics-store.js';
import type { FakeSource } from '../store/fake-source.js';
import { history, PIPELINE, series } from './metric-chart/fixtures.js';
import { chartOf, inked, part, provide, testStore, text } from './metric-chart/harness.js';

const MIN = 60_000;
const END = Date.UTC(2026, 0, 1, 12);

describe('<metric-chart> thresholds, crosshair and time zone', function () {
  this.timeout(10_000);
  let store: MetricsStore;
  let source: FakeSource;

  beforeEach(() => {
    ({ store, source } = testStore());
  });
  afterEach(async () => {
    await resetMouse();
    store.dispose();
  });

  async function answer(el: MetricChart, body: unknown): Promise<void> {
    source.last('getHistory').resolve(body);
    await waitUntil(() => !store.history(PIPELINE).state.isFetching, 'history settled');
    await el.updateComplete;
    await waitUntil(() => chartOf(el), 'chart drawn');
  }

  const levels = (el: MetricChart) => [...el.shadowRoot!.querySelectorAll('[part~="legend-threshold"]')].map(text);

  it('draws the lag levels the cards use, labelled and in the legend, and keeps the warning in view', async () => {
    const host = await provide(store, html`<metric-chart pipeline-id=${PIPELINE} locale="en-US" time-zone="UTC" series="lag_seconds"></metric-chart>`);
    const el = host.querySelector('metric-chart')!;
    await answer(el, history(series(END, 30, MIN, () => ({ lag_seconds: 1 }))));
    expect(levels(el)).to.deep.equal(['Lag warning · 5 s', 'Lag critical · 30 s']);
    const scale = chartOf(el)!.scales['y-lag_seconds']!;
    expect(scale.max, 'a 1 s lag still shows where 5 s would be').to.be.at.least(5);
    await expect(el).to.be.accessible();
  });

  it('honours the thresholds property and lets the attributes win; a disabled level is not drawn', async () => {
    const host = await provide(
      store,
      html`<metric-chart pipeline-id=${PIPELINE} locale="en-US" time-zone="UTC" series="lag_seconds buffer_depth" lag-warning="7"
        .thresholds=${{ lagWarning: 12, lagCritical: Infinity, bufferWarning: 2000 }}></metric-chart>`,
    );
    const el = host.querySelector('metric-chart')!;
    await answer(el, history(series(END, 30, MIN, () => ({ lag_seconds: 20, buffer_depth: 100 }))));
    expect(levels(el)).to.deep.equal(['Lag warning · 7 s', 'Buffer depth warning · 2K', 'Buffer depth critical · 8K']);
    const chart = chartOf(el)!;
    // The warning line is painted across the plot, dashed: most of its row is ink.
    const y = chart.scales['y-lag_seconds']!.getPixelForValue(7);
    expect(inked(el, { y })).to.be.above(0.15);
    expect(inked(el, { y: chart.scales['y-lag_seconds']!.getPixelForValue(13) }), 'no line where no level is').to.be.below(0.05);
    el.lagWarning = undefined;
    await el.updateComplete;
    expect(levels(el)[0]).to.equal('Lag warning · 12 s');
  });

  it('steps a lag axis by round durations', async () => {
    const host = await provide(store, html`<metric-chart pipeline-id=${PIPELINE} locale="en-US" time-zone="UTC" series="lag_seconds"></metric-chart>`);
    const el = host.querySelector('metric-chart')!;
    await answer(el, history(series(END, 30, MIN, (i) => ({ lag_seconds: i * 5 }))));
    const ticks = chartOf(el)!.scales['y-lag_seconds']!.ticks.map((t) => t.value);
    expect(ticks.length).to.be.above(2);
    expect(ticks.every((v) => v % 30 === 0), ticks.join()).to.equal(true);
  });

  it('states the time zone on the axis: an IANA name, or the viewer\'s for local', async () => {
    const host = await provide(
      store,
      html`<metric-chart pipeline-id=${PIPELINE} locale="en-US" time-zone="Europe/Berlin" series="lag_seconds"></metric-chart>`,
    );
    const el = host.querySelector('metric-chart')!;
    await answer(el, history(series(END, 30, MIN)));
    const title = () => (chartOf(el)!.options.scales!['x'] as { title: { text: string } }).title.text;
    expect(title()).to.equal('Time (Europe/Berlin)');
    // 12:00 UTC is 13:00 in Berlin: the last tick reads Berlin's wall clock.
    expect(chartOf(el)!.scales['x']!.ticks.at(-1)!.label).to.equal('1:00 PM');
    el.timeZone = 'local';
    await el.updateComplete;
    expect(title()).to.equal(`Time (${new Intl.DateTimeFormat().resolvedOptions().timeZone})`);
  });

  it("shares one crosshair among a pipeline's charts: one time, each chart its own value", async () => {
    const host = await provide(
      store,
      html`<metric-chart pipeline-id=${PIPELINE} locale="en-US" time-zone="UTC" series="lag_seconds"></metric-chart>
        <metric-chart pipeline-id=${PIPELINE} locale="en-US" time-zone="UTC" series="buffer_depth"></metric-chart>`,
    );
    const [lag, buffer] = [...host.querySelectorAll('metric-chart')] as [MetricChart, MetricChart];
    source.last('getHistory').resolve(history(series(END, 61, MIN, (i) => ({ lag_seconds: i === 29 ? 42 : 1, buffer_depth: 100 + i }))));
    await waitUntil(() => chartOf(lag) && chartOf(buffer), 'both drawn');
    const chart = chartOf(lag)!;
    const box = part(lag, 'canvas')!.getBoundingClientRect();
    // 11:29, off the 11:30 grid line, so only the crosshair can ink that column.
    const at = END - 31 * MIN;
    const x = chart.scales['x']!.getPixelForValue(at);
    await sendMouse({ type: 'move', position: [Math.round(box.left + x), Math.round(box.top + (chart.chartArea.top + chart.chartArea.bottom) / 2)] });
    await waitUntil(() => text(part(buffer, 'readout')) !== '', 'the other chart follows');
    expect(text(part(lag, 'readout'))).to.equal('11:29:00 AM · Lag 42 s');
    expect(text(part(buffer, 'readout'))).to.equal('11:29:00 AM · Buffer depth 129');
    // The other chart paints the vertical line at the same instant.
    const bx = chartOf(buffer)!.scales['x']!.getPixelForValue(at);
    expect(inked(buffer, { x: bx }, 'crosshair')).to.be.above(0.9);
    expect(inked(buffer, { x: bx + 7 }, 'crosshair'), 'only there').to.be.below(0.05);
    await sendMouse({ type: 'move', position: [0, 0] });
    await waitUntil(() => text(part(buffer, 'readout')) === '', 'the crosshair goes when the pointer leaves');
    expect(text(part(lag, 'readout'))).to.equal('');
    expect(inked(buffer, { x: bx }, 'crosshair')).to.equal(0);
  });
});
