import { expect } from '@open-wc/testing';
import sinon from 'sinon';
import { SLICE } from '../../src/elements/error-log/sliced-merge.js';
import { $, $$, answer, entries, error, messages, mount, NOW, page, text } from './error-log-harness.js';
import { settle } from './provided-store.js';

/** `count` errors, newest first; every 1,000th from the newest repeats one message. */
function large(count: number) {
  return Array.from({ length: count }, (_, i) => (i % 1000 === 0 ? error(i + 1, { message: 'disk full' }) : error(i + 1)));
}

describe('<error-log> with a page too large for one task', function () {
  this.timeout(20_000);
  let clock: sinon.SinonFakeTimers;
  beforeEach(() => {
    clock = sinon.useFakeTimers({ now: NOW, toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'Date'] });
  });
  afterEach(() => {
    clock.restore();
    sinon.restore();
  });

  const status = (m: { el: Parameters<typeof $>[0] }) => text($(m.el, '[part="status"]'));
  const nextSlice = async (el: Parameters<typeof $>[0]) => {
    clock.next();
    await el.updateComplete;
    await settle();
  };

  it('shows the newest errors after the first slice and the rest of the log in later tasks', async () => {
    const errors = large(SLICE * 2 + 500);
    const n = (v: number) => v.toLocaleString('en-US');
    const total = errors.length;
    const m = await mount();
    await answer(m, 'live', page(errors));
    expect(messages(m.el)[0]).to.equal('disk full');
    expect(entries(m.el)).to.have.length(100);
    expect(status(m)).to.contain(`${n(SLICE)} of ${n(total)} errors loaded`);
    expect(text(entries(m.el)[0]!.querySelector('[part="count"]'))).to.contain(`×${SLICE / 1000}`);

    await nextSlice(m.el);
    expect(status(m)).to.contain(`${n(SLICE * 2)} of ${n(total)} errors loaded`);
    await nextSlice(m.el);
    expect(status(m)).to.contain(`${n(total)} errors`);
    expect(status(m)).to.not.contain('loaded');
    // Repeats across slices end up in one group, as if the page had been taken at once.
    expect(text(entries(m.el)[0]!.querySelector('[part="count"]'))).to.contain(`×${Math.ceil(total / 1000)}`);
    expect($$(m.el, '[part="type-filter"]').map(text)).to.deep.equal([`All ${n(total)}`, `Connection ${n(total)}`]);
    expect(messages(m.el).slice(0, 3)).to.deep.equal(['disk full', errors[1]!.message, errors[2]!.message]);
  });

  it('stops adding the old page when the log switches to another pipeline', async () => {
    const m = await mount();
    await answer(m, 'live', page(large(SLICE + 10)));
    m.el.pipelineId = 'other';
    await m.el.updateComplete;
    await settle();
    await answer(m, 'live', page([error(1, { message: 'fresh start' })]));
    await nextSlice(m.el);
    expect(messages(m.el)).to.deep.equal(['fresh start']);
    expect(status(m)).to.contain('1 errors');
  });
});
