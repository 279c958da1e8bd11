import { expect } from '@open-wc/testing';
import { html } from 'lit';
import { sendKeys } from '@web/test-runner-commands';
import sinon from 'sinon';
import '../../src/elements/time-range-selector/time-range-selector.js';
import type { RangeChangeEvent } from '../../src/elements/time-range-selector/range-change.js';
import type { TimeRangeSelector } from '../../src/elements/time-range-selector/time-range-selector.js';
import type { MetricsStore } from '../../src/store/metrics-store.js';
import { PIPELINE } from './metric-chart/fixtures.js';
import { part, provide, testStore, text } from './metric-chart/harness.js';

function presetButtons(el: TimeRangeSelector): HTMLButtonElement[] {
  return [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('[part~="preset"]')];
}

const pressed = (el: TimeRangeSelector) => presetButtons(el).filter((b) => b.getAttribute('aria-pressed') === 'true').map(text);

function type(el: TimeRangeSelector, name: 'from' | 'to', value: string): void {
  const input = part<HTMLInputElement>(el, name)!;
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true }));
}

describe('<time-range-selector>', function () {
  this.timeout(10_000);
  let store: MetricsStore;
  let events: RangeChangeEvent[];
  const pageUrl = location.href;

  beforeEach(() => {
    ({ store } = testStore());
    events = [];
  });
  afterEach(() => {
    sinon.restore();
    store.dispose();
    history.replaceState(history.state, '', pageUrl);
  });

  async function mount(attributes = ''): Promise<TimeRangeSelector> {
    const host = await provide(
      store,
      html`<time-range-selector pipeline-id=${PIPELINE} locale="en-US" ?sync-url=${attributes.includes('sync-url')}
        presets=${attributes.match(/presets=([^;]*)/)?.[1] ?? ''}></time-range-selector>`,
    );
    const el = host.querySelector('time-range-selector')!;
    el.addEventListener('pm-range-change', (e) => events.push(e));
    await el.updateComplete;
    return el;
  }

  it('offers the presets as toggle buttons, the shared range pressed', async () => {
    const el = await mount();
    expect(presetButtons(el).map(text)).to.deep.equal([
      '15m (last 15 minutes)',
      '1h (last 1 hour)',
      '6h (last 6 hours)',
      '24h (last 24 hours)',
      '7d (last 7 days)',
    ]);
    expect(pressed(el)).to.deep.equal(['1h (last 1 hour)']);
    expect(text(part(el, 'current'))).to.equal('Showing last 1 hour');
    await expect(el).to.be.accessible();
  });

  it('picks a preset from the keyboard: one event, one shared range', async () => {
    const el = await mount();
    const setRange = sinon.spy(store, 'setRange');
    presetButtons(el)[2]!.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(store.getRange(PIPELINE)).to.deep.equal({ range: '6h' });
    expect(setRange.callCount).to.equal(1);
    expect(events.map((e) => e.detail)).to.deep.equal([{ pipelineId: PIPELINE, range: { range: '6h' } }]);
    expect(pressed(el)).to.deep.equal(['6h (last 6 hours)']);
    await sendKeys({ press: 'Space' });
    expect(events, 'picking the range in force again changes nothing').to.have.length(1);
  });

  it('takes its presets from the attribute, dropping what the API cannot serve', async () => {
    const el = await mount('presets=30m, 2h bogus 30d');
    expect(el.presets).to.deep.equal(['30m', '2h']);
    expect(presetButtons(el).map(text)).to.deep.equal(['30m (last 30 minutes)', '2h (last 2 hours)']);
  });

  it('applies a custom absolute range typed into the form', async () => {
    const el = await mount();
    part(el, 'custom-toggle')!.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(part(el, 'custom-toggle')!.getAttribute('aria-expanded')).to.equal('true');
    expect(part<HTMLInputElement>(el, 'from')!.value, 'prefilled with the window in force').to.match(/^\d{4}-\d\d-\d\dT\d\d:\d\d$/);
    type(el, 'from', '2026-01-01T10:00');
    type(el, 'to', '2026-01-01T12:30');
    part(el, 'apply')!.click();
    await el.updateComplete;
    const range = { start: new Date('2026-01-01T10:00'), end: new Date('2026-01-01T12:30') };
    expect(store.getRange(PIPELINE)).to.deep.equal(range);
    expect(events.map((e) => e.detail.range)).to.deep.equal([range]);
    expect(part(el, 'custom'), 'the form closes').to.equal(null);
    expect(pressed(el)).to.deep.equal([]);
    expect(text(part(el, 'current'))).to.equal('Showing Jan 1, 10:00 AM to Jan 1, 12:30 PM');
  });

  for (const [why, from, to, message] of [
    ['an end before the start', '2026-01-02T10:00', '2026-01-01T10:00', 'The end must be after the start.'],
    ['a span over 7 days', '2026-01-01T10:00', '2026-01-08T10:01', 'The range can be at most 7 days long.'],
    ['a missing end', '2026-01-01T10:00', '', 'Enter an end date and time.'],
  ] as const) {
    it(`refuses ${why} with a message on the field, changing nothing`, async () => {
      const el = await mount();
      part(el, 'custom-toggle')!.click();
      await el.updateComplete;
      type(el, 'from', from);
      type(el, 'to', to);
      part(el, 'apply')!.click();
      await el.updateComplete;
      const input = part<HTMLInputElement>(el, 'to')!;
      expect(text(part(el, 'error'))).to.equal(message);
      expect(input.getAttribute('aria-invalid')).to.equal('true');
      expect(el.shadowRoot!.getElementById(input.getAttribute('aria-describedby')!)).to.equal(part(el, 'error'));
      expect(el.shadowRoot!.activeElement).to.equal(input);
      expect(events).to.have.length(0);
      expect(store.getRange(PIPELINE)).to.deep.equal({ range: '1h' });
      await expect(el).to.be.accessible();
    });
  }

  it('closes the form on Escape and returns focus to the Custom button', async () => {
    const el = await mount();
    part(el, 'custom-toggle')!.click();
    await el.updateComplete;
    part(el, 'from')!.focus();
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect(part(el, 'custom')).to.equal(null);
    expect(el.shadowRoot!.activeElement).to.equal(part(el, 'custom-toggle'));
  });

  it('follows a range set by another element on the same store without firing itself', async () => {
    const host = await provide(store, html`<div>
      <time-range-selector pipeline-id=${PIPELINE} locale="en-US"></time-range-selector>
      <time-range-selector pipeline-id=${PIPELINE} locale="en-US"></time-range-selector>
    </div>`);
    const [a, b] = [...host.querySelectorAll('time-range-selector')];
    b!.addEventListener('pm-range-change', (e) => events.push(e));
    presetButtons(a!)[4]!.click();
    await b!.updateComplete;
    expect(pressed(b!)).to.deep.equal(['7d (last 7 days)']);
    expect(events).to.have.length(0);
  });

  describe('with sync-url', () => {
    it('starts from the range in the page URL without announcing a change', async () => {
      history.replaceState(null, '', '?tab=lag&range=6h#top');
      const el = await mount('sync-url');
      expect(store.getRange(PIPELINE)).to.deep.equal({ range: '6h' });
      expect(pressed(el)).to.deep.equal(['6h (last 6 hours)']);
      expect(events).to.have.length(0);
      expect(location.search).to.equal('?tab=lag&range=6h');
    });

    it('writes each new range into the URL, keeping other parameters and adding no history entry', async () => {
      history.replaceState(null, '', '?tab=lag#top');
      const entries = history.length;
      const el = await mount('sync-url');
      expect(location.search, 'nothing written before the user acts').to.equal('?tab=lag');
      presetButtons(el)[3]!.click();
      await el.updateComplete;
      expect(location.search).to.equal('?tab=lag&range=24h');
      expect(location.hash).to.equal('#top');
      store.setRange(PIPELINE, { start: new Date(Date.UTC(2026, 0, 1, 10)), end: new Date(Date.UTC(2026, 0, 1, 12)) });
      await el.updateComplete;
      expect(location.search).to.equal('?tab=lag&from=2026-01-01T10%3A00%3A00Z&to=2026-01-01T12%3A00%3A00Z');
      expect(history.length).to.equal(entries);
    });

    it('reads an absolute range from the URL and ignores an invalid one', async () => {
      history.replaceState(null, '', '?from=2026-01-01T10:00:00Z&to=2026-01-01T12:00:00Z');
      await mount('sync-url');
      expect(store.getRange(PIPELINE)).to.deep.equal({ start: new Date(Date.UTC(2026, 0, 1, 10)), end: new Date(Date.UTC(2026, 0, 1, 12)) });
      store.dispose();
      ({ store } = testStore());
      history.replaceState(null, '', '?range=9y');
      await mount('sync-url');
      expect(store.getRange(PIPELINE)).to.deep.equal({ range: '1h' });
    });
  });

  it('leaves the URL alone without sync-url', async () => {
    history.replaceState(null, '', '?range=6h');
    const el = await mount();
    expect(store.getRange(PIPELINE)).to.deep.equal({ range: '1h' });
    presetButtons(el)[0]!.click();
    await el.updateComplete;
    expect(location.search).to.equal('?range=6h');
  });
});
