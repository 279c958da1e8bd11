/**
 * The shadow at a scroll box's cut edge (scroll-hint.ts), in a real layout: it follows horizontal
 * scrolling and the box's width, and measuring the rows never makes Chromium report a
 * "ResizeObserver loop" error, which would land in an embedder's error tracker.
 */
import { expect, html } from '@open-wc/testing';
import { box, fleetOf, frames, listHarness, type ListHarness } from './pipeline-list-harness.js';

/** Which edges of the list's box say there is more beyond them. */
function hints(el: HTMLElement): string[] {
  const wrapper = el.shadowRoot!.querySelector('.scroll-hint')!;
  return ['data-more-start', 'data-more-end'].filter((name) => wrapper.hasAttribute(name));
}

describe('scroll hint of a wide table in a narrow box', function () {
  this.timeout(20_000);

  let t: ListHarness;
  const errors: string[] = [];
  const onError = (event: ErrorEvent) => errors.push(event.message);
  beforeEach(() => {
    t = listHarness();
    errors.length = 0;
    window.addEventListener('error', onError);
  });
  afterEach(() => {
    window.removeEventListener('error', onError);
    t.dispose();
  });

  it('shows the cut edges as the user scrolls sideways and as the box widens', async () => {
    const el = await t.showing(html`<pipeline-list locale="en-US" style="display: block; width: 360px"></pipeline-list>`, fleetOf(200));
    await frames(el, 2);
    expect(hints(el), 'at the start: more to the end').to.deep.equal(['data-more-end']);

    const scroller = box(el);
    scroller.scrollLeft = 100;
    await frames(el, 2);
    expect(hints(el), 'in the middle').to.deep.equal(['data-more-start', 'data-more-end']);

    scroller.scrollLeft = scroller.scrollWidth;
    await frames(el, 2);
    expect(hints(el), 'at the end: more to the start').to.deep.equal(['data-more-start']);

    scroller.scrollLeft = 0;
    el.style.width = '1600px';
    await frames(el, 2);
    expect(hints(el), 'wide enough for every column').to.deep.equal([]);
  });

  it('measures rows through resizes, searches and font changes without a ResizeObserver loop error', async () => {
    const el = await t.showing(html`<pipeline-list locale="en-US" style="--pipeline-list-max-height: 20rem"></pipeline-list>`, fleetOf(2_000));
    const steps: (() => void)[] = [
      () => (el.search = 'pipe-0001'),
      () => (el.search = ''),
      () => (el.style.fontSize = '24px'),
      () => el.style.setProperty('--pipeline-list-max-height', '40rem'),
      () => (el.style.fontSize = ''),
      () => (box(el).scrollTop = 30_000),
    ];
    for (const step of steps) {
      step();
      await frames(el, 3);
    }
    const rowHeight = el.shadowRoot!.querySelector<HTMLElement>('[part~="row"]')!.getBoundingClientRect().height;
    const visible = box(el).clientHeight / rowHeight;
    const rendered = el.shadowRoot!.querySelectorAll('[part~="row"]').length;
    expect(rendered, 'the slice fits the box measured last').to.be.within(Math.floor(visible), Math.ceil(visible) + 8);
    expect(errors).to.deep.equal([]);
  });
});
