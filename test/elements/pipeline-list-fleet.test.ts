import { elementUpdated, expect, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { metricsOf, part, parts, settle, spoken } from './element-harness.js';
import {
  answerMetrics,
  box,
  fleetOf,
  frames,
  listHarness,
  names,
  pendingMetrics,
  positions,
  rows,
  scrollList,
  within,
  type ListHarness,
} from './pipeline-list-harness.js';
import type { PipelineListElement } from '../../src/elements/pipeline-list/pipeline-list.js';
import { backgroundTask } from '../../src/elements/shared/background-task.js';

/** Rows whose whole height is inside the box, below the sticky header. */
function rowsInView(el: PipelineListElement): number {
  const { top, bottom } = box(el).getBoundingClientRect();
  const head = part(el, 'header')!.getBoundingClientRect().bottom;
  return rows(el).filter((r) => {
    const rect = r.getBoundingClientRect();
    return rect.bottom > Math.max(top, head) && rect.top < bottom;
  }).length;
}

const rowHeight = (el: PipelineListElement) => rows(el)[0]!.getBoundingClientRect().height;

describe('<pipeline-list> with a fleet of 10,000', function () {
  this.timeout(20_000);

  let t: ListHarness;
  beforeEach(() => {
    t = listHarness();
  });
  afterEach(() => t.dispose());

  const mount = (template = html`<pipeline-list locale="en-US" style="--pipeline-list-max-height: 30rem"></pipeline-list>`) =>
    t.showing(template, fleetOf(10_000));

  it('draws only the rows in view, announces the count, and sums up the fleet', async () => {
    const el = await mount();
    await frames(el, 3);
    const table = part(el, 'table')!;
    expect(table.getAttribute('role')).to.equal('table');
    expect(table.getAttribute('aria-rowcount')).to.equal('10001');
    expect(spoken(part(el, 'summary'))).to.equal('10,000 pipelines');
    expect(rows(el).length).to.be.within(rowsInView(el), rowsInView(el) + 8);
    expect(positions(el)[0]).to.equal(0);
    expect(spoken(part(el, 'running'))).to.match(/^Running 8,000$/);
    expect(spoken(part(el, 'stopped'))).to.equal('Stopped 2,000');
    expect(spoken(part(el, 'failed'))).to.equal('In error 0');
    const nodes = el.shadowRoot!.querySelectorAll('*').length;
    expect(nodes, 'elements in the shadow root').to.be.below(2_000);
  });

  it('polls the metrics of the running rows in view only, and lets go of those scrolled away', async () => {
    const el = await mount();
    const inView = rowsInView(el);
    const first = pendingMetrics(t);
    expect(first.length).to.be.within(1, inView + 10);
    expect(first).to.include('p-0');
    expect(first, 'stopped pipelines are not polled').not.to.include('p-4');
    await answerMetrics(t, el, () => ({ events_per_second: 10 }));

    await scrollList(el, 5_000 * rowHeight(el));
    const here = positions(el);
    expect(here[0]).to.be.within(4_990, 5_000);
    const asked = pendingMetrics(t);
    expect(asked.length).to.be.within(1, inView + 10);
    expect(asked.every((id) => here.includes(Number(id.slice(2))))).to.equal(true);
    expect(t.h.store.metrics('p-0').state.data, 'the store keeps nothing of a row scrolled away').to.equal(undefined);

    // One interval later: only the rows now in view are asked again.
    await answerMetrics(t, el, () => ({ events_per_second: 20 }));
    const before = t.h.source.callsTo('getMetrics').length;
    void t.h.store.refresh();
    await settle();
    const again = t.h.source.callsTo('getMetrics').slice(before).map((c) => c.args[0] as string);
    expect(again.length).to.be.within(1, inView + 10);
    expect(again).not.to.include('p-0');
    expect(t.h.source.callsTo('listPipelines').length, 'the list is one request per interval').to.equal(2);
  });

  it('draws the rows a search finds first, and asks for their metrics after that frame', async () => {
    const el = await mount();
    await answerMetrics(t, el, () => ({ events_per_second: 10 }));
    // The answers' render queued a poll of its own: let it run, so only the search's can follow.
    await frames(el, 1);
    el.search = 'pipe-0999';
    await elementUpdated(el);
    await new Promise((resolve) => requestAnimationFrame(resolve));
    expect(names(el).slice(0, 2)).to.deep.equal(['pipe-09990', 'pipe-09991']);
    expect(pendingMetrics(t), 'nothing asked before the frame is drawn').to.deep.equal([]);
    await backgroundTask();
    await settle();
    expect(pendingMetrics(t)).to.have.members(['p-9990', 'p-9991', 'p-9992', 'p-9993', 'p-9995', 'p-9996', 'p-9997', 'p-9998']);
  });

  it('finds a pipeline among 10,000 as the user types', async () => {
    const el = await mount();
    (part(el, 'search') as HTMLInputElement).focus();
    await sendKeys({ type: 'pipe-09998' });
    await elementUpdated(el);
    expect(names(el)).to.deep.equal(['pipe-09998']);
    expect(spoken(part(el, 'summary'))).to.equal('Showing 1 of 10,000 pipelines');
    el.search = '';
    el.statusFilter = 'stopped';
    await elementUpdated(el);
    expect(spoken(part(el, 'summary'))).to.equal('Showing 2,000 of 10,000 pipelines');
    expect(rows(el).every((r) => r.dataset['status'] === 'stopped')).to.equal(true);
  });

  it('shows the next pipelines in the rows already built, but never in the one holding focus', async () => {
    const el = await mount();
    const built = new Set(rows(el));
    el.search = 'pipe-0500';
    await elementUpdated(el);
    expect(names(el)).to.deep.equal(Array.from({ length: 10 }, (_, i) => `pipe-0500${i}`));
    expect(rows(el).every((r) => built.has(r)), 'rows updated in place, none built anew').to.equal(true);

    const name = within(rows(el)[0]!, 'name')!;
    name.focus();
    el.search = 'pipe-0600';
    await elementUpdated(el);
    expect(names(el)).to.deep.equal(Array.from({ length: 10 }, (_, i) => `pipe-0600${i}`));
    expect(name.isConnected, 'the focused row left with its pipeline').to.equal(false);
    expect(rows(el).filter((r) => built.has(r)).length, 'the other rows were reused').to.equal(9);
  });

  it('moves between rows by keyboard, scrolling the next ones in', async () => {
    const el = await mount();
    within(rows(el)[0]!, 'name')!.focus();
    await sendKeys({ press: 'ArrowDown' });
    await elementUpdated(el);
    expect(spoken(el.shadowRoot!.activeElement)).to.equal('pipe-00001');
    await sendKeys({ press: 'End' });
    await frames(el, 2);
    expect(spoken(el.shadowRoot!.activeElement)).to.equal('pipe-09999');
    expect(positions(el)).to.include(9_999);
    await sendKeys({ press: 'PageUp' });
    await frames(el, 2);
    const focused = el.shadowRoot!.activeElement!.closest<HTMLElement>('[role="row"]')!;
    expect(Number(focused.getAttribute('aria-rowindex')) - 2).to.be.below(9_999);
    await expect(el).to.be.accessible();
  });
});

describe('<pipeline-list> sorting', function () {
  this.timeout(20_000);

  let t: ListHarness;
  beforeEach(() => {
    t = listHarness();
  });
  afterEach(() => t.dispose());

  /** Ten running pipelines whose events/s are 10 × their number, loaded. */
  async function sortable(template = html`<pipeline-list locale="en-US"></pipeline-list>`) {
    const el = await t.showing(template, fleetOf(10, (i) => `pipe-${i}`).map((p) => ({ ...p, status: 'running' as const })));
    await answerMetrics(t, el, (id) => ({ events_per_second: 10 * Number(id.slice(2)), lag_seconds: 100 - Number(id.slice(2)) }));
    return el;
  }

  const header = (el: PipelineListElement, label: string) =>
    parts(el, 'sort-button').find((b) => spoken(b).startsWith(label))!;

  it('sorts by a column header, tells the page, and marks the header', async () => {
    const el = await sortable();
    const changed = oneEvent(el, 'pm-sort-change');
    header(el, 'Events/s').click();
    expect((await changed).detail.sort).to.deep.equal([{ column: 'events', direction: 'descending' }]);
    await elementUpdated(el);
    expect(names(el).slice(0, 3)).to.deep.equal(['pipe-9', 'pipe-8', 'pipe-7']);
    expect(header(el, 'Events/s').closest('[role="columnheader"]')!.getAttribute('aria-sort')).to.equal('descending');
    header(el, 'Events/s').click();
    await elementUpdated(el);
    expect(names(el).slice(0, 3)).to.deep.equal(['pipe-0', 'pipe-1', 'pipe-2']);
    header(el, 'Pipeline').click();
    await elementUpdated(el);
    expect(el.sort).to.deep.equal([{ column: 'name', direction: 'ascending' }]);
    await expect(el).to.be.accessible();
  });

  it('takes the sort from its attribute, e.g. by lag', async () => {
    const el = await sortable(html`<pipeline-list locale="en-US" sort="lag desc"></pipeline-list>`);
    expect(el.sort).to.deep.equal([{ column: 'lag', direction: 'descending' }]);
    // Sorted when the list came, before any metrics: every row follows by name, and it says so.
    expect(names(el).slice(0, 2)).to.deep.equal(['pipe-0', 'pipe-1']);
    expect(spoken(part(el, 'sort-note'))).to.equal(
      'Sorted by Lag among the 0 pipelines whose metrics had loaded; the other 10 follow by name. Scroll to load more. Sort again',
    );
    part(el, 'resort')!.click();
    await elementUpdated(el);
    expect(names(el).slice(0, 2)).to.deep.equal(['pipe-0', 'pipe-1'], 'lag is 100 − n: pipe-0 lags most');
    expect(spoken(part(el, 'sort-note'))).to.match(/^Sorted by Lag as loaded when sorted/);
  });

  it('keeps its order while figures refresh, until the user sorts again', async () => {
    const el = await sortable();
    header(el, 'Events/s').click();
    await elementUpdated(el);
    expect(names(el)[0]).to.equal('pipe-9');
    void t.h.store.refresh();
    await settle();
    await answerMetrics(t, el, (id) => ({ events_per_second: 1000 - Number(id.slice(2)) }));
    expect(names(el)[0], 'rows stay where the reader saw them').to.equal('pipe-9');
    expect(spoken(within(rows(el)[0]!, 'events'))).to.equal('991/s');
    part(el, 'resort')!.click();
    await elementUpdated(el);
    expect(names(el)[0]).to.equal('pipe-0');
  });

  it('puts rows without loaded metrics after the others, by name, and says how many', async () => {
    const el = await t.showing(html`<pipeline-list locale="en-US"></pipeline-list>`, fleetOf(12, (i) => `pipe-${String(i).padStart(2, '0')}`));
    // Only two answered; pipe-04 and pipe-09 are stopped.
    for (const call of t.h.source.callsTo('getMetrics').filter((c) => ['p-1', 'p-2'].includes(c.args[0] as string))) {
      call.resolve(metricsOf({ pipeline_id: call.args[0] as string, events_per_second: call.args[0] === 'p-1' ? 5 : 50 }));
    }
    await settle();
    await elementUpdated(el);
    header(el, 'Events/s').click();
    await elementUpdated(el);
    expect(names(el).slice(0, 4)).to.deep.equal(['pipe-02', 'pipe-01', 'pipe-00', 'pipe-03']);
    expect(spoken(part(el, 'sort-note'))).to.contain('among the 2 pipelines whose metrics had loaded; the other 10 follow by name');
    expect(spoken(part(el, 'rate'))).to.equal('Events/s 55/s 2 of 10 running loaded');
  });
});
