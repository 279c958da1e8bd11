import { elementUpdated, expect, html, nextFrame } from '@open-wc/testing';
import '../../src/elements/pipeline-metrics-grid/pipeline-metrics-grid.js';
import { httpError, networkError } from '../store/fake-source.js';
import { part, settle, spoken } from './element-harness.js';
import { backgroundTask } from '../../src/elements/shared/background-task.js';
import { FLEET, ID, listHarness, names, row, rows, within, type ListHarness } from './pipeline-list-harness.js';

describe('<pipeline-list>', function () {
  this.timeout(10_000);

  let t: ListHarness;
  beforeEach(() => {
    t = listHarness();
  });
  afterEach(() => t.dispose());

  it('shows a loading line and skeleton rows until the list arrives', async () => {
    const el = await t.mount();
    expect(part(el, 'base')!.getAttribute('aria-busy')).to.equal('true');
    expect(spoken(part(el, 'loading'))).to.equal('Loading pipelines…');
    expect(rows(el)).to.have.length(0);
    await expect(el).to.be.accessible();
  });

  describe('with pipelines', () => {
    it('shows every pipeline with its status in words, its table count and the error message as text', async () => {
      const el = await t.showing();
      expect(names(el)).to.deep.equal(['orders-cdc', 'inventory-sync', 'billing-events', 'analytics-replica']);
      expect(rows(el).map((r) => spoken(within(r, 'badge')))).to.deep.equal([
        'Status: Running',
        'Status: Running',
        'Status: Error',
        'Status: Stopped',
      ]);
      expect(spoken(within(row(el, ID.orders), 'tables'))).to.equal('12');
      expect(spoken(within(row(el, ID.inventory), 'tables'))).to.equal('40 · 1 off');
      expect(spoken(within(row(el, ID.analytics), 'tables'))).to.equal('Not reported');
      expect(spoken(within(row(el, ID.billing), 'error-message'))).to.equal(FLEET[2]!.error_message);
      expect(el.shadowRoot!.querySelector('img')).to.equal(null);
      expect(spoken(part(el, 'summary'))).to.equal('4 pipelines');
      await expect(el).to.be.accessible();
    });

    it('asks for the metrics of running pipelines only, once each, and shows events/s and errors', async () => {
      const el = await t.showing();
      expect(t.h.source.callsTo('getMetrics').map((c) => c.args[0])).to.have.members([ID.orders, ID.inventory]);
      expect(spoken(within(row(el, ID.orders), 'events'))).to.equal('Loading');
      expect(spoken(within(row(el, ID.analytics), 'events'))).to.equal('Not running');
      const failed = within(row(el, ID.billing), 'errors')!;
      expect(spoken(failed), 'a pipeline in error shows its failure, not a dash').to.equal('Failed');
      expect(failed.querySelector<HTMLElement>('[part~="errors-badge"]')!.title).to.equal(FLEET[2]!.error_message);

      await t.metricsFor(el, ID.orders, { events_per_second: 1250, error_count: 0 });
      await t.metricsFor(el, ID.inventory, { events_per_second: 42.25, error_count: 1500 });
      expect(spoken(within(row(el, ID.orders), 'events'))).to.equal('1.3K/s');
      expect(spoken(within(row(el, ID.orders), 'errors'))).to.equal('None');
      expect(spoken(within(row(el, ID.inventory), 'events'))).to.equal('42.3/s');
      expect(spoken(within(row(el, ID.inventory), 'errors'))).to.equal('1.5K total');
      await expect(el).to.be.accessible();
    });

    it('badges the errors that arrived since the previous poll', async () => {
      const el = await t.showing();
      await t.metricsFor(el, ID.inventory, { error_count: 1500 });
      void t.h.store.refresh();
      await settle();
      await t.metricsFor(el, ID.inventory, { error_count: 1512 });
      const badge = within(row(el, ID.inventory), 'errors-badge')!;
      expect(spoken(within(row(el, ID.inventory), 'errors'))).to.equal('+12 new · 1.5K total');
      expect(badge.classList.contains('count--critical')).to.equal(true);
    });

    it('shares each pipeline’s metrics query with any other element of the store', async () => {
      await t.h.mount(html`<div>
        <pipeline-list></pipeline-list>
        <pipeline-metrics-grid pipeline-id=${ID.orders}></pipeline-metrics-grid>
      </div>`);
      await settle();
      t.h.source.last('listPipelines').resolve({ pipelines: FLEET, total_count: 4 });
      await settle();
      await nextFrame();
      await backgroundTask();
      await settle();
      expect(t.h.source.callsTo('getMetrics').filter((c) => c.args[0] === ID.inventory), 'the list polls its rows').to.have.length(1);
      expect(t.h.source.callsTo('getMetrics').filter((c) => c.args[0] === ID.orders)).to.have.length(1);
    });

    it('says "No pipelines" when there are none', async () => {
      const el = await t.showing(undefined, []);
      expect(spoken(part(el, 'empty'))).to.equal('No pipelines');
      expect(part(el, 'toolbar')).to.equal(null);
      await expect(el).to.be.accessible();
    });
  });

  describe('start and stop', () => {
    it('names each button after its pipeline and starts the row’s pipeline', async () => {
      const el = await t.showing();
      const start = within(row(el, ID.analytics), 'start')!;
      expect(spoken(start)).to.equal('Start analytics-replica');
      start.click();
      await elementUpdated(el);
      expect(t.h.source.callsTo('startPipeline').map((c) => c.args[0])).to.deep.equal([ID.analytics]);
      expect(spoken(within(row(el, ID.analytics), 'start'))).to.equal('Starting… analytics-replica');
      t.h.source.last('startPipeline').resolve('pipeline started');
      await settle();
      await elementUpdated(el);
      expect(spoken(part(el, 'announcement'))).to.equal('analytics-replica: start accepted, starting…');
      expect(t.h.source.callsTo('listPipelines'), 'the list is fetched again').to.have.length(2);
    });

    it('asks before stopping, naming the row’s pipeline, and stops that one', async () => {
      const el = await t.showing();
      within(row(el, ID.inventory), 'stop')!.click();
      await elementUpdated(el);
      const dialog = part(el, 'dialog') as HTMLDialogElement;
      expect(dialog.open).to.equal(true);
      expect(spoken(part(el, 'dialog-title'))).to.equal('Stop inventory-sync?');
      await expect(el).to.be.accessible();
      part(el, 'confirm')!.click();
      expect(t.h.source.callsTo('stopPipeline').map((c) => c.args[0])).to.deep.equal([ID.inventory]);
      t.h.source.last('stopPipeline').reject(httpError(409, 'pipeline is already stopped'));
      await settle();
      await elementUpdated(el);
      expect(spoken(part(el, 'announcement'))).to.equal('Could not stop inventory-sync. pipeline is already stopped');
    });

    it('offers no controls when readonly', async () => {
      const el = await t.showing(html`<pipeline-list readonly></pipeline-list>`);
      expect(part(el, 'actions')).to.equal(null);
      expect(part(el, 'dialog')).to.equal(null);
      await expect(el).to.be.accessible();
    });
  });

  describe('failures', () => {
    it('says the list could not be loaded, with a Retry that asks again', async () => {
      const el = await t.mount();
      t.h.source.last('listPipelines').reject(networkError());
      await settle();
      await elementUpdated(el);
      const error = part(el, 'error')!;
      expect(error.getAttribute('role')).to.equal('alert');
      expect(spoken(error)).to.equal('Could not reach the server Retry');
      expect(part(el, 'base')!.getAttribute('aria-busy')).to.equal('false');
      await expect(el).to.be.accessible();
      // The back-off may have retried on its own while axe ran (seconds on a loaded machine).
      const before = t.h.source.callsTo('listPipelines').length;
      part(el, 'retry')!.click();
      expect(t.h.source.callsTo('listPipelines')).to.have.length(before + 1);
    });

    it('keeps the last list, marked stale with its age, and recovers', async () => {
      const el = await t.showing();
      t.clock.tick(20_000);
      void t.h.store.refresh();
      t.h.source.last('listPipelines').reject(networkError());
      await settle();
      await elementUpdated(el);
      expect(rows(el)).to.have.length(4);
      expect(spoken(part(el, 'error'))).to.equal('Stale · updated 20 sec. ago Could not reach the server Retry');
      await expect(el).to.be.accessible();
      t.clock.tick(60_000);
      await elementUpdated(el);
      expect(spoken(part(el, 'stale'))).to.equal('Stale · updated 1 min. ago');

      part(el, 'retry')!.click();
      await t.answer(el);
      expect(part(el, 'error')).to.equal(null);
    });
  });

  it('passes axe in the dark theme', async () => {
    const el = await t.showing(html`<pipeline-list theme="dark"></pipeline-list>`);
    await t.metricsFor(el, ID.orders);
    await expect(el).to.be.accessible();
  });
});
