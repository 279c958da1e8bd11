import { expect, waitUntil } from '@open-wc/testing';
import { html } from 'lit';
import { resetMouse, sendMouse } from '@web/test-runner-commands';
import sinon from 'sinon';
import '../../src/elements/metric-chart/metric-chart.js';
import '../../src/elements/time-range-selector/time-range-selector.js';
import type { MetricChart } from '../../src/elements/metric-chart/metric-chart.js';
import type { RangeChangeEvent } from '../../src/elements/time-range-selector/range-change.js';
import type { HistoryRange } from '../../src/sources/source.js';
import type { MetricsStore } from '../../src/store/metrics-store.js';
import type { FakeSource } from '../store/fake-source.js';
import { history, PIPELINE, series, snapshot } from './metric-chart/fixtures.js';
import { chartOf, part, points, provide, testStore } from './metric-chart/harness.js';

const MIN = 60_000;

describe('<metric-chart> interaction', function () {
  this.timeout(10_000);
  let store: MetricsStore;
  let source: FakeSource;

  beforeEach(() => {
    ({ store, source } = testStore());
  });
  afterEach(async () => {
    await resetMouse();
    sinon.restore();
    store.dispose();
  });

  async function mount(attributes: { timeZone?: string; locale?: string; series?: string } = {}): Promise<MetricChart> {
    const host = await provide(
      store,
      html`<metric-chart pipeline-id=${PIPELINE} locale=${attributes.locale ?? 'en-US'} time-zone=${attributes.timeZone ?? 'UTC'}
        series=${attributes.series ?? ''}></metric-chart>`,
    );
    return host.querySelector('metric-chart')!;
  }

  async function answerHistory(el: MetricChart, body: unknown): Promise<void> {
    source.last('getHistory').resolve(body);
    await waitUntil(() => !store.history(PIPELINE).state.isFetching, 'history settled');
    // The page's first chart is built after the rehearsal's steps, which may still be running.
    await waitUntil(() => chartOf(el), 'the chart is built');
    await el.updateComplete;
  }

  /** Drags across the canvas from `from` to `to`, as fractions of the plot's width. */
  function drag(el: MetricChart, from: number, to: number): void {
    const canvas = part(el, 'canvas')!;
    const area = chartOf(el)!.chartArea;
    const box = canvas.getBoundingClientRect();
    const y = box.top + (area.top + area.bottom) / 2;
    const x = (f: number) => box.left + area.left + f * (area.right - area.left);
    const event = (type: string, f: number) =>
      new PointerEvent(type, { clientX: x(f), clientY: y, pointerId: 7, isPrimary: true, button: 0, bubbles: true, composed: true });
    canvas.dispatchEvent(event('pointerdown', from));
    canvas.dispatchEvent(event('pointermove', (from + to) / 2));
    expect(part(el, 'selection')!.hidden, 'the selection box shows while dragging').to.equal(false);
    canvas.dispatchEvent(event('pointermove', to));
    canvas.dispatchEvent(event('pointerup', to));
  }

  it('zooms to the dragged span with one range change in the shared store and one event', async () => {
    const el = await mount();
    const end = Date.UTC(2026, 0, 1, 12);
    await answerHistory(el, history(series(end, 61, MIN)));
    const setRange = sinon.spy(store, 'setRange');
    const events: RangeChangeEvent[] = [];
    el.addEventListener('pm-range-change', (e) => events.push(e));
    drag(el, 0.25, 0.75);
    expect(setRange.callCount).to.equal(1);
    expect(events).to.have.length(1);
    const range = store.getRange(PIPELINE) as { start: Date; end: Date };
    expect(events[0]!.detail).to.deep.equal({ pipelineId: PIPELINE, range });
    expect(events[0]!.bubbles && events[0]!.composed).to.equal(true);
    expect(range.start.getTime()).to.be.closeTo(end - 45 * MIN, MIN);
    expect(range.end.getTime()).to.be.closeTo(end - 15 * MIN, MIN);
    expect(part(el, 'selection')!.hidden).to.equal(true);
    await el.updateComplete;
    expect(chartOf(el)!.scales.x!.min).to.equal(range.start.getTime(), 'the old data is shown zoomed at once');
    expect(source.last('getHistory').args[1]).to.deep.equal(range, 'and the zoomed window is fetched');
  });

  it('treats a click or a tiny drag as no zoom', async () => {
    const el = await mount();
    await answerHistory(el, history(series(Date.UTC(2026, 0, 1, 12), 61, MIN)));
    const setRange = sinon.spy(store, 'setRange');
    const canvas = part(el, 'canvas')!;
    const box = canvas.getBoundingClientRect();
    const at = { clientX: box.left + box.width / 2, clientY: box.top + box.height / 2, pointerId: 3, isPrimary: true };
    canvas.dispatchEvent(new PointerEvent('pointerdown', at));
    canvas.dispatchEvent(new PointerEvent('pointerup', { ...at, clientX: at.clientX + 2 }));
    expect(setRange.callCount).to.equal(0);
  });

  it('resets the zoom to the range in force before it, with one more event', async () => {
    const el = await mount();
    await answerHistory(el, history(series(Date.UTC(2026, 0, 1, 12), 61, MIN)));
    const before: HistoryRange = store.getRange(PIPELINE);
    drag(el, 0.1, 0.5);
    await el.updateComplete;
    const events: RangeChangeEvent[] = [];
    el.addEventListener('pm-range-change', (e) => events.push(e));
    part(el, 'reset-zoom')!.click();
    await el.updateComplete;
    expect(store.getRange(PIPELINE)).to.deep.equal(before);
    expect(events.map((e) => e.detail.range)).to.deep.equal([before]);
    expect(part(el, 'reset-zoom')).to.equal(null);
  });

  it('forgets its zoom when another element changes the shared range', async () => {
    const el = await mount();
    await answerHistory(el, history(series(Date.UTC(2026, 0, 1, 12), 61, MIN)));
    drag(el, 0.1, 0.5);
    await el.updateComplete;
    expect(part(el, 'reset-zoom')).to.exist;
    store.setRange(PIPELINE, { range: '6h' });
    await el.updateComplete;
    expect(part(el, 'reset-zoom')).to.equal(null);
  });

  it('appends live snapshots in place between history refetches, with no new chart and no animation', async () => {
    const el = await mount();
    // The newest sample is less than 1.5 steps old, so the snapshot continues the line without a gap.
    await answerHistory(el, history(series(Date.now() - 30_000, 30, MIN)));
    const chart = chartOf(el)!;
    const lag = points(el, 'Lag');
    expect(chart.options.animation).to.equal(false);
    source.last('getMetrics').resolve(snapshot({ lag_seconds: 42 }));
    await waitUntil(() => lag.length === 31, 'the snapshot is appended');
    expect(chartOf(el)).to.equal(chart);
    expect(points(el, 'Lag')).to.equal(lag, 'the same array, mutated');
    expect(lag.at(-1)!.y).to.equal(42);
    expect(chart.scales.x!.max).to.equal(lag.at(-1)!.x, 'the window follows the newest sample');
    expect(source.callsTo('getHistory')).to.have.length(1);
  });

  it('does not append live snapshots to a window that ended in the past', async () => {
    store.setRange(PIPELINE, { start: new Date(Date.UTC(2025, 0, 1)), end: new Date(Date.UTC(2025, 0, 1, 1)) });
    await mount();
    expect(source.callsTo('getMetrics')).to.have.length(0);
  });

  it("labels a time axis across a DST change in the chart's time zone without a false hour", async () => {
    const el = await mount({ timeZone: 'Europe/Berlin', locale: 'en-GB', series: 'lag_seconds' });
    store.setRange(PIPELINE, { start: new Date(Date.UTC(2024, 2, 30, 21)), end: new Date(Date.UTC(2024, 2, 31, 4)) });
    await el.updateComplete;
    await answerHistory(el, history(series(Date.UTC(2024, 2, 31, 4), 421, MIN)));
    const labels = chartOf(el)!.scales.x!.ticks.map((t) => String(t.label));
    expect(labels).to.include('31 Mar', 'midnight is a major tick with the date');
    expect(labels.slice(labels.indexOf('31 Mar'), labels.indexOf('31 Mar') + 3)).to.deep.equal(['31 Mar', '01:00', '03:00']);
    expect(labels.filter((l) => l.startsWith('02:'))).to.deep.equal([], 'no 02:xx exists in Berlin that night');
    expect(new Set(labels).size).to.equal(labels.length);
  });

  it('keeps a selector and two charts on one store on one range, whoever changes it', async () => {
    const host = await provide(store, html`<div>
      <time-range-selector pipeline-id=${PIPELINE}></time-range-selector>
      <metric-chart pipeline-id=${PIPELINE}></metric-chart>
      <metric-chart pipeline-id=${PIPELINE} series="lag_seconds"></metric-chart>
    </div>`);
    const selector = host.querySelector('time-range-selector')!;
    const [chart] = [...host.querySelectorAll('metric-chart')];
    await answerHistory(chart!, history(series(Date.UTC(2026, 0, 1, 12), 61, MIN)));
    selector.shadowRoot!.querySelectorAll<HTMLButtonElement>('[part~="preset"]')[2]!.click();
    expect(source.callsTo('getHistory').at(-1)!.args[1], 'one shared history query for both charts').to.deep.equal({ range: '6h' });
    expect(source.callsTo('getHistory').filter((c) => (c.args[1] as { range?: string }).range === '6h')).to.have.length(1);
    source.last('getHistory').resolve(history(series(Date.UTC(2026, 0, 1, 12), 61, 6 * MIN), '6h'));
    await waitUntil(() => !store.history(PIPELINE).state.isFetching, 'history settled');
    drag(chart!, 0.5, 0.9);
    await selector.updateComplete;
    expect(selector.shadowRoot!.querySelector('[aria-pressed="true"]'), 'no preset: a custom window').to.equal(null);
    expect(store.getRange(PIPELINE)).to.have.property('start');
  });

  it('says the time and every shown series at the pointer, formatted with its unit, and "—" over a gap', async () => {
    const el = await mount({ series: 'events_per_second lag_seconds' });
    const end = Date.UTC(2026, 0, 1, 12);
    const points = series(end, 61, MIN, (i) => ({ events_per_second: 1500, lag_seconds: 2.5, buffer_depth: 1234, error_count: i * 30 }));
    // Ten minutes missing in the middle: the pointer over them finds no sample close enough.
    await answerHistory(el, history([...points.slice(0, 25), ...points.slice(35)]));
    const chart = chartOf(el)!;
    const canvas = part(el, 'canvas')!;
    const hover = async (at: number) => {
      const box = canvas.getBoundingClientRect();
      const x = box.left + chart.scales.x!.getPixelForValue(at);
      const y = box.top + (chart.chartArea.top + chart.chartArea.bottom) / 2;
      await sendMouse({ type: 'move', position: [Math.round(x), Math.round(y)] });
    };
    const readout = () => part(el, 'readout')!.textContent;
    await hover(end - 10 * MIN);
    expect(readout()).to.equal('11:50:00 AM · Events/s 1.5K/s · Lag 2.5 s');
    await hover(end - 30 * MIN);
    expect(readout()).to.equal('11:30:00 AM · Events/s — · Lag —');
    // Chart.js listens to nothing: no tooltip repaints the chart at each move.
    expect(chart.options.events).to.deep.equal([]);
  });
});
