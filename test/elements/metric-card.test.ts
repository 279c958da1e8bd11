import { elementUpdated, expect, fixture, html } from '@open-wc/testing';
import sinon from 'sinon';
import '../../src/elements/metric-card/metric-card.js';
import type { MetricCard } from '../../src/elements/metric-card/metric-card.js';
import { intervalClock } from '../store/fake-source.js';

const T0 = new Date('2024-05-01T12:00:00Z').getTime();

function part(card: MetricCard, name: string): HTMLElement | null {
  return card.shadowRoot?.querySelector<HTMLElement>(`[part~="${name}"]`) ?? null;
}

function text(card: MetricCard, name: string): string {
  return (part(card, name)?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** The card's text as a screen reader walks it: visible and visually hidden, skipping aria-hidden. */
function spoken(node: Node): string {
  const raw = (n: Node): string => {
    if (n instanceof Element && n.getAttribute('aria-hidden') === 'true') return '';
    if (n.nodeType === Node.TEXT_NODE) return n.textContent ?? '';
    return Array.from(n.childNodes, raw).join('');
  };
  return raw(node).replace(/\s+/g, ' ').trim();
}

async function card(template: unknown): Promise<MetricCard> {
  return fixture<MetricCard>(template as ReturnType<typeof html>);
}

describe('<metric-card>', () => {
  describe('loading', () => {
    it('shows a skeleton and marks itself busy until the first value arrives', async () => {
      const el = await card(html`<metric-card label="Lag" loading></metric-card>`);
      expect(part(el, 'skeleton')).to.exist;
      expect(part(el, 'value')).to.equal(null);
      expect(part(el, 'base')?.getAttribute('aria-busy')).to.equal('true');
      expect(spoken(part(el, 'base')!)).to.contain('Loading');
      expect(el.matches(':state(loading)')).to.equal(true);
    });

    it('keeps the last value visible during a refresh instead of flashing the skeleton', async () => {
      const el = await card(html`<metric-card label="Events" unit="count" locale="en-US" .value=${1234} loading></metric-card>`);
      expect(part(el, 'skeleton')).to.equal(null);
      expect(text(el, 'value')).to.equal('1.2K');
      el.loading = false;
      await elementUpdated(el);
      expect(part(el, 'base')?.getAttribute('aria-busy')).to.equal('false');
    });
  });

  describe('with data', () => {
    it('formats the value through its unit and locale', async () => {
      const el = await card(html`<metric-card label="Written" unit="bytes" locale="de-DE" .value=${1536}></metric-card>`);
      expect(text(el, 'value')).to.equal('1,5 KiB');
      el.unit = 'count';
      el.value = 3_400_000;
      el.locale = 'en-US';
      await elementUpdated(el);
      expect(text(el, 'value')).to.equal('3.4M');
    });

    it('reads numbers from attributes', async () => {
      const el = await card(html`<metric-card label="Lag" unit="seconds" locale="en-US" value="4.2" previous="" warning="5"></metric-card>`);
      expect(el.value).to.equal(4.2);
      expect(el.previous).to.equal(undefined);
      expect(text(el, 'value')).to.equal('4.2 s');
    });

    it('is a group named by its label, so the value is announced in context', async () => {
      const el = await card(html`<metric-card label="Events per second" unit="rate" locale="en-US" .value=${1234}></metric-card>`);
      const base = part(el, 'base')!;
      expect(base.getAttribute('role')).to.equal('group');
      const labelId = base.getAttribute('aria-labelledby')!;
      expect(el.shadowRoot?.getElementById(labelId)?.textContent).to.equal('Events per second');
      expect(spoken(base)).to.contain('1.2K/s');
    });

    it('shows the change since the previous sample as a signed percentage with an arrow', async () => {
      const el = await card(html`<metric-card label="Events" unit="rate" locale="en-US" .value=${1125} .previous=${1000}></metric-card>`);
      expect(text(el, 'trend')).to.match(/^\+12\.5%/);
      expect(part(el, 'trend-icon')).to.exist;
      expect(spoken(part(el, 'trend')!)).to.equal('+12.5% vs previous (+125/s), better');
    });

    it('shows the absolute change when the previous sample was zero', async () => {
      const el = await card(html`<metric-card label="Errors" unit="count" locale="en-US" .value=${5} .previous=${0}></metric-card>`);
      expect(spoken(part(el, 'trend')!)).to.equal('+5 vs previous, better');
    });

    it('shows no trend without a previous sample', async () => {
      const el = await card(html`<metric-card label="Events" .value=${5}></metric-card>`);
      expect(part(el, 'trend')).to.equal(null);
    });

    it('draws recent history as a sparkline, broken where samples are missing', async () => {
      const el = await card(html`<metric-card label="Lag" unit="seconds" locale="en-US" .value=${4} .history=${[1, 2, NaN, 3, 4]}></metric-card>`);
      const sparkline = part(el, 'sparkline')!;
      const d = sparkline.querySelector('path')?.getAttribute('d') ?? '';
      expect(d.match(/M/g)?.length).to.equal(2);
      expect(sparkline.getAttribute('role')).to.equal('img');
      expect(sparkline.getAttribute('aria-label')).to.equal('Last 4 samples: low 1 s, high 4 s');
    });

    it('draws a lone sample between gaps as a dot and omits a sparkline with under two samples', async () => {
      const el = await card(html`<metric-card label="Lag" .value=${1} .history=${[1, NaN, 2, NaN, 3]}></metric-card>`);
      expect(part(el, 'sparkline')?.querySelector('path')?.getAttribute('d')).to.equal('M0 22h0 M50 12h0 M100 2h0');
      el.history = [NaN, 7];
      await elementUpdated(el);
      expect(part(el, 'sparkline')).to.equal(null);
    });

    it('shows "—" and says "No data" for a NaN or missing value', async () => {
      const el = await card(html`<metric-card label="Lag" unit="seconds" .value=${NaN} .previous=${3}></metric-card>`);
      expect(text(el, 'value')).to.equal('—No data');
      expect(spoken(part(el, 'value')!)).to.equal('No data');
      expect(part(el, 'trend')).to.equal(null);
      el.value = undefined;
      await elementUpdated(el);
      expect(spoken(part(el, 'value')!)).to.equal('No data');
    });

    it('renders a hostile label as text, not markup', async () => {
      const hostile = '<img src=x onerror="window.__pwned = true"><b>Lag</b>';
      const el = await card(html`<metric-card .label=${hostile} .value=${1}></metric-card>`);
      expect(text(el, 'label')).to.equal(hostile);
      expect(el.shadowRoot?.querySelector('img, b')).to.equal(null);
      expect((window as { __pwned?: boolean }).__pwned).to.equal(undefined);
    });
  });

  describe('unit and note', () => {
    it('says what a count counts and holds a second figure of its metric inside the card', async () => {
      const el = await card(html`<metric-card label="Buffer depth" value="1200" unit="count" unit-label="events" note="peak 9.8K today" locale="en-US"></metric-card>`);
      const base = el.shadowRoot!.querySelector('[part~="base"]')!;
      expect(base.querySelector('[part~="value"]')!.textContent!.replace(/\s+/g, ' ').trim()).to.equal('1.2K events');
      expect(base.querySelector('[part~="note"]')!.textContent).to.equal('peak 9.8K today');
      await expect(el).to.be.accessible();
    });

  });

  describe('thresholds', () => {
    it('shows a Warning badge with an icon once the warning threshold is reached', async () => {
      const el = await card(html`<metric-card label="Lag" unit="seconds" locale="en-US" .value=${5} .warning=${5} .critical=${30}></metric-card>`);
      expect(el.state).to.equal('warning');
      expect(part(el, 'state-icon')).to.exist;
      expect(spoken(part(el, 'state')!)).to.equal('Warning (threshold 5 s)');
      expect(el.matches(':state(warning)')).to.equal(true);
    });

    it('shows a Critical badge above the critical threshold', async () => {
      const el = await card(html`<metric-card label="Lag" unit="seconds" locale="en-US" .value=${45} .warning=${5} .critical=${30}></metric-card>`);
      expect(spoken(part(el, 'state')!)).to.equal('Critical (threshold 30 s)');
      expect(el.matches(':state(critical)')).to.equal(true);
      expect(el.matches(':state(warning)')).to.equal(false);
    });

    it('shows no badge below the thresholds', async () => {
      const el = await card(html`<metric-card label="Lag" .value=${1} .warning=${5} .critical=${30}></metric-card>`);
      expect(el.state).to.equal('normal');
      expect(part(el, 'state')).to.equal(null);
    });

    it('treats thresholds as lower limits when critical is below warning', async () => {
      const el = await card(html`<metric-card label="Throughput" .value=${50} .warning=${100} .critical=${10}></metric-card>`);
      expect(el.state).to.equal('warning');
      el.value = 10;
      await elementUpdated(el);
      expect(el.state).to.equal('critical');
      el.value = 500;
      await elementUpdated(el);
      expect(el.state).to.equal('normal');
    });
  });

  describe('lower-is-better', () => {
    const palette = 'color-scheme: light; --pm-color-ok: rgb(0, 128, 0); --pm-color-critical: rgb(200, 0, 0)';

    it('colours and words a falling value as good news', async () => {
      const el = await card(html`<metric-card style=${palette} label="Lag" unit="seconds" locale="en-US" lower-is-better .value=${2} .previous=${4}></metric-card>`);
      const trend = part(el, 'trend')!;
      expect(getComputedStyle(trend).color).to.equal('rgb(0, 128, 0)');
      expect(spoken(trend)).to.equal('-50% vs previous (-2 s), better');
    });

    it('colours and words the same fall as bad news when higher is better', async () => {
      const el = await card(html`<metric-card style=${palette} label="Events" unit="rate" locale="en-US" .value=${2} .previous=${4}></metric-card>`);
      const trend = part(el, 'trend')!;
      expect(getComputedStyle(trend).color).to.equal('rgb(200, 0, 0)');
      expect(spoken(trend)).to.equal('-50% vs previous (-2/s), worse');
    });

    it('keeps an unchanged value neutral', async () => {
      const el = await card(html`<metric-card label="Lag" lower-is-better .value=${4} .previous=${4}></metric-card>`);
      expect(spoken(part(el, 'trend')!)).to.equal('0% vs previous, unchanged');
    });
  });

  describe('stale', () => {
    let clock: sinon.SinonFakeTimers;
    beforeEach(() => {
      // setTimeout stays real: the accessibility checker and fixtures rely on it.
      clock = intervalClock(T0);
    });
    afterEach(() => clock.restore());

    it('shows how long ago the value was updated and keeps that age current', async () => {
      const el = await card(html`<metric-card label="Lag" locale="en-US" .value=${3} .staleSince=${new Date(T0 - 12_000)}></metric-card>`);
      expect(text(el, 'stale')).to.equal('Stale · updated 12 sec. ago');
      expect(part(el, 'stale-icon')).to.exist;
      expect(el.matches(':state(stale)')).to.equal(true);
      clock.tick(5000);
      await elementUpdated(el);
      expect(text(el, 'stale')).to.equal('Stale · updated 17 sec. ago');
      clock.tick(60_000);
      await elementUpdated(el);
      expect(text(el, 'stale')).to.equal('Stale · updated 1 min. ago');
    });

    it('reads stale-since from an ISO attribute', async () => {
      const el = await card(html`<metric-card label="Lag" locale="en-US" stale-since="2024-05-01T11:57:00Z"></metric-card>`);
      expect(text(el, 'stale')).to.equal('Stale · updated 3 min. ago');
    });

    it('uses a given now instead of its own clock', async () => {
      const el = await card(html`<metric-card label="Lag" locale="en-US" .staleSince=${new Date(T0)} .now=${new Date(T0 + 120_000)}></metric-card>`);
      expect(text(el, 'stale')).to.equal('Stale · updated 2 min. ago');
      expect(clock.countTimers()).to.equal(0);
    });

    it('shows a stale time from the future as "now"', async () => {
      const el = await card(html`<metric-card label="Lag" locale="en-US" .staleSince=${new Date(T0 + 30_000)}></metric-card>`);
      expect(text(el, 'stale')).to.equal('Stale · updated now');
    });

    it('stops ticking when it stops being stale or leaves the page', async () => {
      const el = await card(html`<metric-card label="Lag" .staleSince=${new Date(T0)}></metric-card>`);
      expect(clock.countTimers()).to.equal(1);
      el.staleSince = undefined;
      await elementUpdated(el);
      expect(part(el, 'stale')).to.equal(null);
      expect(clock.countTimers()).to.equal(0);
      el.staleSince = new Date(T0);
      await elementUpdated(el);
      expect(clock.countTimers()).to.equal(1);
      el.remove();
      expect(clock.countTimers()).to.equal(0);
      document.body.append(el);
      expect(clock.countTimers()).to.equal(1);
      el.remove();
    });
  });

  describe('accessibility', () => {
    const states: Record<string, () => ReturnType<typeof html>> = {
      loading: () => html`<metric-card label="Lag" loading></metric-card>`,
      data: () => html`<metric-card label="Events per second" unit="rate" locale="en-US" .value=${1125} .previous=${1000} .history=${[900, 1000, NaN, 1125]}></metric-card>`,
      warning: () => html`<metric-card label="Lag" unit="seconds" .value=${7} .previous=${4} lower-is-better .warning=${5} .critical=${30}></metric-card>`,
      critical: () => html`<metric-card label="Lag" unit="seconds" .value=${45} .previous=${30} lower-is-better .warning=${5} .critical=${30}></metric-card>`,
      stale: () => html`<metric-card label="Buffer" unit="count" .value=${4200} .staleSince=${new Date(Date.now() - 30_000)}></metric-card>`,
      'no data': () => html`<metric-card label="Lag" unit="seconds" .value=${NaN}></metric-card>`,
    };

    for (const theme of ['light', 'dark'] as const) {
      for (const [name, template] of Object.entries(states)) {
        it(`passes axe in the ${name} state, ${theme} theme`, async () => {
          const el = await card(template());
          el.theme = theme;
          await elementUpdated(el);
          await expect(el).to.be.accessible();
        });
      }
    }

    it('switches palettes with the theme attribute', async () => {
      const el = await card(html`<metric-card label="Lag" theme="dark" .value=${1}></metric-card>`);
      const dark = getComputedStyle(part(el, 'base')!).backgroundColor;
      el.theme = 'light';
      await elementUpdated(el);
      expect(el.getAttribute('theme')).to.equal('light');
      expect(getComputedStyle(part(el, 'base')!).backgroundColor).to.equal('rgb(255, 255, 255)');
      expect(dark).not.to.equal('rgb(255, 255, 255)');
    });
  });
});
