/**
 * What the eye checks on a page: headers in line with their values, a hint where columns are cut
 * off, chart headers that keep their height, icons big enough to read, type colours that do not
 * say "ok" for a failure, and every row on paper.
 */
import { expect, fixture, html, nextFrame, waitUntil } from '@open-wc/testing';
import { emulateMedia, resetMouse, sendKeys, setViewport } from '@web/test-runner-commands';
import sinon from 'sinon';
import '../../src/elements/metric-chart/metric-chart.js';
import type { MetricChart } from '../../src/elements/metric-chart/metric-chart.js';
import type { TableMetricsElement } from '../../src/elements/table-metrics/table-metrics.js';
import { httpError, intervalClock } from '../store/fake-source.js';
import { answer, entries, error as logError, mount as mountLog, NOW as LOG_NOW, page, range } from './error-log-harness.js';
import { history, PIPELINE, series } from './metric-chart/fixtures.js';
import { chartOf, part as chartPart, provide, testStore } from './metric-chart/harness.js';
import { listHarness, row, within, ID, type ListHarness } from './pipeline-list-harness.js';
import { mount as mountTable, rows, t } from './table-metrics-harness.js';

/** Where the visible text of `node` ends on screen (its last glyph), not its box. */
function textRight(node: Node): number {
  const walker = document.createTreeWalker(node, NodeFilter.SHOW_TEXT, {
    acceptNode: (text) =>
      text.textContent!.trim() === '' || text.parentElement?.closest('.visually-hidden') ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT,
  });
  let last: Node | null = null;
  for (let next = walker.nextNode(); next; next = walker.nextNode()) last = next;
  const range = document.createRange();
  range.selectNodeContents(last!);
  return range.getBoundingClientRect().right;
}

/** Header label and first value of each end-aligned column: where each ends, in px. */
function columnEnds(header: HTMLElement[], cells: HTMLElement[], columns: number[]): { label: number; value: number }[] {
  return columns.map((i) => ({
    label: Math.round(textRight(header[i]!.querySelector('[part~="sort-button"] > span')!)),
    value: Math.round(textRight(cells[i]!)),
  }));
}

describe('layout', function () {
  this.timeout(20_000);

  describe('numeric headers', () => {
    it('end where the values of <table-metrics> end', async () => {
      const { el } = await mountTable([t('orders', 1_234_567, 45), t('items', 300, 2)]);
      const header = [...el.shadowRoot!.querySelectorAll<HTMLElement>('[role="columnheader"]')];
      const cells = [...rows(el)[0]!.querySelectorAll<HTMLElement>('[role="cell"]')];
      for (const { label, value } of columnEnds(header, cells, [1, 3])) expect(label).to.be.closeTo(value, 2);
    });

    it('end where the values of <pipeline-list> end', async () => {
      const l: ListHarness = listHarness();
      try {
        const el = await l.showing();
        const header = [...el.shadowRoot!.querySelectorAll<HTMLElement>('[role="columnheader"]')];
        const cells = [...row(el, ID.orders).querySelectorAll<HTMLElement>('[role="cell"], [role="rowheader"]')];
        await l.metricsFor(el, ID.orders, { events_per_second: 1250, lag_seconds: 3 });
        const events = header.findIndex((h) => h.textContent!.includes('Events/s'));
        const lag = header.findIndex((h) => h.textContent!.includes('Lag'));
        expect(within(row(el, ID.orders), 'lag')).to.exist;
        for (const { label, value } of columnEnds(header, cells, [events, lag])) expect(label).to.be.closeTo(value, 2);
      } finally {
        l.dispose();
      }
    });
  });

  describe('on a phone', () => {
    before(() => setViewport({ width: 390, height: 800 }));
    after(() => setViewport({ width: 800, height: 600 }));

    it('shades the edge the table is cut at, and the table scrolls sideways by keyboard', async () => {
      const { el } = await mountTable([t('orders', 1, 45), t('items', 2, 1)]);
      const hint = el.shadowRoot!.querySelector<HTMLElement>('.scroll-hint')!;
      const scroller = hint.querySelector<HTMLElement>('[part~="table"]')!;
      const shade = (side: '::before' | '::after') => Number(getComputedStyle(hint, side).opacity);
      expect(scroller.scrollWidth, 'the columns do not fit').to.be.greaterThan(scroller.clientWidth);
      // The shadows fade in and out (150 ms).
      await waitUntil(() => shade('::after') === 1, 'a shadow at the cut end');
      expect(shade('::before'), 'none at the start').to.equal(0);

      expect(scroller.tabIndex).to.equal(0);
      scroller.focus();
      await sendKeys({ press: 'End' });
      for (let i = 0; i < 30 && scroller.scrollLeft + scroller.clientWidth < scroller.scrollWidth - 1; i++) await sendKeys({ press: 'ArrowRight' });
      await waitUntil(() => shade('::after') === 0, 'the end shadow goes once scrolled to the end');
      await waitUntil(() => shade('::before') === 1, 'and one marks the start');
    });
  });

  describe('<metric-chart>', () => {
    afterEach(() => resetMouse());

    it('keeps its header height when "Reset zoom" appears in a narrow chart', async () => {
      const { store, source } = testStore();
      try {
        const host = await provide(store, html`<div style="width: 320px"><metric-chart pipeline-id=${PIPELINE} locale="en-US" time-zone="UTC" series="lag_seconds"></metric-chart></div>`);
        const el = host.querySelector<MetricChart>('metric-chart')!;
        source.last('getHistory').resolve(history(series(Date.UTC(2026, 0, 1, 12), 61, 60_000)));
        await waitUntil(() => chartOf(el) !== undefined && !store.history(PIPELINE).state.isFetching, 'history shown');
        await el.updateComplete;
        const header = chartPart(el, 'header')!;
        const before = header.getBoundingClientRect().height;
        const canvas = chartPart(el, 'canvas')!;
        const area = chartOf(el)!.chartArea;
        const box = canvas.getBoundingClientRect();
        const at = (f: number) => ({ clientX: box.left + area.left + f * (area.right - area.left), clientY: box.top + (area.top + area.bottom) / 2, pointerId: 7, isPrimary: true, button: 0, bubbles: true, composed: true });
        canvas.dispatchEvent(new PointerEvent('pointerdown', at(0.2)));
        canvas.dispatchEvent(new PointerEvent('pointermove', at(0.6)));
        canvas.dispatchEvent(new PointerEvent('pointerup', at(0.6)));
        await el.updateComplete;
        expect(chartPart(el, 'reset-zoom'), 'zoomed').to.exist;
        expect(header.getBoundingClientRect().height).to.equal(before);
      } finally {
        store.dispose();
      }
    });

    it('draws the error icon at a readable size beside a long message', async () => {
      const { store, source } = testStore();
      try {
        const host = await provide(store, html`<div style="width: 320px"><metric-chart pipeline-id=${PIPELINE} locale="en-US"></metric-chart></div>`);
        const el = host.querySelector<MetricChart>('metric-chart')!;
        source.last('getHistory').reject(httpError(503, `Service unavailable (503): ${'the upstream gateway timed out '.repeat(4)}`));
        await waitUntil(() => chartPart(el, 'error') !== null, 'error shown');
        const icon = chartPart(el, 'error')!.querySelector('[part~="error-icon"]')!.getBoundingClientRect();
        expect(icon.width).to.be.at.least(14);
        expect(icon.height).to.be.at.least(14);
      } finally {
        store.dispose();
      }
    });
  });

  describe('<error-log> type badges', () => {
    let clock: sinon.SinonFakeTimers;
    beforeEach(() => {
      clock = intervalClock(LOG_NOW);
    });
    afterEach(() => clock.restore());

    it('gives "Write" a colour of its own, not the ok green', async () => {
      const m = await mountLog();
      const types = ['replication', 'schema', 'connection', 'write', 'unknown'] as const;
      await answer(m, 'live', page(types.map((type, i) => logError(i, { type, message: `m${i}` }))));
      const colour = (type: string) => getComputedStyle(m.el.shadowRoot!.querySelector(`.badge--${type}`)!).borderInlineStartColor;
      const ok = await fixture<HTMLElement>(html`<span style="color: var(--pm-color-ok-fill, light-dark(#1a7f37, #4cc764)); color-scheme: light">ok</span>`);
      expect(colour('write')).to.not.equal(getComputedStyle(ok).color);
      const others = types.filter((type) => type !== 'write').map(colour);
      expect(others).to.not.include(colour('write'));
    });
  });

  describe('printed', () => {
    afterEach(() => emulateMedia({ media: 'screen' }));

    it('renders every row of a virtualised table, and only the rows in view again after', async () => {
      const tables = Array.from({ length: 1000 }, (_, i) => t(`t${i}`, i, i % 10));
      const { el } = await mountTable(tables);
      await waitUntil(() => rows(el).length > 0, 'rows shown');
      // The frame in which the box is measured, and the next, in which the rows are fitted to it.
      await nextFrame();
      await nextFrame();
      const onScreen = rows(el).length;
      expect(onScreen).to.be.below(1000);
      await emulateMedia({ media: 'print' });
      await waitUntil(() => rows(el).length === 1000, 'every row rendered for print');
      const scroller = (el as TableMetricsElement).shadowRoot!.querySelector<HTMLElement>('[part~="table"]')!;
      expect(getComputedStyle(scroller).maxHeight, 'the box grows with its rows').to.equal('none');
      expect(getComputedStyle(rows(el)[999]!).contentVisibility).to.equal('visible');
      await emulateMedia({ media: 'screen' });
      await waitUntil(() => rows(el).length === onScreen, 'back to the rows in view');
    });

    it('draws the error log\'s lazily drawn entries', async () => {
      const clock = intervalClock(LOG_NOW);
      try {
        const m = await mountLog();
        await answer(m, 'live', page(range(0, 39).map((e, i) => ({ ...e, message: `distinct ${i}` }))));
        const last = entries(m.el).at(-1)!;
        expect(getComputedStyle(last).contentVisibility).to.equal('auto');
        await emulateMedia({ media: 'print' });
        expect(getComputedStyle(last).contentVisibility).to.equal('visible');
      } finally {
        clock.restore();
      }
    });
  });
});
