import { expect } from '@open-wc/testing';
import sinon from 'sinon';
import { MonitorError } from '../../src/errors.js';
import { FakeSource, intervalClock } from '../store/fake-source.js';
import { $, $$, answer, entries, error, messages, mount, NOW, page, PIPELINE, poll, press, range, text } from './error-log-harness.js';
import { settle, spoken } from './provided-store.js';

describe('<error-log>', function () {
  // axe needs more than mocha's default 2 s on a busy two-core machine.
  this.timeout(10_000);
  let clock: sinon.SinonFakeTimers;
  beforeEach(() => {
    clock = intervalClock(NOW);
  });
  afterEach(() => clock.restore());

  describe('entries', () => {
    it('lists errors newest first with type badge, relative and exact time, table and message', async () => {
      const m = await mount();
      await answer(m, 'live', page([error(2, { type: 'schema', table: 'public.orders', message: 'column "x" does not exist' }), error(5)]));
      const [first, second] = entries(m.el);
      expect(text(first!.querySelector('[part="badge"]'))).to.equal('Schema');
      expect(text(first!.querySelector('[part="table"]'))).to.equal('public.orders');
      expect(text(first!.querySelector('[part="message"]'))).to.equal('column "x" does not exist');
      const time = first!.querySelector('time')!;
      expect(time.getAttribute('datetime')).to.equal(new Date(NOW - 120_000).toISOString());
      expect(time.title).to.match(/Dec 31, 2025/);
      expect(spoken(time)).to.match(/^2 min\. ago, Dec 31, 2025/);
      expect(text(second!.querySelector('[part="badge"]'))).to.equal('Connection');
    });

    it('asks the store for one page of the size set, for this pipeline', async () => {
      const m = await mount({ pageSize: 25 });
      const call = m.source.last('getErrors');
      expect(call.args).to.deep.equal([PIPELINE, { limit: 25 }]);
    });

    it('ages the relative time as the clock moves, and stops its timer when removed', async () => {
      const m = await mount();
      await answer(m, 'live', page([error(0)]));
      expect(text($(m.el, 'time'))).to.match(/^now/);
      clock.tick(3 * 60_000);
      await m.el.updateComplete;
      expect(text($(m.el, 'time'))).to.match(/^3 min\. ago/);
      m.el.remove();
      expect(clock.countTimers()).to.equal(0);
    });
  });

  describe('filtering', () => {
    const mixed = () =>
      page([
        error(1, { type: 'write', message: 'commit failed' }),
        error(2, { type: 'schema', message: 'bad column' }),
        error(3, { type: 'write', message: 'slow down', table: 'sales.orders' }),
      ]);

    it('offers only the types present, each with its count', async () => {
      const m = await mount();
      await answer(m, 'live', mixed());
      const chips = $$(m.el, '[part="type-filter"]').map(text);
      expect(chips).to.deep.equal(['All 3', 'Schema 1', 'Write 2']);
    });

    it('shows one type when its button is pressed, and all again when pressed twice', async () => {
      const m = await mount();
      await answer(m, 'live', mixed());
      await press(m.el, 'Write');
      expect(messages(m.el)).to.deep.equal(['commit failed', 'slow down']);
      expect($$(m.el, '[part="type-filter"][aria-pressed="true"]').map(text)).to.deep.equal(['Write 2']);
      await press(m.el, 'Write');
      expect(messages(m.el)).to.have.length(3);
    });

    it('searches type, table and message, ignoring case', async () => {
      const m = await mount();
      await answer(m, 'live', mixed());
      const search = $<HTMLInputElement>(m.el, '[part="search"]')!;
      search.value = 'SALES';
      search.dispatchEvent(new Event('input'));
      await m.el.updateComplete;
      expect(messages(m.el)).to.deep.equal(['slow down']);
    });

    it('says when nothing matches and clears the filter on request', async () => {
      const m = await mount();
      await answer(m, 'live', mixed());
      m.el.search = 'no such thing';
      await m.el.updateComplete;
      expect(text($(m.el, '[part="empty"]'))).to.contain('No errors match the filter');
      await expect(m.el).to.be.accessible();
      await press(m.el, 'Clear filter');
      expect(entries(m.el)).to.have.length(3);
      expect(m.el.search).to.equal('');
    });

    it('says "No errors" when the log is empty', async () => {
      const m = await mount();
      await answer(m, 'live', page([]));
      expect(text($(m.el, '[part="empty"]'))).to.equal('No errors');
      expect($(m.el, '[part="toolbar"]')).to.equal(null);
      await expect(m.el).to.be.accessible();
    });
  });

  describe('repeats', () => {
    const repeated = () =>
      page([error(1, { message: 'refused' }), error(2, { message: 'other' }), error(3, { message: 'refused' }), error(4, { message: 'refused' })]);

    it('collapses identical errors into the newest with a count', async () => {
      const m = await mount();
      await answer(m, 'live', repeated());
      expect(messages(m.el)).to.deep.equal(['refused', 'other']);
      const count = entries(m.el)[0]!.querySelector('[part="count"]')!;
      expect(text(count)).to.contain('×3');
      expect(spoken(count)).to.equal('repeated 3 times');
      expect(entries(m.el)[1]!.querySelector('[part="count"]')).to.equal(null);
    });

    it('does not merge the same message from different tables or types', async () => {
      const m = await mount();
      await answer(m, 'live', page([error(1, { message: 'x', table: 'a.b' }), error(2, { message: 'x', table: 'a.c' }), error(3, { message: 'x', type: 'write', table: 'a.b' })]));
      expect(entries(m.el)).to.have.length(3);
    });

    it('lists every occurrence when grouping is switched off', async () => {
      const m = await mount();
      await answer(m, 'live', repeated());
      $<HTMLInputElement>(m.el, '[part="group-toggle"]')!.click();
      await m.el.updateComplete;
      expect(messages(m.el)).to.deep.equal(['refused', 'other', 'refused', 'refused']);
      expect(m.el.grouping).to.equal('none');
    });

    it('shows the full message, id and every occurrence time in the details', async () => {
      const m = await mount();
      await answer(m, 'live', repeated());
      const details = entries(m.el)[0]!.querySelector('details')!;
      expect(details.querySelector('[part="full-message"]')).to.equal(null);
      details.querySelector('summary')!.click();
      await settle();
      await m.el.updateComplete;
      expect(text(details.querySelector('[part="full-message"]'))).to.equal('refused');
      expect(text(details)).to.contain('e1');
      expect(details.querySelectorAll('.occurrences li')).to.have.length(3);
      expect(text(details)).to.contain('Occurred 3 times');
      await expect(m.el).to.be.accessible();
    });
  });

  describe('states', () => {
    it('shows loading until the first page arrives', async () => {
      const m = await mount();
      expect(text($(m.el, '[part="loading"]'))).to.contain('Loading errors');
      await expect(m.el).to.be.accessible();
    });

    it('shows the failure as text with a Retry that asks again', async () => {
      const m = await mount();
      m.source.last('getErrors').reject(new MonitorError({ kind: 'http', resource: 'error log', status: 500, message: 'Server said <b>no</b>' }));
      await settle();
      await m.el.updateComplete;
      const failure = $(m.el, '[part="error"]')!;
      expect(failure.getAttribute('role')).to.equal('alert');
      expect(text(failure)).to.contain('Server said <b>no</b>');
      expect(failure.querySelector('b')).to.equal(null);
      await expect(m.el).to.be.accessible();
      const before = m.source.callsTo('getErrors').length;
      await press(m.el, 'Retry');
      expect(m.source.callsTo('getErrors').length).to.equal(before + 1);
    });

    it('keeps the errors on screen when a poll fails, marked stale', async () => {
      const m = await mount();
      await answer(m, 'live', page([error(1)]));
      clock.tick(120_000);
      void m.store.refresh();
      await settle();
      m.source.last('getErrors').reject(new MonitorError({ kind: 'network', resource: 'error log', message: 'Could not reach the server' }));
      await settle();
      await m.el.updateComplete;
      expect(entries(m.el)).to.have.length(1);
      expect(text($(m.el, '[part="stale"]'))).to.contain('updated 2 min. ago');
      await expect(m.el).to.be.accessible();
    });

    it('falls back to counts by type when the source has no error log but counts errors', async () => {
      const source = Object.assign(new FakeSource(), {
        capabilities: { errorLog: false, control: false },
        getErrorCounts: () => Promise.resolve({ byType: { connection: 4, write: 1 }, total: 5 }),
      });
      const m = await mount({}, source);
      await settle();
      await m.el.updateComplete;
      expect(m.source.callsTo('getErrors')).to.have.length(0);
      const rows = $$(m.el, '[part="counts"] tbody tr').map(text);
      expect(rows).to.deep.equal(['Replication 0', 'Schema 0', 'Connection 4', 'Write 1', 'Unknown 0']);
      expect($$(m.el, '[part="counts"] tfoot th, [part="counts"] tfoot td').map(text)).to.deep.equal(['Total', '5']);
      await expect(m.el).to.be.accessible();
    });

    it('falls back to the metrics total when the source can count neither', async () => {
      const source = Object.assign(new FakeSource(), { capabilities: { errorLog: false, control: false } });
      const m = await mount({}, source);
      m.source.last('getMetrics').resolve({
        pipeline_id: PIPELINE, status: 'running', events_processed: 0, events_per_second: 0, lag_seconds: 0, lag_p95_seconds: 0,
        buffer_depth: 0, error_count: 1234, iceberg_commits: 0, iceberg_bytes_written: 0,
      });
      await settle();
      await m.el.updateComplete;
      expect(text($(m.el, '[part="counts"]'))).to.contain('1,234 errors in total');
      await expect(m.el).to.be.accessible();
    });
  });

  describe('hostile data', () => {
    it('shows markup, control characters and right-to-left text as text, in isolation', async () => {
      const m = await mount();
      await answer(m, 'live', page([error(1, { table: '<img src=x onerror=alert(1)>', message: 'a\u0000b\u0007c <script>alert(1)</script> \u202eevil' })]));
      const entry = entries(m.el)[0]!;
      expect(entry.querySelector('img, script')).to.equal(null);
      expect(text(entry.querySelector('[part="table"]'))).to.equal('<img src=x onerror=alert(1)>');
      expect(text(entry.querySelector('[part="message"]'))).to.equal('a␀b␇c <script>alert(1)</script> \u202eevil');
      expect(entry.querySelector('[part="message"] bdi')).to.exist;
      expect(getComputedStyle(entry.querySelector('[part="table"]')!).unicodeBidi).to.equal('isolate');
    });

    it('keeps a 100 KB message to a few lines without widening the log', async () => {
      const m = await mount();
      const huge = 'x'.repeat(100_000);
      await answer(m, 'live', page([error(1, { message: huge }), error(2, { message: 'short' })]));
      const [entry] = entries(m.el);
      const frame = $(m.el, '[part="base"]')!;
      expect(entry!.getBoundingClientRect().height).to.be.below(200);
      expect(frame.scrollWidth).to.be.at.most(frame.clientWidth + 1);
      expect(text(entry!.querySelector('[part="message"]')).length).to.be.below(2100);
      entry!.querySelector('summary')!.click();
      await settle();
      await m.el.updateComplete;
      expect(text(entry!.querySelector('[part="full-message"]')).length).to.equal(100_000);
      expect(entry!.querySelector<HTMLElement>('[part="full-message"]')!.getBoundingClientRect().height).to.be.below(300);
      await expect(m.el).to.be.accessible();
    });
  });

  it('is accessible with data', async () => {
    const m = await mount();
    await answer(m, 'live', page(range(1, 5), 50));
    await poll(m, page(range(0, 4), 51));
    await expect(m.el).to.be.accessible();
  });
});
