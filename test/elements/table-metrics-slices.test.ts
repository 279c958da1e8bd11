import { expect } from '@open-wc/testing';
import sinon from 'sinon';
import { naturalCompare } from '../../src/elements/table-metrics/name-order.js';
import type { TableMetrics } from '../../src/schemas/index.js';
import { settle } from './provided-store.js';
import '../../src/elements/table-metrics/table-metrics.js';
import { $, metrics, mount, names, NOW, poll, rows, t, text, type Mounted } from './table-metrics-harness.js';

/**
 * `count` tables listed out of name order, lags in 40 steps so that many tie: the order shown
 * needs every name ranked. Ranking this many takes many tasks.
 */
function many(count: number): TableMetrics[] {
  return Array.from({ length: count }, (_, i) => {
    const k = (i * 7919) % count;
    return t(`t${k}`, k, k % 40);
  });
}

/** The names the table must show first: most lagging first, then by name (naturally: t2 before t10). */
function expectedFirst(tables: readonly TableMetrics[], count: number): string[] {
  return [...tables]
    .sort((a, b) => b.lag_seconds - a.lag_seconds || naturalCompare(a.table, b.table))
    .slice(0, count)
    .map((x) => `public.${x.table}`);
}

const N = 50_000;

describe('<table-metrics> taking in many new tables over several tasks', function () {
  this.timeout(20_000);
  let clock: sinon.SinonFakeTimers;
  beforeEach(() => {
    // The clock stands still while the work runs: each task does its most steps, a fixed amount.
    clock = sinon.useFakeTimers({ now: NOW, toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'Date', 'performance'] });
  });
  afterEach(() => clock.restore());

  const summary = (m: Mounted) => text($(m.el, '[part="summary"]'));
  /**
   * Runs every task of the work (and the clock's next second, whose interval never ends), then the
   * frame in which the rows are measured and the next, in which the slice is fitted to them.
   */
  const finish = async (m: Mounted) => {
    clock.runToLast();
    await m.el.updateComplete;
    await settle();
    await settle();
  };

  it('says it is loading until the names are ranked, then shows the right first rows', async () => {
    const tables = many(N);
    const m = await mount(tables);
    expect(text($(m.el, '[part="loading"]'))).to.contain('Loading tables');
    expect(rows(m.el)).to.have.length(0);
    expect($(m.el, '[part="toolbar"]')).to.equal(null);

    await finish(m);
    expect($(m.el, '[part="loading"]')).to.equal(null);
    expect(names(m.el).slice(0, 10)).to.deep.equal(expectedFirst(tables, 10));
    expect(summary(m)).to.equal('50,000 tables');
  });

  it('keeps showing the previous rows, in order, while a changed list of tables is taken in', async () => {
    const tables = many(N);
    const m = await mount(tables);
    await finish(m);
    const before = names(m.el);
    clock.tick(10_000);
    const grown = [...tables, t('urgent', 1, 999)];
    await poll(m, grown);
    expect(names(m.el)).to.deep.equal(before);
    expect(summary(m)).to.equal('50,000 tables');

    await finish(m);
    expect(names(m.el).slice(0, 10)).to.deep.equal(expectedFirst(grown, 10));
    expect(summary(m)).to.equal('50,001 tables');
  });

  it('shows the newest list when another arrives while one is being taken in', async () => {
    const m = await mount(many(N));
    await finish(m);
    await poll(m, [...many(N), t('first', 1, 500)]);
    const newest = [...many(N - 1), t('second', 1, 700)];
    await poll(m, newest);
    await finish(m);
    expect(names(m.el).slice(0, 5)).to.deep.equal(expectedFirst(newest, 5));
    expect(summary(m)).to.equal('50,000 tables');
  });

  it('shows none of the previous pipeline’s rows while another pipeline’s cached tables are taken in', async () => {
    const m = await mount(many(N));
    await finish(m);
    // Another element shows pipeline "other" from the same store, so its metrics are cached.
    const neighbour = Object.assign(document.createElement('table-metrics'), { pipelineId: 'other', locale: 'en-US' });
    m.el.parentElement!.append(neighbour);
    await settle();
    const others = Array.from({ length: N }, (_, i) => t(`other_${i}`, i, i % 7));
    m.source.last('getMetrics').resolve(metrics(others));
    await settle();

    m.el.pipelineId = 'other';
    await m.el.updateComplete;
    expect(rows(m.el)).to.have.length(0);
    expect(text($(m.el, '[part="loading"]'))).to.contain('Loading tables');
    await finish(m);
    expect(names(m.el).slice(0, 3)).to.deep.equal(expectedFirst(others, 3));
  });

  it('does no work while detached and finishes once attached again', async () => {
    const tables = many(N);
    const m = await mount(tables);
    const parent = m.el.parentElement!;
    m.el.remove();
    clock.runToLast();
    parent.append(m.el);
    await settle();
    expect(rows(m.el)).to.have.length(0);
    await finish(m);
    expect(names(m.el).slice(0, 3)).to.deep.equal(expectedFirst(tables, 3));
  });
});
