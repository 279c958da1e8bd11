/**
 * Benchmark page for `<metric-chart>`, bundled and driven by `bench/run-chart.mjs`: a week of
 * one-minute history (4 × 10,080 samples) drawn by the element and, as references, by raw
 * Chart.js with default options and with its decimation plugin (uPlot registers itself from
 * `chart-uplot.bench.ts` when the package is installed). Each candidate has an unmeasured
 * `setup`, and measured `render`, `append` and `cycle` operations that resolve once drawn. The
 * element draws with its threshold lines and the shared crosshair on. A second scene, `sweep`,
 * mounts three charts of the week (lag, buffer depth, events/s) on one store and moves a pointer
 * across them: each `move` is one pointer event and the frame it causes.
 */
import { Chart, Decimation, Legend, type ChartConfiguration } from 'chart.js';
import type { ChartPoint } from '../src/elements/metric-chart/chart-options.js';
import { installIntlDateAdapter, intlAdapterOptions } from '../src/elements/metric-chart/date-adapter.js';
import { crosshairFor } from '../src/elements/metric-chart/crosshair.js';
import '../src/elements/metric-chart/metric-chart.js';
import type { MetricChart } from '../src/elements/metric-chart/metric-chart.js';
import type { MetricsHistory, PipelineMetrics } from '../src/schemas/index.js';
import type { DataSource } from '../src/sources/source.js';
import { MetricsStore } from '../src/store/metrics-store.js';
import { TestStoreProvider } from '../test/elements/store-provider.js';
import { liveSnapshot, makeWeek, PIPELINE, type Week } from './chart-data.js';

/** One way of drawing the week. */
export interface Candidate {
  /** Unmeasured: takes the week and builds whatever the candidate needs before drawing. */
  setup(week: Week): void;
  /**
   * Draws the week into `root`; resolves once it is on the canvas, or with `settle` false as
   * soon as the chart exists (an animated chart is then destroyed mid-animation).
   */
  render(root: HTMLElement, settle?: boolean): Promise<void>;
  /** Appends one sample per series to what `render` drew; resolves once drawn. */
  append(): Promise<void>;
  /** Removes what `render` drew, freeing its chart. */
  clear(): void;
}

/** What the runner calls, as `window.chartBench`. */
export interface ChartBench {
  readonly candidates: Map<string, Candidate>;
  /** Unmeasured: a fresh week ending now, handed to `name`'s setup. */
  setup(name: string): void;
  /** Draws `name`'s week; `settle` false resolves before an animation ends (for warm-up). */
  render(name: string, settle?: boolean): Promise<void>;
  append(name: string): Promise<void>;
  /** Unmeasured: lets the clock move past the previous live sample. */
  tick(): Promise<void>;
  /** `count` create/draw/destroy cycles. */
  cycle(name: string, count: number): Promise<void>;
  clear(name: string): void;
  /** Chart.js charts alive on the page. */
  instances(): number;
  /** Unmeasured: mounts three charts of a fresh week on one store; resolves once all are drawn. */
  sweepSetup(): Promise<void>;
  /**
   * Move `i` of `count` of a pointer sweeping the three charts left to right, one after the other;
   * resolves after the frame with the time (ms) the pointer events' handlers took.
   */
  move(i: number, count: number): Promise<number>;
  /** Removes the three charts. */
  sweepClear(): void;
}

declare global {
  interface Window {
    chartBench: ChartBench;
  }
}

// A page that uses Chart.js "with default options" typically registers the legend too.
Chart.register(Legend, Decimation);
// The raw Chart.js references need a date adapter too, whichever candidate runs first.
installIntlDateAdapter();

/** Answers at once, as a warm cache or a fast server would. */
class InstantSource implements DataSource {
  readonly key = `bench-chart:${Math.random()}`;
  readonly capabilities = { errorLog: false, control: false };
  appended = 0;
  constructor(readonly week: Week) {}
  getHistory = (): Promise<MetricsHistory> => Promise.resolve(this.week.history);
  getMetrics = (): Promise<PipelineMetrics> => Promise.resolve(liveSnapshot(this.week, this.appended));
  listPipelines = () => Promise.reject(new Error('unused'));
  getPipeline = () => Promise.reject(new Error('unused'));
  getErrors = () => Promise.reject(new Error('unused'));
  startPipeline = () => Promise.reject(new Error('unused'));
  stopPipeline = () => Promise.reject(new Error('unused'));
}

/** Resolves once `done()` holds, checking after each microtask first and then each task. */
async function until(done: () => boolean): Promise<void> {
  for (let i = 0; i < 200; i++) {
    if (done()) return;
    await Promise.resolve();
  }
  while (!done()) await new Promise((resolve) => setTimeout(resolve, 0));
}

function plotBox(root: HTMLElement): HTMLDivElement {
  const box = document.createElement('div');
  box.style.cssText = 'position:relative;width:1000px;height:400px';
  root.append(box);
  return box;
}

function elementCandidate(): Candidate {
  let week: Week;
  let store: MetricsStore | undefined;
  let source: InstantSource;
  let host: HTMLElement | undefined;
  let el: MetricChart;
  const drawn = () => {
    const canvas = el.shadowRoot?.querySelector('canvas');
    return (canvas && Chart.getChart(canvas)?.data.datasets[0]?.data.length) || 0;
  };
  return {
    setup(w) {
      // A fresh store per setup, so each measured first render fetches; cycles after it reuse
      // the store, as a dashboard that mounts and unmounts charts would.
      store?.dispose();
      store = undefined;
      week = w;
    },
    async render(root) {
      if (!store) {
        source = new InstantSource(week);
        store = new MetricsStore(source, { intervalMs: 0 });
        store.setRange(PIPELINE, { range: '7d' });
      }
      const provider = new TestStoreProvider();
      provider.store = store;
      host = provider;
      el = document.createElement('metric-chart');
      el.pipelineId = PIPELINE;
      // Lag first: the series shown (one at a time past two), with its warning and critical lines.
      el.setAttribute('series', 'lag_seconds events_per_second buffer_depth error_rate');
      // The crosshair on, mid-week: every paint draws it with a dot per shown series.
      crosshairFor(store, PIPELINE).set(week.end - 3.5 * 86_400_000);
      el.style.setProperty('--metric-chart-height', '400px');
      el.style.width = '1000px';
      host.append(el);
      root.append(host);
      await until(() => drawn() > 0);
    },
    async append() {
      const before = drawn();
      source.appended++;
      await store!.metrics(PIPELINE).refresh();
      await until(() => drawn() > before);
    },
    clear() {
      host?.remove();
    },
  };
}

function chartJsCandidate(kind: 'default' | 'decimation'): Candidate {
  let config: () => ChartConfiguration<'line', ChartPoint[]>;
  let chart: Chart<'line', ChartPoint[]> | undefined;
  let box: HTMLElement | undefined;
  let finished: (() => void) | undefined;
  const settled = () => new Promise<void>((resolve) => (finished = resolve));
  return {
    setup(week) {
      const points = week.columns.series.map((s) => s.values.map((y, i) => ({ x: week.columns.x[i]!, y })));
      // Parsing attaches state to the arrays, so each chart gets its own copy of the outer array.
      const datasets = () => week.columns.series.map((s, i) => ({ label: s.label, data: [...points[i]!] }));
      const x = { type: 'time', adapters: { date: intlAdapterOptions(undefined, undefined) } } as const;
      config =
        kind === 'default'
          ? () => ({ type: 'line', data: { datasets: datasets() }, options: { scales: { x }, animation: { onComplete: () => finished?.() } } })
          : () => ({
              type: 'line',
              data: { datasets: datasets().map((d) => ({ ...d, borderWidth: 1, radius: 0 })) },
              options: {
                animation: false,
                parsing: false,
                normalized: true,
                interaction: { mode: 'nearest', axis: 'x', intersect: false },
                plugins: { decimation: { enabled: true, algorithm: 'min-max' } },
                scales: { x: { ...x, ticks: { source: 'auto', maxRotation: 0, autoSkip: true } } },
              },
            });
    },
    async render(root, settle = true) {
      box = plotBox(root);
      const canvas = document.createElement('canvas');
      box.append(canvas);
      const done = settled();
      chart = new Chart(canvas, config());
      if (kind === 'default' && settle) await done;
    },
    async append() {
      const c = chart!;
      c.data.datasets.forEach((dataset, i) => {
        const source = (dataset as { _data?: ChartPoint[] })._data ?? dataset.data;
        const last = source.at(-1)!;
        source.push({ x: last.x + 60_000, y: last.y + i });
      });
      const done = settled();
      if (kind === 'default') {
        c.update();
        await done;
      } else c.update('none');
    },
    clear() {
      chart?.destroy();
      chart = undefined;
      box?.remove();
    },
  };
}

const candidates = new Map<string, Candidate>([
  ['metric-chart', elementCandidate()],
  ['Chart.js default', chartJsCandidate('default')],
  ['Chart.js + decimation', chartJsCandidate('decimation')],
]);

const root = () => document.getElementById('root') ?? document.body;
const candidate = (name: string) => {
  const found = candidates.get(name);
  if (!found) throw new Error(`no candidate ${name}`);
  return found;
};

/** The three charts of the sweep and their store. */
let sweep: { store: MetricsStore; host: HTMLElement; charts: MetricChart[] } | undefined;

async function sweepSetup(): Promise<void> {
  const week = makeWeek(Date.now() - 30_000);
  const store = new MetricsStore(new InstantSource(week), { intervalMs: 0 });
  store.setRange(PIPELINE, { range: '7d' });
  const host = new TestStoreProvider();
  host.store = store;
  const charts = ['lag_seconds', 'buffer_depth', 'events_per_second'].map((series) => {
    const el = document.createElement('metric-chart');
    el.pipelineId = PIPELINE;
    el.setAttribute('series', series);
    el.style.cssText = 'display:block;width:1000px;--metric-chart-height:240px';
    host.append(el);
    return el;
  });
  root().append(host);
  await until(() => charts.every((el) => Chart.getChart(el.shadowRoot!.querySelector('canvas')!)?.data.datasets[0]?.data.length));
  sweep = { store, host, charts };
}

async function move(i: number, count: number): Promise<number> {
  const { charts } = sweep!;
  const perChart = Math.ceil(count / charts.length);
  const canvas = charts[Math.min(charts.length - 1, Math.floor(i / perChart))]!.shadowRoot!.querySelector('canvas')!;
  const box = canvas.getBoundingClientRect();
  const f = ((i % perChart) + 0.5) / perChart;
  const init = { clientX: box.left + 60 + f * (box.width - 120), clientY: box.top + box.height / 2, bubbles: true, composed: true };
  // What a real pointer sends: our crosshair listens to pointer events, Chart.js' tooltip to mouse events.
  const start = performance.now();
  canvas.dispatchEvent(new PointerEvent('pointermove', { ...init, pointerId: 1, isPrimary: true }));
  canvas.dispatchEvent(new MouseEvent('mousemove', init));
  const handlers = performance.now() - start;
  await new Promise(requestAnimationFrame);
  return handlers;
}

window.chartBench = {
  sweepSetup,
  move,
  sweepClear: () => {
    sweep?.host.remove();
    sweep?.store.dispose();
    sweep = undefined;
  },
  candidates,
  setup: (name) => {
    // Nothing returned: the runner would serialise the whole week back to Node.
    candidate(name).setup(makeWeek(Date.now() - 30_000));
  },
  render: (name, settle) => candidate(name).render(root(), settle),
  append: (name) => candidate(name).append(),
  tick: () => new Promise((resolve) => setTimeout(resolve, 2)),
  async cycle(name, count) {
    const c = candidate(name);
    for (let i = 0; i < count; i++) {
      await c.render(root(), false);
      c.clear();
    }
  },
  clear: (name) => candidate(name).clear(),
  instances: () => Object.keys(Chart.instances).length,
};
