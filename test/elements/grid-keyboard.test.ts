/**
 * Data grids are one tab stop with arrow keys inside (roving tabindex): the error log's entries,
 * the column headers of <table-metrics> and <pipeline-list>, and the list's rows.
 */
import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import sinon from 'sinon';
import { answer, entries, error, mount as mountLog, NOW as LOG_NOW, page, poll, range } from './error-log-harness.js';
import { ID, listHarness, row, rows as listRows, within, type ListHarness } from './pipeline-list-harness.js';
import { mount as mountTable, t } from './table-metrics-harness.js';
import { intervalClock } from '../store/fake-source.js';

/** The element focus is on, through shadow roots. */
function deepActive(): Element | null {
  let active: Element | null = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

/** The controls of `root` that Tab reaches, among `selector`. */
const tabbable = (root: ParentNode, selector: string) => [...root.querySelectorAll<HTMLElement>(selector)].filter((e) => e.tabIndex >= 0);
const label = (e: Element | null) => (e?.textContent ?? '').replace(/\s+/g, ' ').trim();

describe('grids by keyboard', function () {
  this.timeout(10_000);

  describe('<error-log>', () => {
    let clock: sinon.SinonFakeTimers;
    beforeEach(() => {
      clock = intervalClock(LOG_NOW);
    });
    afterEach(() => clock.restore());

    it('makes 30 entries one tab stop; Up, Down, Home and End move between their Details; Tab leaves the list', async () => {
      const m = await mountLog();
      await answer(m, 'live', page(range(0, 29).map((e, i) => ({ ...e, message: `distinct ${i}` }))));
      const shadow = m.el.shadowRoot!;
      const summaries = () => entries(m.el).map((entry) => entry.querySelector('summary')!);
      expect(summaries()).to.have.length(30);
      expect(tabbable(shadow, 'summary')).to.deep.equal([summaries()[0]], 'only the first entry is in the tab order');
      expect(shadow.querySelectorAll('time[tabindex]').length, 'times are not tab stops').to.equal(0);

      summaries()[0]!.focus();
      await sendKeys({ press: 'ArrowDown' });
      expect(deepActive()).to.equal(summaries()[1]);
      expect(tabbable(shadow, 'summary')).to.deep.equal([summaries()[1]], 'the tab stop moved along');
      await sendKeys({ press: 'End' });
      expect(deepActive()).to.equal(summaries()[29]);
      await sendKeys({ press: 'ArrowDown' });
      expect(deepActive(), 'Down on the last entry stays').to.equal(summaries()[29]);
      await sendKeys({ press: 'Home' });
      expect(deepActive()).to.equal(summaries()[0]);
      await sendKeys({ press: 'ArrowUp' });
      expect(deepActive()).to.equal(summaries()[0]);

      await sendKeys({ press: 'Enter' });
      await m.el.updateComplete;
      expect(entries(m.el)[0]!.querySelector('details')!.open, 'Enter opens the details').to.equal(true);
      await sendKeys({ press: 'Tab' });
      expect(label(deepActive()), 'Tab reaches the open entry\'s full message').to.equal('distinct 0');
      await sendKeys({ press: 'Tab' });
      expect(deepActive()?.tagName, 'then leaves the entries').to.not.equal('SUMMARY');
    });

    it('keeps the tab stop on the entry last focused when new errors arrive above it', async () => {
      const m = await mountLog();
      await answer(m, 'live', page([error(5), error(6, { message: 'second' })]));
      entries(m.el)[1]!.querySelector('summary')!.focus();
      await poll(m, page([error(1, { message: 'new' }), error(5), error(6, { message: 'second' })]));
      expect(entries(m.el)).to.have.length(3);
      expect(tabbable(m.el.shadowRoot!, 'summary').map((s) => label(s.closest('[part~="entry"]')!.querySelector('[part="message"]')))).to.deep.equal(['second']);
    });
  });

  describe('<table-metrics>', () => {
    it('makes the column headers one tab stop; Left, Right, Home and End move between them', async () => {
      const { el } = await mountTable([t('orders', 1, 0), t('items', 2, 0)]);
      const shadow = el.shadowRoot!;
      const buttons = [...shadow.querySelectorAll<HTMLElement>('[part~="sort-button"]')];
      expect(buttons.map(label)).to.deep.equal(['Table', 'Events processed', 'Events/s', 'Lag↓', 'Last event']);
      expect(tabbable(shadow, '[part~="sort-button"]')).to.deep.equal([buttons[0]]);
      buttons[0]!.focus();
      await sendKeys({ press: 'ArrowRight' });
      expect(deepActive()).to.equal(buttons[1]);
      await sendKeys({ press: 'End' });
      expect(deepActive()).to.equal(buttons[4]);
      await sendKeys({ press: 'ArrowLeft' });
      expect(deepActive()).to.equal(buttons[3]);
      expect(tabbable(shadow, '[part~="sort-button"]')).to.deep.equal([buttons[3]]);
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(deepActive(), 'sorting keeps focus on the header').to.equal(buttons[3]);
      await sendKeys({ press: 'Tab' });
      expect(deepActive()?.getAttribute('part')).to.not.equal('sort-button');
    });
  });

  describe('<pipeline-list>', () => {
    let l: ListHarness;
    beforeEach(() => {
      l = listHarness();
    });
    afterEach(() => l.dispose());

    it('makes the rows one tab stop: the current row\'s name, Start and Stop; Down moves the stop to the next row', async () => {
      const el = await l.showing();
      const shadow = el.shadowRoot!;
      const [first, second] = listRows(el);
      expect(tabbable(shadow, '[part~="body"] a, [part~="body"] button').every((c) => first!.contains(c)), 'only the first row is in the tab order').to.equal(true);
      expect(tabbable(shadow, '[part~="sort-button"]')).to.have.length(1);

      within(first!, 'name')!.focus();
      await sendKeys({ press: 'ArrowDown' });
      expect(deepActive()).to.equal(within(second!, 'name'));
      const stops = tabbable(shadow, '[part~="body"] a, [part~="body"] button');
      expect(stops.length).to.be.greaterThan(1);
      expect(stops.filter((c) => !second!.contains(c)).map((c) => c.outerHTML), 'the stop moved with focus').to.deep.equal([]);
      await sendKeys({ press: 'Tab' });
      expect(second!.contains(deepActive()), 'Tab goes on to the row\'s own buttons').to.equal(true);
      expect(row(el, ID.orders)).to.exist;
    });
  });
});
