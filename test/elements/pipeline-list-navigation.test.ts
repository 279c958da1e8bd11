import { elementUpdated, expect, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import sinon from 'sinon';
import type { OpenPipelineDetail } from '../../src/elements/pipeline-list/pipeline-list.js';
import { part, spoken } from './element-harness.js';
import { ID, listHarness, names, row, rows, within, type ListHarness } from './pipeline-list-harness.js';

describe('<pipeline-list> filter, search and links', function () {
  this.timeout(10_000);

  let t: ListHarness;
  beforeEach(() => {
    t = listHarness();
  });
  afterEach(() => t.dispose());

  describe('filter and search', () => {
    it('shows one status from the menu, counts it and tells the page', async () => {
      const el = await t.showing();
      const select = part(el, 'status-filter') as HTMLSelectElement;
      expect([...select.options].map((o) => spoken(o))).to.deep.equal(['All statuses (4)', 'Running (2)', 'Stopped (1)', 'Error (1)']);
      const changed = oneEvent(el, 'pm-filter-change');
      select.value = 'running';
      select.dispatchEvent(new Event('change'));
      expect((await changed).detail).to.deep.equal({ status: 'running', search: '' });
      await elementUpdated(el);
      expect(names(el)).to.deep.equal(['orders-cdc', 'inventory-sync']);
      expect(spoken(part(el, 'summary'))).to.equal('Showing 2 of 4 pipelines');
    });

    it('takes the filter and the search from attributes', async () => {
      const el = await t.showing(html`<pipeline-list status-filter="running" search="ORDERS"></pipeline-list>`);
      expect(names(el)).to.deep.equal(['orders-cdc']);
      expect(t.h.source.callsTo('getMetrics').map((c) => c.args[0]), 'rows filtered out poll nothing').to.deep.equal([ID.orders]);
    });

    it('searches names, ids and source ids as the user types', async () => {
      const el = await t.showing();
      const search = part(el, 'search') as HTMLInputElement;
      search.focus();
      await sendKeys({ type: 'Sync' });
      await elementUpdated(el);
      expect(names(el)).to.deep.equal(['inventory-sync']);
      el.search = ID.billing.slice(0, 13);
      await elementUpdated(el);
      expect(names(el)).to.deep.equal(['billing-events']);
      el.search = 'postgres-orders';
      await elementUpdated(el);
      expect(names(el)).to.deep.equal(['orders-cdc']);
    });

    it('says when nothing matches, and shows everything again on request', async () => {
      const el = await t.showing(html`<pipeline-list status-filter="stopped" search="orders"></pipeline-list>`);
      expect(rows(el)).to.have.length(0);
      expect(spoken(part(el, 'empty'))).to.equal('No stopped pipelines match “orders” Show all pipelines');
      await expect(el).to.be.accessible();
      part(el, 'clear')!.click();
      await elementUpdated(el);
      expect(rows(el)).to.have.length(4);
      expect((part(el, 'search') as HTMLInputElement).value).to.equal('');
    });
  });

  describe('opening a pipeline', () => {
    it('fires pm-open-pipeline when a name is clicked or pressed', async () => {
      const el = await t.showing();
      const name = within(row(el, ID.billing), 'name')!;
      expect(name.tagName).to.equal('BUTTON');
      const clicked = oneEvent(el, 'pm-open-pipeline');
      name.click();
      expect((await clicked).detail).to.deep.equal({ pipelineId: ID.billing });
      const pressed = oneEvent(el, 'pm-open-pipeline');
      name.focus();
      await sendKeys({ press: 'Enter' });
      expect((await pressed).detail).to.deep.equal({ pipelineId: ID.billing });
    });

    it('makes names real links with href-template, whose navigation a listener may cancel', async () => {
      const el = await t.showing(html`<pipeline-list href-template="#/pipelines/{id}?tab=overview"></pipeline-list>`);
      const link = within(row(el, ID.orders), 'name') as HTMLAnchorElement;
      expect(link.getAttribute('href')).to.equal(`#/pipelines/${ID.orders}?tab=overview`);
      const opened: OpenPipelineDetail[] = [];
      el.addEventListener('pm-open-pipeline', (e) => {
        opened.push(e.detail);
        e.preventDefault();
      });
      const click = new MouseEvent('click', { bubbles: true, cancelable: true, composed: true, button: 0 });
      link.dispatchEvent(click);
      expect(opened).to.deep.equal([{ pipelineId: ID.orders }]);
      expect(click.defaultPrevented, 'the router took over').to.equal(true);
      expect(location.hash).to.equal('');
    });

    it('leaves a link opened in a new tab to the browser', async () => {
      const el = await t.showing(html`<pipeline-list href-template="/pipelines/{id}"></pipeline-list>`);
      const link = within(row(el, ID.orders), 'name') as HTMLAnchorElement;
      const opened = sinon.spy();
      el.addEventListener('pm-open-pipeline', opened);
      // Cancelled by the test itself, so the runner's page stays where it is.
      link.addEventListener('click', (e) => e.preventDefault());
      link.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true, composed: true, ctrlKey: true }));
      expect(opened.callCount).to.equal(0);
    });
  });
});
