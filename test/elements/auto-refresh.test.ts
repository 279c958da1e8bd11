import { elementUpdated, expect, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import sinon from 'sinon';
import '../../src/elements/auto-refresh/auto-refresh.js';
import '../../src/elements/pipeline-metrics-grid/pipeline-metrics-grid.js';
import type { AutoRefresh } from '../../src/elements/auto-refresh/auto-refresh.js';
import { harness, metricsOf, part, pipelineOf, PIPELINE_ID, settle, spoken, type Harness } from './element-harness.js';

const select = (el: AutoRefresh) => part(el, 'select') as HTMLSelectElement;
const choices = (el: AutoRefresh) => [...select(el).options].map((o) => o.textContent?.trim());
const chosen = (el: AutoRefresh) => select(el).selectedOptions[0]?.textContent?.trim();

/** The element focused inside `el`'s shadow root, if any. */
const focused = (el: AutoRefresh) => el.shadowRoot!.activeElement;

describe('<auto-refresh>', function () {
  // Each axe audit takes a second or more when the two cores are busy with other suites.
  this.timeout(10_000);

  let h: Harness;
  beforeEach(() => {
    h = harness();
    h.store.setInterval(15_000);
  });
  afterEach(() => h.dispose());

  async function mount(template = html`<auto-refresh locale="en-US"></auto-refresh>`): Promise<AutoRefresh> {
    const el = await h.mount<AutoRefresh>(template);
    await elementUpdated(el);
    return el;
  }

  it('offers Off, 5 s, 15 s, 30 s and 1 min, showing the store’s interval', async () => {
    const el = await mount();
    expect(choices(el)).to.deep.equal(['Off', '5 s', '15 s', '30 s', '1 min']);
    expect(chosen(el)).to.equal('15 s');
    expect(spoken(part(el, 'base'))).to.contain('Auto-refresh');
    await expect(el).to.be.accessible();
  });

  it('fetches nothing itself', async () => {
    const el = await mount();
    part(el, 'toggle')!.click();
    part(el, 'toggle')!.click();
    await settle();
    expect(h.source.calls).to.have.length(0);
  });

  it('sets the shared store’s interval and announces the change', async () => {
    const el = await mount();
    const event = oneEvent(el, 'pm-interval-change');
    select(el).value = '30000';
    select(el).dispatchEvent(new Event('change'));
    const { detail, bubbles, composed } = await event;
    expect(detail).to.deep.equal({ intervalMs: 30_000, previousMs: 15_000 });
    expect([bubbles, composed]).to.deep.equal([true, true]);
    expect(h.store.intervalMs).to.equal(30_000);
  });

  it('follows a change made elsewhere on the same store', async () => {
    const el = await mount();
    h.store.setInterval(5000);
    await elementUpdated(el);
    expect(chosen(el)).to.equal('5 s');
  });

  it('pauses, and resumes at the interval it had', async () => {
    const el = await mount();
    h.store.setInterval(30_000);
    await elementUpdated(el);
    const changes: number[] = [];
    el.addEventListener('pm-interval-change', (e) => changes.push(e.detail.intervalMs));
    expect(spoken(part(el, 'toggle'))).to.equal('Pause auto-refresh');

    part(el, 'toggle')!.click();
    await elementUpdated(el);
    expect(h.store.intervalMs).to.equal(0);
    expect(chosen(el)).to.equal('Off');
    expect(spoken(part(el, 'toggle'))).to.equal('Resume auto-refresh');
    await expect(el).to.be.accessible();

    part(el, 'toggle')!.click();
    await elementUpdated(el);
    expect(h.store.intervalMs).to.equal(30_000);
    expect(changes).to.deep.equal([0, 30_000]);
  });

  it('resumes at the first interval offered when it never saw one running', async () => {
    h.store.setInterval(0);
    const el = await mount();
    el.intervals = [0, 10_000, 20_000];
    await elementUpdated(el);
    part(el, 'toggle')!.click();
    expect(h.store.intervalMs).to.equal(10_000);
  });

  it('takes its own list of intervals and keeps the store’s interval visible when it is not in it', async () => {
    const el = await mount();
    el.intervals = [0, 10_000, 120_000, 90_000, 500];
    await elementUpdated(el);
    expect(choices(el)).to.deep.equal(['Off', '10 s', '15 s', '1m 30s', '2 min']);
    expect(chosen(el)).to.equal('15 s');
  });

  it('refreshes every watched query now, with a spinner while the store fetches', async () => {
    const el = await mount();
    const grid = document.createElement('pipeline-metrics-grid');
    grid.pipelineId = PIPELINE_ID;
    el.after(grid);
    await settle();
    await elementUpdated(el);
    expect(part(el, 'spinner')).to.exist;
    expect(spoken(part(el, 'spinner'))).to.equal('Refreshing');
    await expect(el).to.be.accessible();

    h.source.last('getMetrics').resolve(metricsOf());
    h.source.last('getPipeline').resolve(pipelineOf());
    h.source.last('getHistory').resolve({ pipeline_id: PIPELINE_ID, time_range: '1h', data_points: [] });
    await settle();
    expect(part(el, 'spinner')).to.equal(null);

    part(el, 'refresh')!.click();
    expect(h.source.callsTo('getMetrics')).to.have.length(2);
    grid.remove();
  });

  describe('last updated', () => {
    let clock: sinon.SinonFakeTimers;
    beforeEach(() => {
      clock = sinon.useFakeTimers({ now: Date.UTC(2024, 4, 1, 12, 0, 5), toFake: ['Date'] });
    });
    afterEach(() => clock.restore());

    it('shows when its pipeline’s data last arrived', async () => {
      const el = await mount(html`<auto-refresh locale="en-US" pipeline-id=${PIPELINE_ID}></auto-refresh>`);
      expect(spoken(part(el, 'updated'))).to.equal('Not updated yet');
      const grid = document.createElement('pipeline-metrics-grid');
      grid.pipelineId = PIPELINE_ID;
      el.after(grid);
      await settle();
      h.source.last('getMetrics').resolve(metricsOf());
      h.source.last('getPipeline').resolve(pipelineOf());
      h.source.last('getHistory').resolve({ pipeline_id: PIPELINE_ID, time_range: '1h', data_points: [] });
      await settle();
      await elementUpdated(el);
      const time = part(el, 'updated')!.querySelector('time')!;
      expect(time.dateTime).to.equal('2024-05-01T12:00:05.000Z');
      expect(spoken(part(el, 'updated'))).to.equal(`Updated ${new Date(Date.UTC(2024, 4, 1, 12, 0, 5)).toLocaleTimeString('en-US')}`);
      grid.remove();
    });
  });

  describe('keyboard', () => {
    it('reaches the menu, the toggle and Refresh now in order, and operates each', async () => {
      const el = await mount();
      select(el).focus();
      await sendKeys({ press: 'ArrowDown' });
      await elementUpdated(el);
      expect(h.store.intervalMs, 'ArrowDown picks the next interval').to.equal(30_000);

      await sendKeys({ press: 'Tab' });
      expect(focused(el)).to.equal(part(el, 'toggle'));
      await sendKeys({ press: 'Enter' });
      await elementUpdated(el);
      expect(h.store.intervalMs).to.equal(0);
      await sendKeys({ press: 'Space' });
      await elementUpdated(el);
      expect(h.store.intervalMs).to.equal(30_000);

      await sendKeys({ press: 'Tab' });
      expect(focused(el)).to.equal(part(el, 'refresh'));
      const refresh = sinon.spy(h.store, 'refresh');
      await sendKeys({ press: 'Enter' });
      expect(refresh.callCount).to.equal(1);
    });
  });

  it('passes axe in the dark theme', async () => {
    const el = await mount(html`<auto-refresh theme="dark"></auto-refresh>`);
    await expect(el).to.be.accessible();
  });
});
