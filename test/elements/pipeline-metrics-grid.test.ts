import { elementUpdated, expect, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import sinon from 'sinon';
import '../../src/elements/pipeline-metrics-grid/pipeline-metrics-grid.js';
import '../../src/elements/pipeline-status/pipeline-status.js';
import type { MetricCard } from '../../src/elements/metric-card/metric-card.js';
import type { PipelineMetricsGrid } from '../../src/elements/pipeline-metrics-grid/pipeline-metrics-grid.js';
import type { PipelineMetrics } from '../../src/schemas/index.js';
import { intervalClock, networkError } from '../store/fake-source.js';
import { harness, metricsOf, part, parts, pipelineOf, PIPELINE_ID, settle, spoken, type Harness } from './element-harness.js';

const card = (grid: PipelineMetricsGrid, name: 'events' | 'lag' | 'buffer' | 'errors'): MetricCard =>
  part(grid, name) as MetricCard;

const valueOf = (c: MetricCard): string => spoken(c.shadowRoot!.querySelector('[part~="value"]'));

const summary = (grid: PipelineMetricsGrid, name: string): string =>
  spoken(part(grid, name)?.querySelector('dd') ?? null);

describe('<pipeline-metrics-grid>', function () {
  // Each axe audit takes a second or more when the two cores are busy with other suites.
  this.timeout(10_000);

  let h: Harness;
  beforeEach(() => {
    h = harness();
  });
  afterEach(() => h.dispose());

  async function grid(attributes = html``): Promise<PipelineMetricsGrid> {
    const el = await h.mount<PipelineMetricsGrid>(
      html`<pipeline-metrics-grid pipeline-id=${PIPELINE_ID} locale="en-US">${attributes}</pipeline-metrics-grid>`,
    );
    await settle();
    return el;
  }

  /** Answers the pending metrics request with `metrics`. */
  async function deliver(el: PipelineMetricsGrid, metrics: PipelineMetrics): Promise<void> {
    h.source.last('getMetrics').resolve(metrics);
    await settle();
    await elementUpdated(el);
  }

  /** Polls once more and answers with `metrics`, as the store's interval would. */
  async function poll(el: PipelineMetricsGrid, metrics: PipelineMetrics): Promise<void> {
    void h.store.refresh();
    await deliver(el, metrics);
  }

  describe('loading', () => {
    it('shows four skeleton cards and placeholder totals until the first snapshot arrives', async () => {
      const el = await grid();
      const cards = parts(el, 'card') as MetricCard[];
      expect(cards.map((c) => c.label)).to.deep.equal(['Events per second', 'Replication lag', 'Buffer depth', 'New errors']);
      expect(cards.every((c) => c.shadowRoot!.querySelector('[part~="skeleton"]') !== null)).to.equal(true);
      expect(part(el, 'base')!.getAttribute('aria-busy')).to.equal('true');
      expect(spoken(part(el, 'summary'))).to.contain('Total events Loading');
      await expect(el).to.be.accessible();
    });

    it('asks the store for the metrics of its pipeline', async () => {
      await grid();
      expect(h.source.last('getMetrics').args[0]).to.equal(PIPELINE_ID);
    });

    it('tells the embedder when no pipeline is selected instead of loading forever', async () => {
      const el = await h.mount<PipelineMetricsGrid>(html`<pipeline-metrics-grid></pipeline-metrics-grid>`);
      expect(spoken(part(el, 'empty'))).to.equal('No pipeline selected.');
      expect(h.source.callsTo('getMetrics')).to.have.length(0);
    });
  });

  describe('with data', () => {
    it('shows the four key metrics and the totals, formatted for the locale', async () => {
      const el = await grid();
      await deliver(el, metricsOf());
      expect(valueOf(card(el, 'events'))).to.equal('1.3K/s');
      expect(valueOf(card(el, 'lag'))).to.equal('2 s');
      expect(valueOf(card(el, 'buffer'))).to.equal('120 events');
      expect(valueOf(card(el, 'errors'))).to.equal('0');
      expect(summary(el, 'total-events')).to.equal('1.2M');
      expect(part(el, 'total-events')!.querySelector('dd')!.title).to.equal('1,234,567');
      expect(summary(el, 'iceberg-commits')).to.equal('4.3K');
      expect(summary(el, 'data-written')).to.equal('5 GiB');
      expect(part(el, 'base')!.getAttribute('aria-busy')).to.equal('false');
      await expect(el).to.be.accessible();
    });

    it('shows the uptime from the pipeline’s start, the same figure as <pipeline-status> beside it', async () => {
      const page = await h.mount<HTMLElement>(html`<div>
        <pipeline-status pipeline-id=${PIPELINE_ID} locale="en-US"></pipeline-status>
        <pipeline-metrics-grid pipeline-id=${PIPELINE_ID} locale="en-US"></pipeline-metrics-grid>
      </div>`);
      await settle();
      const el = page.querySelector('pipeline-metrics-grid')!;
      const status = page.querySelector('pipeline-status')!;
      expect(h.source.callsTo('getPipeline'), 'one request for both').to.have.length(1);
      h.source.last('getPipeline').resolve(pipelineOf({ status: 'running', started_at: new Date(Date.now() - (2 * 3600 + 30 * 60 + 15) * 1000) }));
      await deliver(el, metricsOf({ uptime: '2h29m50s' }));
      await status.updateComplete;
      expect(summary(el, 'uptime')).to.equal('2h 30m');
      expect(spoken(status.shadowRoot!.querySelector('[part~="since"]'))).to.contain('Running for 2h 30m');
    });

    it('shows a dash for the uptime of a pipeline that is not running', async () => {
      const el = await grid();
      h.source.last('getPipeline').resolve(pipelineOf({ status: 'stopped', started_at: new Date(Date.now() - 60_000) }));
      await deliver(el, metricsOf({ status: 'stopped', uptime: undefined }));
      expect(summary(el, 'uptime')).to.equal('—');
    });

    it('shows the lag p95 only when the source provides it', async () => {
      const el = await grid();
      await deliver(el, metricsOf({ lag_p95_seconds: 0 }));
      expect(spoken(part(el, 'cards'))).to.not.contain('p95');
      await poll(el, metricsOf({ lag_p95_seconds: 4.2 }));
      expect(spoken(card(el, 'lag').shadowRoot!.querySelector('[part~="note"]'))).to.equal('p95 lag 4.2 s');
    });

    it('compares each card with the previous snapshot and draws the snapshots as a sparkline', async () => {
      const el = await grid();
      await deliver(el, metricsOf({ events_per_second: 1000, lag_seconds: 4 }));
      expect(card(el, 'events').shadowRoot!.querySelector('[part~="trend"]')).to.equal(null);
      await poll(el, metricsOf({ events_per_second: 1250, lag_seconds: 2 }));
      expect(spoken(card(el, 'events').shadowRoot!.querySelector('[part~="trend"]'))).to.equal('+25% vs previous (+250/s), better');
      expect(spoken(card(el, 'lag').shadowRoot!.querySelector('[part~="trend"]'))).to.equal('-50% vs previous (-2 s), better');
      expect(card(el, 'events').shadowRoot!.querySelector('[part~="sparkline"]')!.getAttribute('aria-label')).to.equal(
        'Last 2 samples: low 1K/s, high 1.3K/s',
      );
    });

    it('keeps the last 30 snapshots for sparklines', async () => {
      const el = await grid();
      await deliver(el, metricsOf({ events_per_second: 0 }));
      for (let i = 1; i < 35; i++) await poll(el, metricsOf({ events_per_second: i }));
      expect(card(el, 'events').history).to.deep.equal(Array.from({ length: 30 }, (_, i) => i + 5));
    });

    it('starts a fresh trend when it is pointed at another pipeline', async () => {
      const el = await grid();
      await deliver(el, metricsOf({ events_per_second: 1000 }));
      el.pipelineId = 'another-pipeline';
      await settle();
      await deliver(el, metricsOf({ pipeline_id: 'another-pipeline', events_per_second: 10 }));
      expect(h.source.last('getMetrics').args[0]).to.equal('another-pipeline');
      expect(card(el, 'events').shadowRoot!.querySelector('[part~="trend"]')).to.equal(null);
      expect(card(el, 'events').history).to.deep.equal([10]);
    });
  });

  describe('seeded from the history of the range', () => {
    const SEC = 1000;
    function historyOf(values: (i: number) => Partial<Record<'events_per_second' | 'lag_seconds' | 'buffer_depth', number>>, count = 100, step = 36 * SEC) {
      const end = Date.now() - SEC;
      return {
        pipeline_id: PIPELINE_ID,
        time_range: '1h',
        data_points: Array.from({ length: count }, (_, i) => ({
          timestamp: new Date(end - (count - 1 - i) * step),
          events_per_second: 1000,
          lag_seconds: 2,
          buffer_depth: 100,
          error_count: 3,
          ...values(i),
        })),
      };
    }

    async function seeded(history: ReturnType<typeof historyOf>, metrics: PipelineMetrics): Promise<PipelineMetricsGrid> {
      const el = await grid();
      h.source.last('getHistory').resolve(history);
      await deliver(el, metrics);
      return el;
    }

    it('draws the range as the sparkline and compares with the value one interval ago, from the first render', async () => {
      const el = await seeded(historyOf((i) => ({ events_per_second: 1000 + i * 50, lag_seconds: i === 99 ? 4 : 2 })), metricsOf({ events_per_second: 8000, lag_seconds: 2 }));
      const events = card(el, 'events');
      expect(events.history).to.have.length(101);
      expect(events.history.slice(0, 3)).to.deep.equal([1000, 1050, 1100]);
      expect(events.history.at(-1)).to.equal(8000);
      // One interval before the live value: the history's last point (5,950/s).
      expect(events.previous).to.equal(5950);
      expect(spoken(card(el, 'lag').shadowRoot!.querySelector('[part~="trend"]'))).to.equal('-50% vs previous (-2 s), better');
      await expect(el).to.be.accessible();
    });

    it('shows a change within the usual jitter as flat, not as a percentage', async () => {
      const el = await seeded(historyOf((i) => ({ events_per_second: 1000 + (i % 2) * 150 })), metricsOf({ events_per_second: 1100 }));
      expect(spoken(card(el, 'events').shadowRoot!.querySelector('[part~="trend"]'))).to.equal('0% vs previous, unchanged');
    });

    it('shows "—" for the rate and lag of a pipeline that is not running, with no trend', async () => {
      const el = await seeded(historyOf(() => ({})), metricsOf({ status: 'stopped', events_per_second: 0, lag_seconds: 0, lag_p95_seconds: 3 }));
      for (const name of ['events', 'lag'] as const) {
        expect(valueOf(card(el, name))).to.equal('No data');
        expect(card(el, name).shadowRoot!.querySelector('[part~="trend"]'), name).to.equal(null);
      }
      expect(spoken(card(el, 'lag').shadowRoot!.querySelector('[part~="note"]'))).to.equal('');
      expect(valueOf(card(el, 'buffer'))).to.equal('120 events');
    });
  });

  describe('errors', () => {
    it('counts errors that appeared while on the page and shows the cumulative total beneath', async () => {
      const el = await grid();
      await deliver(el, metricsOf({ error_count: 40 }));
      expect(valueOf(card(el, 'errors'))).to.equal('0');
      expect(card(el, 'errors').state).to.equal('normal');
      expect(spoken(card(el, 'errors').shadowRoot!.querySelector('[part~="note"]'))).to.equal('40 in total');
      await poll(el, metricsOf({ error_count: 42 }));
      expect(valueOf(card(el, 'errors'))).to.equal('2');
      expect(card(el, 'errors').state).to.equal('warning');
      expect(spoken(card(el, 'errors'))).to.contain('Warning');
    });

    it('treats a falling counter as a restart, counting what came after it', async () => {
      const el = await grid();
      await deliver(el, metricsOf({ error_count: 40 }));
      await poll(el, metricsOf({ error_count: 1 }));
      expect(valueOf(card(el, 'errors'))).to.equal('1');
    });

    it('clears the warning once the new errors have left the 30-snapshot window', async () => {
      const el = await grid();
      await deliver(el, metricsOf({ error_count: 0 }));
      await poll(el, metricsOf({ error_count: 1 }));
      for (let i = 0; i < 28; i++) await poll(el, metricsOf({ error_count: 1 }));
      expect(card(el, 'errors').state, 'the error is still inside the window').to.equal('warning');
      await poll(el, metricsOf({ error_count: 1 }));
      expect(card(el, 'errors').state).to.equal('normal');
      expect(valueOf(card(el, 'errors'))).to.equal('0');
      expect(spoken(card(el, 'errors').shadowRoot!.querySelector('[part~="trend"]'))).to.match(/^-100% .*better$/);
    });
  });

  describe('thresholds', () => {
    it('marks lag from 5 s as a warning and from 30 s as critical by default', async () => {
      const el = await grid();
      await deliver(el, metricsOf({ lag_seconds: 4.9 }));
      expect(card(el, 'lag').state).to.equal('normal');
      await poll(el, metricsOf({ lag_seconds: 5 }));
      expect(card(el, 'lag').state).to.equal('warning');
      await poll(el, metricsOf({ lag_seconds: 30 }));
      expect(card(el, 'lag').state).to.equal('critical');
      expect(spoken(card(el, 'lag'))).to.contain('Critical (threshold 30 s)');
    });

    it('marks buffer depth from 5,000 as a warning and from 8,000 as critical by default', async () => {
      const el = await grid();
      await deliver(el, metricsOf({ buffer_depth: 5000 }));
      expect(card(el, 'buffer').state).to.equal('warning');
      await poll(el, metricsOf({ buffer_depth: 8000 }));
      expect(card(el, 'buffer').state).to.equal('critical');
    });

    it('takes limits from attributes', async () => {
      const el = await h.mount<PipelineMetricsGrid>(html`<pipeline-metrics-grid
        pipeline-id=${PIPELINE_ID}
        lag-warning="60"
        lag-critical="300"
        buffer-warning="100"
        buffer-critical="200"
        errors-warning="5"
        errors-critical="10"
      ></pipeline-metrics-grid>`);
      await settle();
      await deliver(el, metricsOf({ lag_seconds: 45, buffer_depth: 150, error_count: 0 }));
      await poll(el, metricsOf({ lag_seconds: 45, buffer_depth: 150, error_count: 10 }));
      expect([card(el, 'lag').state, card(el, 'buffer').state, card(el, 'errors').state]).to.deep.equal([
        'normal',
        'warning',
        'critical',
      ]);
    });

    it('takes limits from the thresholds property, with attributes winning over it', async () => {
      const el = await grid();
      await deliver(el, metricsOf({ lag_seconds: 12, buffer_depth: 6000 }));
      el.thresholds = { lagWarning: 10, lagCritical: 20, bufferWarning: Infinity, bufferCritical: Infinity };
      await elementUpdated(el);
      expect(card(el, 'lag').state).to.equal('warning');
      expect(card(el, 'buffer').state, 'Infinity turns a limit off').to.equal('normal');
      el.setAttribute('lag-warning', '15');
      await elementUpdated(el);
      expect(card(el, 'lag').state).to.equal('normal');
      expect(el.effectiveThresholds.lagWarning).to.equal(15);
    });

    it('passes axe with warning and critical cards', async () => {
      const el = await grid();
      await deliver(el, metricsOf({ lag_seconds: 45, buffer_depth: 6000, error_count: 1 }));
      await poll(el, metricsOf({ lag_seconds: 50, buffer_depth: 6500, error_count: 2 }));
      expect(card(el, 'lag').state).to.equal('critical');
      await expect(el).to.be.accessible();
    });
  });

  describe('stale and failed', () => {
    let clock: sinon.SinonFakeTimers;
    beforeEach(() => {
      // setTimeout stays real: fixtures and the accessibility checker rely on it.
      clock = intervalClock(Date.UTC(2024, 4, 1, 12));
    });
    afterEach(() => clock.restore());

    it('keeps the last snapshot, marked stale with its age, and says why with a Retry', async () => {
      const el = await grid();
      await deliver(el, metricsOf({ events_per_second: 1250 }));
      clock.tick(20_000);
      void h.store.refresh();
      h.source.last('getMetrics').reject(networkError());
      await settle();
      await elementUpdated(el);
      expect(valueOf(card(el, 'events'))).to.equal('1.3K/s');
      expect(spoken(card(el, 'events').shadowRoot!.querySelector('[part~="stale"]'))).to.equal('Stale · updated 20 sec. ago');
      const problem = part(el, 'problem')!;
      expect(problem.getAttribute('role')).to.equal('alert');
      expect(spoken(problem)).to.equal('Metrics are not current. Could not reach the server Retry');
      await expect(el).to.be.accessible();

      const before = h.source.callsTo('getMetrics').length;
      part(el, 'retry')!.click();
      expect(h.source.callsTo('getMetrics')).to.have.length(before + 1);
      await deliver(el, metricsOf({ events_per_second: 1300 }));
      expect(part(el, 'problem')).to.equal(null);
      expect(card(el, 'events').staleSince).to.equal(undefined);
    });

    it('shows the message and a keyboard-operable Retry when nothing could be loaded', async () => {
      const el = await grid();
      h.source.last('getMetrics').reject(networkError());
      await settle();
      await elementUpdated(el);
      expect(parts(el, 'card')).to.have.length(0);
      expect(spoken(part(el, 'problem'))).to.equal('Metrics could not be loaded. Could not reach the server Retry');
      await expect(el).to.be.accessible();

      const before = h.source.callsTo('getMetrics').length;
      part(el, 'retry')!.focus();
      await sendKeys({ press: 'Enter' });
      // The store's own back-off retry (real timers) may land during the axe audit or the key press too.
      expect(h.source.callsTo('getMetrics').length).to.be.greaterThan(before);
      await deliver(el, metricsOf());
      expect(parts(el, 'card')).to.have.length(4);
    });
  });

  describe('partial data', () => {
    it('says so over metrics the server marked partial, and not once a whole answer comes', async () => {
      const el = await grid();
      await deliver(el, metricsOf({ events_per_second: 1250, partial: true }));
      const note = part(el, 'partial')!;
      expect(spoken(note)).to.equal('Partial data · the metrics server answered for only part of the series');
      expect(note.getAttribute('role')).to.equal('note');
      expect(valueOf(card(el, 'events')), 'the figures still show').to.equal('1.3K/s');
      await expect(el).to.be.accessible();
      await poll(el, metricsOf({ events_per_second: 1250 }));
      expect(part(el, 'partial')).to.equal(null);
    });
  });

  describe('layout', () => {
    const columns = (el: PipelineMetricsGrid) => getComputedStyle(part(el, 'cards')!).gridTemplateColumns.split(' ').length;

    for (const [width, expected] of [[360, 1], [640, 2], [1100, 4]] as const) {
      it(`lays the cards out in ${expected} column(s) at ${width}px`, async () => {
        const el = await grid();
        el.style.width = `${width}px`;
        await deliver(el, metricsOf());
        expect(columns(el)).to.equal(expected);
      });
    }
  });

  describe('themes', () => {
    it('passes axe in the dark theme', async () => {
      const el = await grid();
      await deliver(el, metricsOf({ lag_seconds: 12, lag_p95_seconds: 20 }));
      el.theme = 'dark';
      await elementUpdated(el);
      await expect(el).to.be.accessible();
    });
  });
});
