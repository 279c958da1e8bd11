import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import sinon from 'sinon';
import { MonitorError } from '../../src/errors.js';
import { fakeStore, settle, spoken, untilRendered } from './provided-store.js';
import { $, cells, clickHeader, header, ID, mount, names, NOW, poll, rows, t, text } from './table-metrics-harness.js';
import { intervalClock } from '../store/fake-source.js';

const three = () => [t('orders', 1000, 2), t('customers', 5000, 12), t('items', 300, 45)];

describe('<table-metrics>', function () {
  // axe needs more than mocha's default 2 s on a busy two-core machine.
  this.timeout(10_000);
  let clock: sinon.SinonFakeTimers;
  beforeEach(() => {
    clock = intervalClock(NOW);
  });
  afterEach(() => clock.restore());

  describe('columns', () => {
    it('shows schema.table, events, lag and "—" for events/s until a second snapshot', async () => {
      const { el } = await mount([t('orders', 1234, 2)]);
      const [name, events, , lag] = cells(rows(el)[0]!);
      expect([name, events, lag]).to.deep.equal(['public.orders', '1,234', '2 s']);
      const rate = rows(el)[0]!.querySelectorAll('[role="cell"]')[2]!;
      expect(text(rate.querySelector('[aria-hidden="true"]'))).to.equal('—');
      expect(spoken(rate)).to.equal('Not measured yet');
    });

    it('computes events/s per table from the change between two snapshots over the time between them', async () => {
      const m = await mount([t('orders', 1000, 0), t('items', 50, 0)]);
      clock.tick(10_000);
      await poll(m, [t('orders', 1500, 0), t('items', 50, 0)]);
      const byName = Object.fromEntries(rows(m.el).map((r) => [cells(r)[0], cells(r)[2]]));
      expect(byName).to.deep.equal({ 'public.orders': '50/s', 'public.items': '0/s' });
    });

    it('shows the last event as relative time, the exact instant on hover and to screen readers, without a tab stop', async () => {
      const { el } = await mount([t('orders', 1, 0, { last_event_at: new Date(NOW - 90_000) })]);
      const time = rows(el)[0]!.querySelector('time')!;
      expect(time.getAttribute('datetime')).to.equal('2025-12-31T23:58:30.000Z');
      expect(time.title).to.match(/Dec 31, 2025/);
      expect(time.tabIndex, "a time is text, not a tab stop").to.equal(-1);
      expect(spoken(time)).to.match(/^1 min\. ago, Dec 31, 2025/);
      clock.tick(60_000);
      await el.updateComplete;
      expect(text(time).startsWith('2 min. ago')).to.equal(true);
      el.remove();
      expect(clock.countTimers()).to.equal(0);
    });
  });

  describe('sorting', () => {
    it('starts with the most lagging table first', async () => {
      const { el } = await mount(three());
      expect(names(el)).to.deep.equal(['public.items', 'public.customers', 'public.orders']);
      expect(header(el, 'Lag').getAttribute('aria-sort')).to.equal('descending');
    });

    it('sorts by a column on click and flips the direction on a second click', async () => {
      const { el } = await mount(three());
      await clickHeader(el, 'Table');
      expect(names(el)).to.deep.equal(['public.customers', 'public.items', 'public.orders']);
      expect(header(el, 'Table').getAttribute('aria-sort')).to.equal('ascending');
      expect(header(el, 'Lag').getAttribute('aria-sort')).to.equal('none');
      await clickHeader(el, 'Table');
      expect(names(el)).to.deep.equal(['public.orders', 'public.items', 'public.customers']);
      expect(header(el, 'Table').getAttribute('aria-sort')).to.equal('descending');
    });

    it('adds a secondary sort with Shift+click and names it for screen readers', async () => {
      const { el } = await mount([t('b', 10, 1), t('a', 10, 9), t('c', 20, 3)]);
      await clickHeader(el, 'Events processed');
      await clickHeader(el, 'Lag', true);
      expect(names(el)).to.deep.equal(['public.c', 'public.a', 'public.b']);
      await clickHeader(el, 'Lag', true);
      expect(names(el)).to.deep.equal(['public.c', 'public.b', 'public.a']);
      expect(spoken(header(el, 'Lag'))).to.equal('Lag, sort level 2, ascending');
      expect(header(el, 'Events processed').getAttribute('aria-sort')).to.equal('descending');
    });

    it('sorts from the keyboard: Enter on a header, Shift+Enter for a secondary level', async () => {
      const { el } = await mount([t('b', 10, 1), t('a', 10, 9), t('c', 20, 3)]);
      header(el, 'Events processed').querySelector('button')!.focus();
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(el.sort).to.deep.equal([{ column: 'events', direction: 'descending' }]);
      header(el, 'Table').querySelector('button')!.focus();
      await sendKeys({ press: 'Shift+Enter' });
      await el.updateComplete;
      expect(el.sort).to.deep.equal([{ column: 'events', direction: 'descending' }, { column: 'name', direction: 'ascending' }]);
      expect(names(el)).to.deep.equal(['public.c', 'public.a', 'public.b']);
    });

    it('announces a sort change to the page', async () => {
      const { el } = await mount(three());
      const heard = oneEvent(el, 'pm-sort-change');
      void clickHeader(el, 'Events/s');
      const event = await heard;
      expect(event.detail.sort).to.deep.equal([{ column: 'rate', direction: 'descending' }]);
    });

    it('puts tables without a rate last in either direction', async () => {
      const m = await mount([t('old', 100, 0)]);
      clock.tick(1000);
      await poll(m, [t('old', 110, 0), t('new', 5, 0)]);
      await clickHeader(m.el, 'Events/s');
      expect(names(m.el)).to.deep.equal(['public.old', 'public.new']);
      await clickHeader(m.el, 'Events/s');
      expect(names(m.el)).to.deep.equal(['public.old', 'public.new']);
    });
  });

  describe('filtering', () => {
    it('filters by name as the user types and says how many are shown', async () => {
      const { el } = await mount(three());
      const input = $(el, '[part="filter"]') as HTMLInputElement;
      input.value = 'CUST';
      input.dispatchEvent(new Event('input'));
      await el.updateComplete;
      expect(names(el)).to.deep.equal(['public.customers']);
      expect(text($(el, '[part="summary"]'))).to.equal('Showing 1 of 3 tables');
    });

    it('says when no table matches and brings every table back', async () => {
      const { el } = await mount(three());
      el.filter = 'nothing';
      await el.updateComplete;
      expect(text($(el, '[part="empty"]'))).to.contain('No tables match “nothing”');
      await expect(el).to.be.accessible();
      [...el.shadowRoot!.querySelectorAll('button')].find((b) => text(b) === 'Show all tables')!.click();
      await el.updateComplete;
      expect(rows(el)).to.have.length(3);
    });

    it('shows only lagging tables when the toggle is on, with the count in its label', async () => {
      const { el } = await mount(three());
      const toggle = $(el, '[part="lagging-toggle"]') as HTMLInputElement;
      expect(text(toggle.closest('label'))).to.equal('Lagging only (2, 1 critical)');
      toggle.click();
      await el.updateComplete;
      expect(names(el)).to.deep.equal(['public.items', 'public.customers']);
      expect(el.laggingOnly).to.equal(true);
    });
  });

  describe('thresholds', () => {
    it('highlights the whole row of a lagging table and says Warning or Critical', async () => {
      const { el } = await mount(three());
      const [items, customers, orders] = rows(el);
      expect(items!.getAttribute('part')).to.contain('row-critical');
      expect(text(items!.querySelector('[part="lag"]'))).to.equal('45 s Critical');
      expect(customers!.getAttribute('part')).to.contain('row-warning');
      expect(text(customers!.querySelector('[part="lag"]'))).to.equal('12 s Warning');
      expect(getComputedStyle(customers!).backgroundColor).to.not.equal(getComputedStyle(orders!).backgroundColor);
      expect(orders!.getAttribute('part')).to.not.match(/row-(warning|critical)/);
      await expect(el).to.be.accessible();
    });

    it('highlights a table once it crosses a threshold on a later poll', async () => {
      const m = await mount([t('orders', 1, 1)]);
      expect(rows(m.el)[0]!.getAttribute('part')).to.not.contain('row-warning');
      await poll(m, [t('orders', 2, 6)]);
      expect(rows(m.el)[0]!.getAttribute('part')).to.contain('row-warning');
    });

    it('follows thresholds set by the embedder', async () => {
      const { el } = await mount(three(), { warning: 1 });
      el.lagCritical = 10;
      await el.updateComplete;
      expect(rows(el).map((r) => text(r.querySelector('.lag__state')))).to.deep.equal(['Critical', 'Critical', 'Warning']);
    });
  });

  describe('10,000 tables', () => {
    const many = (n: number) => Array.from({ length: n }, (_, i) => t(`t${String(i).padStart(5, '0')}`, i, 0));

    it('keeps at most 200 rows in the DOM and shows later rows on scroll', async () => {
      const { el } = await mount(many(10_000));
      await untilRendered(() => rows(el).length > 0, 'the first rows');
      await clickHeader(el, 'Table');
      expect(rows(el).length).to.be.within(10, 200);
      expect($(el, '[role="table"]')!.getAttribute('aria-rowcount')).to.equal('10001');
      const scroller = $(el, '[part="table"]')!;
      scroller.scrollTop = scroller.scrollHeight;
      await untilRendered(() => names(el).includes('public.t09999'), 'the last table');
      expect(rows(el).length).to.be.within(10, 200);
      expect(rows(el).at(-1)!.getAttribute('aria-rowindex')).to.equal('10001');
      scroller.scrollTop = 36 * 5000;
      await untilRendered(() => names(el).includes('public.t05005'), 'a table in the middle');
      expect(rows(el).length).to.be.within(10, 200);
    });

    it('keeps the header in view while scrolling', async () => {
      const { el } = await mount(many(1000));
      await untilRendered(() => rows(el).length > 0, 'the first rows');
      const scroller = $(el, '[part="table"]')!;
      scroller.scrollTop = 5000;
      await settle();
      const head = $(el, '[part="header"]')!.getBoundingClientRect();
      expect(head.top).to.be.closeTo(scroller.getBoundingClientRect().top + 1, 1.5);
    });
  });

  describe('states', () => {
    it('shows loading before the first snapshot', async () => {
      const { store, source } = fakeStore();
      const host = await fixture(html`<test-store-provider .store=${store}><table-metrics pipeline-id=${ID}></table-metrics></test-store-provider>`);
      const el = host.querySelector('table-metrics')!;
      await settle();
      expect(text($(el, '[part="loading"]'))).to.contain('Loading tables');
      await expect(el).to.be.accessible();
      void source;
    });

    it('says "No tables configured" for an empty or missing table list', async () => {
      for (const tables of [[], undefined]) {
        const { el } = await mount(tables);
        expect(text($(el, '[part="empty"]'))).to.equal('No tables configured');
        expect($(el, '[part="toolbar"]')).to.equal(null);
      }
      await expect((await mount([])).el).to.be.accessible();
    });

    it('keeps the rows when a poll fails, marked stale with a Retry', async () => {
      const m = await mount(three());
      clock.tick(60_000);
      void m.store.refresh();
      await settle();
      m.source.last('getMetrics').reject(new MonitorError({ kind: 'timeout', resource: 'pipeline metrics', message: 'No answer within 10 s' }));
      await settle();
      await m.el.updateComplete;
      expect(rows(m.el)).to.have.length(3);
      expect(text($(m.el, '[part="error"]'))).to.contain('Stale · updated 1 min. ago No answer within 10 s');
      await expect(m.el).to.be.accessible();
    });
  });

  describe('hostile names', () => {
    it('shows markup, control characters and right-to-left text as text, one line per row', async () => {
      const evil = [
        t('<img src=x onerror=alert(1)>', 1, 0),
        t('a\u0000b\nc', 1, 0),
        t('\u202ereversed\u05d0\u05d1', 1, 0),
        t('x'.repeat(100_000), 1, 0),
      ];
      const { el } = await mount(evil);
      expect(el.shadowRoot!.querySelector('[part~="body"] img')).to.equal(null);
      expect(names(el)).to.include('public.<img src=x onerror=alert(1)>');
      expect(names(el)).to.include('public.a␀b␊c');
      const heights = rows(el).map((r) => r.getBoundingClientRect().height);
      expect(new Set(heights).size).to.equal(1);
      const scroller = $(el, '[part="table"]')!;
      expect(scroller.scrollWidth).to.be.below(scroller.clientWidth + 800);
      expect(getComputedStyle(el.shadowRoot!.querySelector('[part="name"]')!).unicodeBidi).to.equal('isolate');
      await expect(el).to.be.accessible();
    });
  });
});
