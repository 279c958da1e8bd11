/**
 * Pausing as a browser drives it, with no fake event source: a `<pipeline-metrics-grid>` on the
 * page reads the real simulator, and the test changes the real `document.visibilityState` and
 * `navigator.onLine` first and then fires the real events, in that order, as Chromium does.
 * Requests are counted where the page sends them (`window.fetch`); time is faked.
 */
import { expect, fixture, html } from '@open-wc/testing';
import sinon from 'sinon';
import '../../src/elements/pipeline-metrics-grid/pipeline-metrics-grid.js';
import type { PipelineMetricsGrid } from '../../src/elements/pipeline-metrics-grid/pipeline-metrics-grid.js';
import { setVisibility } from './fake-source.js';

/** What a browser does when the network goes or returns: `onLine` changes, then the event fires. */
function setOnline(online: boolean): void {
  Object.defineProperty(navigator, 'onLine', { configurable: true, get: () => online });
  window.dispatchEvent(new Event(online ? 'online' : 'offline'));
}

function restoreBrowserState(): void {
  delete (document as { visibilityState?: unknown }).visibilityState;
  delete (document as { hidden?: unknown }).hidden;
  delete (navigator as { onLine?: unknown }).onLine;
}

describe('pausing on the real document and window', function () {
  this.timeout(20_000);

  let clock: sinon.SinonFakeTimers;
  let metricsRequests: string[];
  let realFetch: typeof fetch;
  let pipelineId: string;

  // Captured before the clock is faked: the simulator's answers travel in real time.
  const realSetTimeout = window.setTimeout.bind(window);

  /** Waits in real time until the grid shows the answer to its latest request. */
  async function answered(el: PipelineMetricsGrid): Promise<void> {
    for (let i = 0; i < 200; i++) {
      const card = el.shadowRoot!.querySelector('metric-card');
      if (card?.value !== undefined && !el.store!.isFetching) return;
      await new Promise((resolve) => realSetTimeout(resolve, 10));
    }
    throw new Error('the grid never showed the metrics');
  }

  async function grid(): Promise<PipelineMetricsGrid> {
    const el = await fixture<PipelineMetricsGrid>(html`<pipeline-metrics-grid endpoint="/api/v1" pipeline-id=${pipelineId}></pipeline-metrics-grid>`);
    await answered(el);
    return el;
  }

  beforeEach(async () => {
    await fetch('/__sim/reset', { method: 'POST' });
    const { pipelines } = (await (await fetch('/api/v1/pipelines')).json()) as { pipelines: { id: string; status: string }[] };
    pipelineId = pipelines.find((p) => p.status === 'running')!.id;
    metricsRequests = [];
    realFetch = window.fetch;
    window.fetch = (input, init) => {
      const url = String(input instanceof Request ? input.url : input);
      // The metrics snapshot, not its history (the grid also reads the range's history).
      if (/\/metrics(\?|$)/.test(url)) metricsRequests.push(url);
      return realFetch(input, init);
    };
    clock = sinon.useFakeTimers({ now: Date.now(), toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'Date'] });
  });

  afterEach(() => {
    clock.restore();
    window.fetch = realFetch;
    restoreBrowserState();
  });

  for (const intervalMs of [1000, 15_000]) {
    it(`stops polling on the first hide, at a ${intervalMs / 1000} s interval`, async () => {
      const el = await grid();
      el.store!.setInterval(intervalMs);
      expect(metricsRequests).to.have.length(1);
      await clock.tickAsync(intervalMs / 4);
      setVisibility('hidden');
      await clock.tickAsync(60_000);
      expect(metricsRequests, 'no request while hidden').to.have.length(1);
    });
  }

  it('fetches at once when shown with data older than the interval, and waits when it is fresh', async () => {
    await grid();
    setVisibility('hidden');
    await clock.tickAsync(5000);
    setVisibility('visible');
    await clock.tickAsync(1000);
    expect(metricsRequests, 'fresh data: no request on show').to.have.length(1);

    setVisibility('hidden');
    await clock.tickAsync(30_000);
    expect(metricsRequests).to.have.length(1);
    setVisibility('visible');
    await clock.tickAsync(1000);
    expect(metricsRequests, 'stale data: a request within 1 s of showing').to.have.length(2);
  });

  it('sends nothing while offline and fetches within 1 s of coming back online', async () => {
    await grid();
    setOnline(false);
    await clock.tickAsync(60_000);
    expect(metricsRequests, 'no request while offline').to.have.length(1);
    setOnline(true);
    await clock.tickAsync(1000);
    expect(metricsRequests, 'a request within 1 s of coming online').to.have.length(2);
  });

  it('keeps polling at the interval while visible and online', async () => {
    await grid();
    await clock.tickAsync(15_000);
    expect(metricsRequests).to.have.length(2);
  });
});
