/**
 * `<pipeline-list>` and `<pipeline-dashboard>` as the demo uses them, given only an endpoint,
 * against the real simulator the test server mounts at `/api/v1`.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import sinon from 'sinon';
import '../../src/elements/pipeline-dashboard/pipeline-dashboard.js';
import '../../src/elements/pipeline-list/pipeline-list.js';
import type { PipelineElement } from '../../src/elements/base/pipeline-element.js';
import type { PipelineDashboard } from '../../src/elements/pipeline-dashboard/pipeline-dashboard.js';
import type { PipelineListElement } from '../../src/elements/pipeline-list/pipeline-list.js';
import { part, parts, revealed, spoken } from './element-harness.js';

type FleetName = 'orders-cdc' | 'inventory-sync' | 'billing-events' | 'analytics-replica';

// Captured before any test fakes the clock: the simulator answers in real time.
const realTurn = window.setTimeout.bind(window);

/** Waits for `condition` one animation frame at a time: frames keep running under fake timers. */
async function frames(condition: () => boolean, what: string): Promise<void> {
  for (let i = 0; i < 600; i++) {
    if (condition()) return;
    await new Promise((resolve) => requestAnimationFrame(resolve));
  }
  throw new Error(`not within 600 frames: ${what}`);
}

describe('composed elements against the simulator', function () {
  this.timeout(20_000);

  let ids: Record<FleetName, string>;
  beforeEach(async () => {
    await fetch('/__sim/reset', { method: 'POST' });
    const { pipelines } = (await (await fetch('/api/v1/pipelines')).json()) as { pipelines: { id: string; name: FleetName }[] };
    ids = Object.fromEntries(pipelines.map((p) => [p.name, p.id])) as Record<FleetName, string>;
  });
  afterEach(async () => {
    sinon.restore();
    await fetch('/__sim/faults', { method: 'DELETE' });
  });

  describe('<pipeline-list>', () => {
    const row = (el: PipelineListElement, name: FleetName) =>
      el.shadowRoot!.querySelector<HTMLElement>(`[part~="row"][data-id="${ids[name]}"]`)!;
    const control = (el: PipelineListElement, name: FleetName, button: string) =>
      row(el, name).querySelector<HTMLElement>(`[part~="${button}"]`)!;
    const badge = (el: PipelineListElement, name: FleetName) => spoken(row(el, name).querySelector('[part~="badge"]'));

    async function list(): Promise<PipelineListElement> {
      const el = await fixture<PipelineListElement>(html`<pipeline-list endpoint="/api/v1"></pipeline-list>`);
      await waitUntil(() => el.shadowRoot!.querySelectorAll('[part~="row"]').length === 4, 'the fleet loads');
      return el;
    }

    it('shows the fleet with live metrics for the running pipelines', async () => {
      const el = await list();
      await waitUntil(() => spoken(row(el, 'orders-cdc').querySelector('[part~="events"]')).match(/\d\/s$/), 'metrics arrive');
      expect(badge(el, 'billing-events')).to.equal('Status: Error');
      expect(spoken(row(el, 'billing-events').querySelector('[part~="error-message"]'))).to.contain('replication slot');
      await expect(el).to.be.accessible();
    });

    it('starts a stopped pipeline from its row, which then reports starting', async () => {
      const el = await list();
      control(el, 'analytics-replica', 'start').click();
      await waitUntil(() => spoken(part(el, 'announcement')) === 'analytics-replica: start accepted, starting…', 'the start is accepted');
      await waitUntil(() => badge(el, 'analytics-replica') === 'Status: Starting', 'the new status is fetched');
    });

    it('stops a running pipeline after confirmation, and shows the server’s refusal of a second stop', async () => {
      const el = await list();
      control(el, 'orders-cdc', 'stop').click();
      part(el, 'confirm')!.click();
      await waitUntil(() => spoken(part(el, 'announcement')) === 'orders-cdc: stop accepted, stopping…', 'the stop is accepted');
      await waitUntil(() => badge(el, 'orders-cdc') === 'Status: Stopping', 'the new status is fetched');
      await fetch(`/api/v1/pipelines/${ids['inventory-sync']}/stop`, { method: 'POST' });
      control(el, 'inventory-sync', 'stop').click();
      part(el, 'confirm')!.click();
      await waitUntil(() => spoken(part(el, 'announcement')).startsWith('Could not stop inventory-sync'), 'the refusal is announced');
      expect(spoken(part(el, 'announcement'))).to.contain('pipeline is already stopped');
    });
  });

  describe('<pipeline-dashboard>', () => {
    // Tall enough for every section of two dashboards to be near the viewport, so each is rendered.
    before(() => setViewport({ width: 1000, height: 3000 }));
    after(() => setViewport({ width: 800, height: 600 }));

    const pathOf = (input: unknown) => new URL(input instanceof Request ? input.url : String(input), location.href).pathname;

    /**
     * Serves the simulator under `/elsewhere/api/v1` too. The elements inside a dashboard default
     * to `/api/v1`: any request there would come from a store the dashboard did not provide.
     */
    function elsewhere(): sinon.SinonStub {
      const realFetch = window.fetch.bind(window);
      return sinon.stub(window, 'fetch').callsFake((input, init) => {
        const url = new URL(pathOf(input).replace(/^\/elsewhere/, ''), location.href);
        return realFetch(url, init);
      });
    }

    it('provides the store it holds to every element inside: one request per resource per interval', async () => {
      const clock = sinon.useFakeTimers({
        now: Date.now(),
        toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'Date'],
        shouldClearNativeTimers: true,
      });
      const fetched = elsewhere();
      const count = (pattern: RegExp) => fetched.getCalls().filter((call) => pattern.test(pathOf(call.args[0]))).length;
      const el = await fixture<PipelineDashboard>(
        html`<pipeline-dashboard endpoint="/elsewhere/api/v1" pipeline-id=${ids['orders-cdc']}></pipeline-dashboard>`,
      );
      await revealed(el);
      const inside = [...el.shadowRoot!.querySelectorAll<PipelineElement>('*')].filter((node) => node.localName.includes('-'));
      expect(inside, "status, alert badge, auto-refresh, range, grid, alerts, three charts, tables, log").to.have.length(11);
      expect(inside.every((child) => child.store === el.store)).to.equal(true);

      const metrics = /\/pipelines\/[^/]+\/metrics$/;
      await frames(() => fetched.callCount >= 4 && !el.store!.isFetching, 'the first answers arrive');
      expect([count(metrics), count(/\/metrics\/history$/), count(/\/pipelines\/[^/]+$/), count(/\/errors$/)]).to.deep.equal([1, 1, 1, 1]);

      clock.tick(15_000);
      await frames(() => count(metrics) === 2 && !el.store!.isFetching, 'the next poll');
      expect([count(metrics), count(/\/pipelines\/[^/]+$/)], 'one metrics and one pipeline request per interval').to.deep.equal([2, 2]);
      expect(fetched.getCalls().every((call) => pathOf(call.args[0]).startsWith('/elsewhere/')), 'no element used a store of its own').to.equal(true);
      clock.restore();
    });

    it('keeps the last data through a failing back end, marked stale, with one message, and recovers', async () => {
      const el = await fixture<PipelineDashboard>(html`<pipeline-dashboard endpoint="/api/v1" pipeline-id=${ids['orders-cdc']}></pipeline-dashboard>`);
      await revealed(el);
      const grid = part(el, 'grid')!;
      await waitUntil(() => !el.store!.isFetching && grid.shadowRoot!.querySelector('[part~="events"]'), 'data arrives');
      await fetch('/__sim/faults', { method: 'PUT', body: JSON.stringify({ metrics: { mode: 'error-500' } }) });
      await el.store!.refresh();
      await waitUntil(() => part(el, 'problem'), 'the dashboard shows the failure');
      expect(spoken(part(el, 'problem'))).to.match(/500/);
      expect(spoken(grid.shadowRoot!.querySelector('[part~="stale"]'))).to.match(/^Stale · updated/);
      expect(grid.shadowRoot!.querySelector('[part~="events"]'), 'the cards stay').to.exist;
      await expect(el).to.be.accessible();

      await fetch('/__sim/faults', { method: 'DELETE' });
      await el.store!.refresh();
      await waitUntil(() => !part(el, 'problem') && !grid.shadowRoot!.querySelector('[part~="stale"]'), 'the dashboard recovers');
    });

    it('gives two dashboards on one page distinct landmarks: axe finds nothing', async () => {
      const page = await fixture<HTMLElement>(html`<main>
        <pipeline-dashboard endpoint="/api/v1" pipeline-id=${ids['orders-cdc']}></pipeline-dashboard>
        <pipeline-dashboard endpoint="/api/v1" pipeline-id=${ids['inventory-sync']}></pipeline-dashboard>
      </main>`);
      const [first, second] = [...page.querySelectorAll<PipelineDashboard>('pipeline-dashboard')];
      await Promise.all([revealed(first!), revealed(second!)]);
      const loaded = (el: PipelineDashboard) => part(part(el, 'error-log'), 'scroller') !== null;
      await waitUntil(() => loaded(first!) && loaded(second!) && !first!.store!.isFetching, 'both dashboards show their errors', { timeout: 10_000 });
      const regionNames = (el: PipelineDashboard) => [part(part(el, 'error-log')!, 'scroller')!.getAttribute('aria-label'), ...parts(el, 'heading').map((h) => spoken(h))];
      expect(regionNames(first!)).to.include('Errors of orders-cdc, newest first');
      expect(regionNames(second!)).to.include('Errors of inventory-sync, newest first');
      await expect(page).to.be.accessible();
    });

    it('shows a 500 on every route as exactly one message with one Retry, which brings everything back', async () => {
      const el = await fixture<PipelineDashboard>(html`<pipeline-dashboard endpoint="/api/v1" pipeline-id=${ids['orders-cdc']}></pipeline-dashboard>`);
      await revealed(el);
      await waitUntil(() => !el.store!.isFetching && part(part(el, 'grid'), 'events'), 'data arrives');
      await fetch('/__sim/faults', { method: 'PUT', body: JSON.stringify({ '*': { mode: 'error-500' } }) });
      await el.store!.refresh();
      await waitUntil(() => part(el, 'problem'), 'the dashboard shows the failure');
      expect(parts(el, 'problem')).to.have.length(1);
      const retries = [el.shadowRoot!, ...[...el.shadowRoot!.querySelectorAll('*')].flatMap((node) => (node.shadowRoot ? [node.shadowRoot] : []))]
        .flatMap((root) => [...root.querySelectorAll('[part~="retry"]')]);
      expect(retries, 'one Retry on the whole page').to.have.length(1);
      expect(spoken(part(el, 'problem'))).to.match(/requests failed with 500/);

      await fetch('/__sim/faults', { method: 'DELETE' });
      part(el, 'retry')!.click();
      await waitUntil(() => !part(el, 'problem'), 'Retry brings every section back');
    });

    it('shows an unknown pipeline id as one "Pipeline not found" and asks nothing more of it for 60 s', async () => {
      const unknown = '00000000-0000-4000-8000-000000000000';
      const clock = sinon.useFakeTimers({ now: Date.now(), toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'Date'] });
      const requests: string[] = [];
      const realFetch = window.fetch;
      window.fetch = (input, init) => {
        requests.push(String(input));
        return realFetch(input, init);
      };
      try {
        const el = await fixture<PipelineDashboard>(html`<pipeline-dashboard endpoint="/api/v1" pipeline-id=${unknown}></pipeline-dashboard>`);
        for (let i = 0; i < 100 && !part(el, 'not-found'); i++) {
          await new Promise((resolve) => realTurn(resolve, 20));
          await clock.tickAsync(0);
        }
        expect(spoken(part(el, 'not-found'))).to.contain('Pipeline not found');
        expect(spoken(part(el, 'not-found'))).to.contain(unknown);
        expect(parts(el, 'retry')).to.have.length(1);
        const before = requests.filter((url) => url.includes(unknown)).length;
        await clock.tickAsync(60_000);
        expect(requests.filter((url) => url.includes(unknown)).length, 'no request for 60 s').to.equal(before);
      } finally {
        window.fetch = realFetch;
        clock.restore();
      }
    });
  });
});
