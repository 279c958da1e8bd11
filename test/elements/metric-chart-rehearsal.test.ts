/**
 * The rehearsal of a page's first chart (build-queue.ts, chart-view.ts): Chart.js' code runs
 * once off the page, in tasks of their own, before the first real chart is built. Only a page's
 * first chart rehearses, so this file is the only one whose page starts with it.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { html } from 'lit';
import { Chart, type Plugin } from 'chart.js';
import '../../src/elements/metric-chart/metric-chart.js';
import type { MetricChart } from '../../src/elements/metric-chart/metric-chart.js';
import type { MetricsStore } from '../../src/store/metrics-store.js';
import type { FakeSource } from '../store/fake-source.js';
import { history, PIPELINE, series } from './metric-chart/fixtures.js';
import { chartOf, provide, testStore } from './metric-chart/harness.js';

const MIN = 60_000;

describe('<metric-chart>, the first of a page', function () {
  this.timeout(10_000);
  let store: MetricsStore;
  let source: FakeSource;
  /** What Chart.js did, in order and grouped by the task it was done in, and whether on a canvas in the page. */
  const tasks: string[][] = [];
  const seen = (): string[] => tasks.flat();
  // A message of our own, posted at a task's first event, is delivered before the rehearsal's
  // next step (posted after it, in the same task source): it closes the group.
  const boundary = new MessageChannel();
  let open = false;
  boundary.port1.onmessage = () => (open = false);
  const note = (what: string, chart: Chart): void => {
    if (!open) {
      tasks.push([]);
      open = true;
      boundary.port2.postMessage(undefined);
    }
    tasks.at(-1)!.push(`${what} ${chart.canvas.isConnected ? 'page' : 'off the page'}`);
  };
  const probe: Plugin = {
    id: 'rehearsal-probe',
    beforeInit: (chart) => note('configured', chart),
    afterLayout: (chart) => note('laid out', chart),
    afterRender: (chart) => note('drawn', chart),
    beforeDestroy: (chart) => note('dropped', chart),
  };

  before(() => Chart.register(probe));
  after(() => Chart.unregister(probe));
  beforeEach(() => ({ store, source } = testStore()));
  afterEach(() => store.dispose());

  async function mount(): Promise<MetricChart> {
    const host = await provide(store, html`<metric-chart pipeline-id=${PIPELINE} locale="en-US" time-zone="UTC" series="lag_seconds"></metric-chart>`);
    return host.querySelector('metric-chart')!;
  }

  async function answer(el: MetricChart): Promise<void> {
    const now = Math.floor(Date.now() / MIN) * MIN - MIN;
    source.last('getHistory').resolve(history(series(now, 30, MIN, (i) => ({ lag_seconds: i % 5 }))));
    await waitUntil(() => chartOf(el), 'the chart is built');
  }

  it('rehearses off the page while its history loads, then builds only the real chart', async () => {
    const el = await mount();
    await waitUntil(() => seen().length === 6, 'the rehearsal ran', { timeout: 5_000 });
    expect(tasks, 'configured, then laid out, then drawn, each in a task of its own; none in the page').to.deep.equal([
      ['configured off the page', 'dropped off the page'],
      ['configured off the page'],
      ['laid out off the page'],
      ['drawn off the page', 'dropped off the page'],
    ]);
    expect(Object.keys(Chart.instances), 'no chart left behind').to.have.length(0);
    expect(source.callsTo('getHistory'), 'still waiting for the history').to.have.length(1);

    await answer(el);
    expect(seen().slice(6)).to.deep.equal(['configured page', 'laid out page', 'drawn page']);
    expect(Object.keys(Chart.instances)).to.have.length(1);
  });

  it('does not rehearse again for the next chart of the page', async () => {
    tasks.length = 0;
    open = false;
    const el = await mount();
    await answer(el);
    expect(seen()).to.deep.equal(['configured page', 'laid out page', 'drawn page']);
  });
});
