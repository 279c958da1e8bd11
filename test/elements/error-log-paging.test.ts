import { expect } from '@open-wc/testing';
import sinon from 'sinon';
import { csvField, toCsv, toJson } from '../../src/elements/error-log/error-export.js';
import { MonitorError } from '../../src/errors.js';
import type { ErrorQuery } from '../../src/sources/source.js';
import { $, $$, answer, entries, error, errorCalls, messages, mount, NOW, page, poll, press, range, text } from './error-log-harness.js';
import { settle } from './provided-store.js';
import { intervalClock } from '../store/fake-source.js';

describe('<error-log> paging, live arrival and export', function () {
  // axe needs more than mocha's default 2 s on a busy two-core machine.
  this.timeout(10_000);
  let clock: sinon.SinonFakeTimers;
  beforeEach(() => {
    clock = intervalClock(NOW);
  });
  afterEach(() => {
    clock.restore();
    sinon.restore();
  });

  const unique = { grouping: 'none' as const, pageSize: 5 };

  describe('load older', () => {
    it('fetches the page before the oldest loaded error and appends it', async () => {
      const m = await mount(unique);
      await answer(m, 'live', page(range(1, 5), 12));
      await press(m.el, 'Load older');
      const call = errorCalls(m.source, 'older').at(-1)!;
      expect(call.args[1]).to.deep.equal({ limit: 5, before: error(5).timestamp } satisfies ErrorQuery);
      expect(text($(m.el, '[part="load-older"]'))).to.contain('Loading older errors');
      await answer(m, 'older', page(range(6, 10), 12));
      expect(messages(m.el)).to.deep.equal(range(1, 10).map((e) => e.message));
      expect(text($(m.el, '[part="status"]'))).to.contain('10 of 12 errors loaded');
    });

    it('keeps the older pages when the next poll brings new errors', async () => {
      const m = await mount(unique);
      await answer(m, 'live', page(range(1, 5), 12));
      await press(m.el, 'Load older');
      await answer(m, 'older', page(range(6, 10), 12));
      await poll(m, page(range(0, 4), 13));
      expect(messages(m.el)).to.deep.equal(range(0, 10).map((e) => e.message));
    });

    it('says there is nothing older after a short page', async () => {
      const m = await mount(unique);
      await answer(m, 'live', page(range(1, 5), 7));
      await press(m.el, 'Load older');
      await answer(m, 'older', page(range(6, 7), 7));
      expect($(m.el, '[part="load-older"]')).to.equal(null);
      expect(text($(m.el, '[part="end"]'))).to.equal('No older errors');
    });

    it('offers no older page when the whole log fits in the first', async () => {
      const m = await mount(unique);
      await answer(m, 'live', page(range(1, 3)));
      expect($(m.el, '[part="load-older"]')).to.equal(null);
    });

    it('shows why an older page failed and retries it', async () => {
      const m = await mount(unique);
      await answer(m, 'live', page(range(1, 5), 12));
      await press(m.el, 'Load older');
      errorCalls(m.source, 'older').at(-1)!.reject(new MonitorError({ kind: 'http', resource: 'error log', status: 503, message: 'Service unavailable' }));
      await settle();
      await m.el.updateComplete;
      expect(text($(m.el, '[part="older-error"]'))).to.contain('Service unavailable');
      expect(entries(m.el)).to.have.length(5);
      await expect(m.el).to.be.accessible();
      await press(m.el, 'Retry loading older errors');
      expect(errorCalls(m.source, 'older')).to.have.length(2);
    });

    it('fills the hole when more than a page of errors arrived between two polls', async () => {
      const m = await mount(unique);
      await answer(m, 'live', page(range(20, 24), 30));
      await poll(m, page(range(0, 4), 50));
      const fill = errorCalls(m.source, 'older').at(-1)!;
      expect((fill.args[1] as ErrorQuery).before).to.deep.equal(error(4).timestamp);
      await answer(m, 'older', page(range(5, 9), 50));
      await answer(m, 'older', page(range(10, 14), 50));
      await answer(m, 'older', page(range(15, 19), 50));
      // This page meets errors 20…24 loaded before: the log is whole again.
      await answer(m, 'older', page(range(19, 23), 50));
      expect(errorCalls(m.source, 'older')).to.have.length(4);
      m.el.shadowRoot!.querySelector<HTMLElement>('[part="scroller"]')!.style.maxHeight = 'none';
      while ($(m.el, '[part="load-older"]') && entries(m.el).length < 25) await press(m.el, 'Load older');
      expect(messages(m.el)).to.deep.equal(range(0, 24).map((e) => e.message));
      expect($(m.el, '[part="gap"]')).to.equal(null);
    });
  });

  describe('live arrival', () => {
    async function scrolledLog() {
      const m = await mount({ grouping: 'none', pageSize: 40 });
      await answer(m, 'live', page(range(10, 49), 40));
      const scroller = $(m.el, '[part="scroller"]')!;
      scroller.style.maxHeight = '300px';
      scroller.scrollTop = 600;
      await settle();
      return { m, scroller };
    }

    const offsetOf = (scroller: HTMLElement, entry: HTMLElement) => entry.getBoundingClientRect().top - scroller.getBoundingClientRect().top;
    const firstVisible = (scroller: HTMLElement, list: HTMLElement[]) =>
      list.find((e) => e.getBoundingClientRect().bottom > scroller.getBoundingClientRect().top)!;

    it('keeps the entry the reader is looking at in place when new errors arrive above', async () => {
      const { m, scroller } = await scrolledLog();
      const anchor = firstVisible(scroller, entries(m.el));
      const anchorText = text(anchor.querySelector('[part="message"]'));
      const before = offsetOf(scroller, anchor);
      await poll(m, page(range(0, 39), 50));
      expect(messages(m.el).slice(0, 2)).to.deep.equal([error(0).message, error(1).message]);
      const same = entries(m.el).find((e) => text(e.querySelector('[part="message"]')) === anchorText)!;
      expect(offsetOf(scroller, same)).to.be.closeTo(before, 1);
      expect(firstVisible(scroller, entries(m.el))).to.equal(same);
    });

    it('keeps the reading place when more new errors arrive than fill the screen, all drawn yet or not', async () => {
      const m = await mount({ grouping: 'none', pageSize: 100 });
      await answer(m, 'live', page(range(100, 199), 100));
      const scroller = $(m.el, '[part="scroller"]')!;
      scroller.style.maxHeight = '300px';
      scroller.scrollTop = 600;
      await settle();
      const anchor = firstVisible(scroller, entries(m.el));
      const before = offsetOf(scroller, anchor);
      await poll(m, page(range(40, 139), 160));
      // Entries out of view are drawn only when scrolled near: the frame after decides which.
      await settle();
      expect(firstVisible(scroller, entries(m.el))).to.equal(anchor);
      expect(offsetOf(scroller, anchor)).to.be.closeTo(before, 1);
    });

    it('offers the new errors with a count and goes to them on request', async () => {
      const { m, scroller } = await scrolledLog();
      await poll(m, page(range(7, 46), 43));
      expect(text($(m.el, '[part="new-errors"]'))).to.contain('3 new errors');
      await press(m.el, 'new errors');
      expect(scroller.scrollTop).to.equal(0);
      expect($(m.el, '[part="new-errors"]')).to.equal(null);
    });

    it('shows new errors at the top to a reader who is at the top', async () => {
      const m = await mount({ grouping: 'none', pageSize: 40 });
      await answer(m, 'live', page(range(10, 49), 40));
      await poll(m, page(range(9, 48), 41));
      const scroller = $(m.el, '[part="scroller"]')!;
      expect(scroller.scrollTop).to.equal(0);
      expect(messages(m.el)[0]).to.equal(error(9).message);
      expect($(m.el, '[part="new-errors"]')).to.equal(null);
    });
  });

  describe('export', () => {
    const tricky = () =>
      page([
        error(1, { type: 'write', table: 'sales.orders', message: 'said "no", then\nstopped' }),
        error(2, { type: 'schema', message: '=HYPERLINK("http://evil")' }),
        error(3, { type: 'write', message: 'plain' }),
      ]);

    it('escapes quotes, commas and line breaks and defuses formulas in CSV', () => {
      expect(csvField('said "no", then\nstopped')).to.equal('"said ""no"", then\nstopped"');
      for (const lead of ['=', '+', '-', '@']) expect(csvField(`${lead}1+1`)).to.equal(`"'${lead}1+1"`);
      expect(csvField('a-b')).to.equal('"a-b"');
      const csv = toCsv([error(1, { message: '=1+1', table: 'a,b' })]);
      expect(csv).to.equal(`id,timestamp,type,table,message\r\n"e1","${error(1).timestamp.toISOString()}","connection","a,b","'=1+1"\r\n`);
    });

    it('writes JSON with RFC 3339 times and no table key when there is none', () => {
      const json = JSON.parse(toJson([error(1), error(2, { table: 't.x' })])) as Record<string, unknown>[];
      expect(json).to.deep.equal([
        { id: 'e1', timestamp: error(1).timestamp.toISOString(), type: 'connection', message: error(1).message },
        { id: 'e2', timestamp: error(2).timestamp.toISOString(), type: 'connection', table: 't.x', message: error(2).message },
      ]);
    });

    it('copies every error matching the filter, not just the collapsed entries, as CSV', async () => {
      const writeText = sinon.stub(navigator.clipboard, 'writeText').resolves();
      const m = await mount();
      await answer(m, 'live', tricky());
      await press(m.el, 'Write');
      await press(m.el, 'Copy');
      const csv = writeText.firstCall.args[0];
      expect(csv.split('\r\n').filter(Boolean)).to.have.length(3);
      expect(csv).to.contain('"said ""no"", then\nstopped"');
      expect(csv).to.not.contain('HYPERLINK');
      expect(text($(m.el, '[part="notice"]'))).to.equal('Copied 2 errors as CSV');
    });

    it('downloads the visible errors as JSON', async () => {
      const created = sinon.stub(URL, 'createObjectURL').returns('blob:test');
      sinon.stub(URL, 'revokeObjectURL');
      const clicked = sinon.stub(HTMLAnchorElement.prototype, 'click');
      const m = await mount();
      await answer(m, 'live', tricky());
      const select = $<HTMLSelectElement>(m.el, '[part="export"] select')!;
      select.value = 'json';
      select.dispatchEvent(new Event('change'));
      m.el.search = 'HYPERLINK';
      await m.el.updateComplete;
      await press(m.el, 'Download');
      const blob = created.firstCall.args[0] as Blob;
      expect(blob.type).to.equal('application/json');
      const body = JSON.parse(await blob.text()) as { message: string }[];
      expect(body.map((e) => e.message)).to.deep.equal(['=HYPERLINK("http://evil")']);
      expect((clicked.firstCall.thisValue as HTMLAnchorElement).download).to.match(/^errors-.*\.json$/);
      expect(text($(m.el, '[part="notice"]'))).to.equal('Downloaded 1 error as JSON');
    });

    it('says so when the clipboard refuses', async () => {
      sinon.stub(navigator.clipboard, 'writeText').rejects(new Error('Write permission denied.'));
      const m = await mount();
      await answer(m, 'live', tricky());
      await press(m.el, 'Copy');
      expect(text($(m.el, '[part="notice"]'))).to.contain('Could not copy (Write permission denied.)');
      expect($$(m.el, '[part="download"]')).to.have.length(1);
    });
  });
});
