import { elementUpdated, expect, html } from '@open-wc/testing';
import { part, pipelineOf, settle, spoken } from './element-harness.js';
import { box, fleetOf, frames, listHarness, names, positions, row, rows, scrollList, within, type ListHarness } from './pipeline-list-harness.js';
import type { PipelineListElement } from '../../src/elements/pipeline-list/pipeline-list.js';
import type { Pipeline } from '../../src/schemas/index.js';

describe('<pipeline-list> given a list it cannot trust', function () {
  this.timeout(20_000);

  let t: ListHarness;
  beforeEach(() => {
    t = listHarness();
  });
  afterEach(() => t.dispose());

  /** Answers the next poll of the list with `pipelines` (and `total`). */
  async function poll(el: PipelineListElement, pipelines: Pipeline[], total = pipelines.length) {
    void t.h.store.refresh();
    await settle();
    t.h.source.last('listPipelines').resolve({ pipelines, total_count: total });
    await settle();
    await elementUpdated(el);
    await frames(el, 2);
  }

  it('says when total_count disagrees with the pipelines sent, and shows those sent', async () => {
    const el = await t.mount();
    t.h.source.last('listPipelines').resolve({ pipelines: fleetOf(3), total_count: 1200 });
    await settle();
    await elementUpdated(el);
    expect(rows(el)).to.have.length(3);
    expect(spoken(part(el, 'notice'))).to.equal('The server counts 1,200 pipelines but sent 3; the list shows those sent.');
    expect(spoken(part(el, 'summary'))).to.equal('3 pipelines');
    await expect(el).to.be.accessible();
  });

  it('shows a pipeline listed twice under one id once, and says so', async () => {
    const [a, b] = fleetOf(2);
    const el = await t.showing(undefined, [a!, b!, { ...a!, name: 'impostor' }]);
    expect(names(el)).to.deep.equal(['pipe-00000', 'pipe-00001']);
    expect(spoken(part(el, 'notice'))).to.contain('The server sent 1 pipeline twice under one id; each id is shown once.');
  });

  it('cuts a 10,000-character name to one line of the row, the whole row keeping its height', async () => {
    const long = 'x'.repeat(10_000);
    const el = await t.showing(undefined, [pipelineOf({ id: 'a', name: long }), pipelineOf({ id: 'b', name: 'short' })]);
    const shown = spoken(within(row(el, 'a'), 'name'));
    expect(shown.length).to.equal(201);
    expect(shown.endsWith('…')).to.equal(true);
    const [first, second] = rows(el).map((r) => r.getBoundingClientRect().height);
    expect(first).to.equal(second);
    expect(box(el).scrollWidth, 'no page-wide overflow').to.be.below(4_000);
  });

  it('renders hostile names as text, with direction overrides and invisible characters made visible', async () => {
    const el = await t.showing(undefined, [
      pipelineOf({ id: 'm', name: '<img src=x onerror="window.pwned=1">orders' }),
      pipelineOf({ id: 'r', name: 'orders\u202Efdp.exe' }),
      pipelineOf({ id: 'z', name: 'orders\u200B-cdc' }),
    ]);
    expect(el.shadowRoot!.querySelector('img')).to.equal(null);
    expect((window as { pwned?: number }).pwned).to.equal(undefined);
    expect(spoken(within(row(el, 'm'), 'name'))).to.equal('<img src=x onerror="window.pwned=1">orders');
    expect(spoken(within(row(el, 'r'), 'name'))).to.equal('orders⟨U+202E⟩fdp.exe');
    expect(spoken(within(row(el, 'z'), 'name'))).to.equal('orders⟨U+200B⟩-cdc');
    expect(within(row(el, 'r'), 'name')!.querySelector('bdi'), 'each name isolated from its neighbours').not.to.equal(null);
    el.search = 'orders-cdc';
    await elementUpdated(el);
    expect(names(el), 'a zero-width character does not pass for the real name').to.deep.equal([]);
  });

  it('keeps the focused row in place when pipelines appear and disappear above it', async () => {
    const fleet = fleetOf(300);
    const el = await t.showing(html`<pipeline-list locale="en-US" style="--pipeline-list-max-height: 20rem"></pipeline-list>`, fleet);
    const height = rows(el)[0]!.getBoundingClientRect().height;
    await scrollList(el, 100 * height);
    const target = row(el, 'p-104');
    within(target, 'name')!.focus();
    const top = target.getBoundingClientRect().top;

    // Twenty new pipelines sort before it (server order), five above it leave.
    const grown = [...fleetOf(20).map((p) => ({ ...p, id: `new-${p.id}`, name: `new-${p.name}` })), ...fleet.filter((_, i) => i < 50 || i >= 55)];
    await poll(el, grown);
    const after = row(el, 'p-104');
    expect(spoken(el.shadowRoot!.activeElement), 'focus stays on the row').to.equal('pipe-00104');
    expect(after.getBoundingClientRect().top).to.be.closeTo(top, 1);
    expect(Number(after.getAttribute('aria-rowindex')) - 2).to.equal(104 + 20 - 5);

    await poll(el, fleet.slice(90));
    expect(spoken(el.shadowRoot!.activeElement)).to.equal('pipe-00104');
    expect(row(el, 'p-104').getBoundingClientRect().top).to.be.closeTo(top, 1);

    // The focused pipeline itself goes: focus stays in the list, not lost to the page.
    await poll(el, fleet.filter((p) => p.id !== 'p-104'));
    await frames(el, 1);
    expect(el.shadowRoot!.activeElement).to.equal(box(el));
    expect(positions(el).length).to.be.above(0);
  });
});
