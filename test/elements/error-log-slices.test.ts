import { expect } from '@open-wc/testing';
import sinon from 'sinon';
import { ErrorHistory } from '../../src/elements/error-log/error-history.js';
import { CHUNK, MERGE_SLICING } from '../../src/elements/error-log/sliced-merge.js';
import { TASK_BUDGET_MS } from '../../src/elements/shared/task-slicer.js';
import type { PipelineError } from '../../src/schemas/index.js';
import { $, $$, answer, entries, error, messages, mount, NOW, page, press, text } from './error-log-harness.js';
import { frame, settle } from './provided-store.js';

/** `count` errors, newest first; every 1,000th from the newest repeats one message, every 7th is a schema error. */
function large(count: number) {
  return Array.from({ length: count }, (_, i) =>
    i % 1000 === 0 ? error(i + 1, { message: 'disk full' }) : error(i + 1, i % 7 === 0 ? { type: 'schema' } : {}),
  );
}

const n = (v: number) => v.toLocaleString('en-US');

/** Errors taken in per task when the work takes no time (the fake clock stands still while it runs). */
const PER_TASK = CHUNK * MERGE_SLICING.maxSteps!;

describe('<error-log> with a page too large for one task', function () {
  this.timeout(20_000);
  let clock: sinon.SinonFakeTimers;
  beforeEach(() => {
    clock = sinon.useFakeTimers({ now: NOW, toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'Date', 'performance'] });
  });
  afterEach(() => {
    clock.restore();
    sinon.restore();
  });

  const status = (m: { el: Parameters<typeof $>[0] }) => text($(m.el, '[part="status"]'));
  /** Runs the next task of the work and lets the frame after it render. */
  const nextTask = async (el: Parameters<typeof $>[0]) => {
    clock.next();
    await el.updateComplete;
    await settle();
  };
  const untilFiltered = async (m: { el: Parameters<typeof $>[0] }) => {
    for (let i = 0; i < 200 && status(m).includes('Filtering'); i++) await nextTask(m.el);
  };
  const untilLoaded = async (m: { el: Parameters<typeof $>[0] }) => {
    for (let i = 0; i < 200 && status(m).includes('loaded'); i++) await nextTask(m.el);
  };

  it('shows the newest errors after the first task and the rest of the log in later tasks', async () => {
    const errors = large(PER_TASK * 2 + 500);
    const total = errors.length;
    const m = await mount();
    await answer(m, 'live', page(errors));
    expect(messages(m.el)[0]).to.equal('disk full');
    expect(entries(m.el)).to.have.length(100);
    expect(status(m)).to.contain(`${n(PER_TASK)} of ${n(total)} errors loaded`);
    expect(text(entries(m.el)[0]!.querySelector('[part="count"]'))).to.contain(`×${PER_TASK / 1000}`);

    await nextTask(m.el);
    expect(status(m)).to.contain(`${n(PER_TASK * 2)} of ${n(total)} errors loaded`);
    await nextTask(m.el);
    expect(status(m)).to.contain(`${n(total)} errors`);
    expect(status(m)).to.not.contain('loaded');
    // Repeats across tasks end up in one group, as if the page had been taken at once.
    expect(text(entries(m.el)[0]!.querySelector('[part="count"]'))).to.contain(`×${Math.ceil(total / 1000)}`);
    const schema = errors.filter((e) => e.type === 'schema').length;
    expect($$(m.el, '[part="type-filter"]').map(text)).to.deep.equal([`All ${n(total)}`, `Schema ${n(schema)}`, `Connection ${n(total - schema)}`]);
    expect(messages(m.el).slice(0, 3)).to.deep.equal(['disk full', errors[1]!.message, errors[2]!.message]);
  });

  it('hands the page back once a task has spent its time budget, however slow the indexing', async () => {
    const errors = large(CHUNK * 10);
    const add = ErrorHistory.prototype.add;
    // Each chunk takes a third of the budget and a bit: three fit in a task, a fourth would not.
    const cost = TASK_BUDGET_MS / 3 + 0.5;
    sinon.stub(ErrorHistory.prototype, 'add').callsFake(function (this: ErrorHistory, page: readonly PipelineError[]) {
      clock.tick(cost);
      return add.call(this, page);
    });
    const m = await mount();
    await answer(m, 'live', page(errors));
    expect(status(m)).to.contain(`${n(CHUNK * 3)} of ${n(errors.length)} errors loaded`);
    await nextTask(m.el);
    expect(status(m)).to.contain(`${n(CHUNK * 6)} of ${n(errors.length)} errors loaded`);
  });

  it('renders once a frame, not once a task, while the page is taken in', async () => {
    const errors = large(PER_TASK * 5);
    const m = await mount();
    await answer(m, 'live', page(errors));
    const rendered = sinon.spy(m.el as unknown as { render(): unknown }, 'render');
    // Three tasks run before the browser draws a frame: the status shows their sum once.
    clock.next();
    clock.next();
    clock.next();
    await m.el.updateComplete;
    expect(rendered.callCount).to.equal(0);
    await frame();
    await m.el.updateComplete;
    expect(rendered.callCount).to.equal(1);
    expect(status(m)).to.contain(`${n(PER_TASK * 4)} of ${n(errors.length)} errors loaded`);
  });

  it('filters what is loaded while the page is taken in, and ends as if it had been filtered at once', async () => {
    const errors = large(PER_TASK * 3);
    const m = await mount();
    await answer(m, 'live', page(errors));
    await press(m.el, 'Schema');
    const schema = errors.filter((e) => e.type === 'schema');
    const loadedSchema = errors.slice(0, PER_TASK).filter((e) => e.type === 'schema');
    expect(messages(m.el).slice(0, 3)).to.deep.equal(loadedSchema.slice(0, 3).map((e) => e.message));
    const search = $<HTMLInputElement>(m.el, '[part="search"]')!;
    search.value = `#${schema.at(-1)!.id.slice(1)}`;
    search.dispatchEvent(new Event('input'));
    await m.el.updateComplete;
    // The one match is not loaded yet.
    expect(messages(m.el)).to.deep.equal([]);

    await untilLoaded(m);
    await untilFiltered(m);
    expect(messages(m.el)).to.deep.equal([schema.at(-1)!.message]);
    search.value = '';
    search.dispatchEvent(new Event('input'));
    await m.el.updateComplete;
    expect(messages(m.el)).to.deep.equal(schema.slice(0, 100).map((e) => e.message));
  });

  it('applies a new search to a large loaded log newest first, over several tasks', async () => {
    const errors = large(PER_TASK * 3);
    const m = await mount();
    await answer(m, 'live', page(errors));
    await untilLoaded(m);
    const search = $<HTMLInputElement>(m.el, '[part="search"]')!;
    const type = async (value: string) => {
      search.value = value;
      search.dispatchEvent(new Event('input'));
      await m.el.updateComplete;
    };
    // Only the oldest error matches: until every error was looked at, that is not "no match".
    const oldest = errors.at(-1)!;
    await type(`#${oldest.id.slice(1)}`);
    expect(status(m)).to.contain('Filtering…');
    expect(text($(m.el, '[part="loading"]'))).to.contain('Loading matching errors');
    expect($(m.el, '[part="empty"]')).to.equal(null);
    await untilFiltered(m);
    expect(messages(m.el)).to.deep.equal([oldest.message]);

    // Every 1,000th error matches "disk full" as well: the newest match shows at once.
    await type('disk full');
    expect(messages(m.el)).to.deep.equal(['disk full']);
    expect(status(m)).to.contain('Filtering…');
    await untilFiltered(m);
    expect(status(m)).to.not.contain('Filtering');
    expect(text(entries(m.el)[0]!.querySelector('[part="count"]'))).to.contain(`×${errors.length / 1000}`);
  });

  it('does no work while detached and finishes once attached again', async () => {
    const errors = large(PER_TASK * 3);
    const m = await mount();
    await answer(m, 'live', page(errors));
    const parent = m.el.parentElement!;
    m.el.remove();
    clock.runAll();
    parent.append(m.el);
    await settle();
    expect(status(m)).to.contain(`${n(PER_TASK)} of ${n(errors.length)} errors loaded`);
    await untilLoaded(m);
    expect(status(m)).to.contain(`${n(errors.length)} errors`);
  });

  it('stops adding the old page when the log switches to another pipeline', async () => {
    const m = await mount();
    await answer(m, 'live', page(large(PER_TASK + 10)));
    m.el.pipelineId = 'other';
    await m.el.updateComplete;
    await settle();
    await answer(m, 'live', page([error(1, { message: 'fresh start' })]));
    await nextTask(m.el);
    expect(messages(m.el)).to.deep.equal(['fresh start']);
    expect(status(m)).to.contain('1 errors');
  });
});
