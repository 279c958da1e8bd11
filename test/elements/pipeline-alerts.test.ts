import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import sinon from 'sinon';
import '../../src/elements/pipeline-alerts/pipeline-alerts.js';
import type { PipelineAlertsElement } from '../../src/elements/pipeline-alerts/pipeline-alerts.js';
import '../../src/elements/pipeline-metrics-grid/pipeline-metrics-grid.js';
import type { MetricCard } from '../../src/elements/metric-card/metric-card.js';
import type { PipelineMetricsGrid } from '../../src/elements/pipeline-metrics-grid/pipeline-metrics-grid.js';
import '../../src/elements/metric-chart/metric-chart.js';
import '../../src/elements/pipeline-list/pipeline-list.js';
import type { MetricChart } from '../../src/elements/metric-chart/metric-chart.js';
import { alertRulesQuery, alertsQuery } from '../../src/store/alert-queries.js';
import type { MetricsStore } from '../../src/store/metrics-store.js';
import {
  ALERTS_PIPELINE,
  cannedAlertsStore,
  DELETED_PIPELINE,
  QUIET_PIPELINE,
  type CannedAlertsOptions,
  type CannedRequest,
} from '../../stories/alerts-canned-store.js';
import { part, parts, spoken } from './element-harness.js';
import { chartOf, inked } from './metric-chart/harness.js';
import { untilRendered } from './provided-store.js';
import './store-provider.js';

describe('<pipeline-alerts>', function () {
  this.timeout(15_000);

  let store: MetricsStore;
  let requests: CannedRequest[];
  afterEach(() => store.dispose());

  /** Mounts the element over the canned server; resolves once alerts and rules are shown. */
  async function mount(options: CannedAlertsOptions = {}, id = ALERTS_PIPELINE) {
    ({ store, requests } = cannedAlertsStore(options));
    const host = await fixture(
      html`<test-store-provider .store=${store}><pipeline-alerts pipeline-id=${id} locale="en-US"></pipeline-alerts></test-store-provider>`,
    );
    const el = host.firstElementChild as PipelineAlertsElement;
    // Alerts, rules (their names) and the pipeline (its database, for the source label) all answered.
    await untilRendered(
      () => [alertsQuery(store), alertRulesQuery(store), store.pipeline(id)].every((query) => query.state.status !== 'pending'),
      'the alerts, rules and pipeline load',
    );
    await el.updateComplete;
    return el;
  }

  const rules = (el: Element) => parts(el, 'alert').map((item) => spoken(item.querySelector('[part~="rule"]')));
  const item = (el: Element, rule: string, subject?: string) =>
    parts(el, 'alert').find(
      (candidate) =>
        spoken(candidate.querySelector('[part~="rule"]')) === rule &&
        (subject === undefined || spoken(candidate.querySelector('[part~="subject"]')) === subject),
    )!;

  it('lists the pipeline’s alerts only (an unknown status as unknown), firing before resolved, most severe then newest first', async () => {
    const el = await mount();
    const order = parts(el, 'alert').map((a) => [a.dataset['status'], a.dataset['severity'], spoken(a.querySelector('[part~="subject"]'))]);
    expect(order).to.deep.equal([
      ['firing', 'critical', 'public.orders'],
      ['firing', 'warning', ''],
      ['firing', 'warning', '<img src=x onerror="alert(1)">'],
      ['firing', 'unknown', ''],
      ['unknown', 'warning', ''],
      ['resolved', 'warning', 'public.customers'],
    ]);
    expect(el.shadowRoot!.textContent, 'another pipeline’s and a deleted pipeline’s alerts are not shown').not.to.match(/inventory\.bins|deleted since/);
  });

  it('shows severity as icon and word, rule, summary, value with its unit, since when and who acknowledged', async () => {
    const el = await mount();
    const lag = item(el, 'Replication lag critical');
    expect(spoken(lag.querySelector('[part~="severity"]'))).to.equal('Critical');
    expect(lag.querySelector('[part~="severity"] svg')).to.exist;
    expect(spoken(lag.querySelector('[part~="summary"]'))).to.equal('Table public.orders is 184.2 s behind');
    expect(spoken(lag.querySelector('[part~="value"]'))).to.equal('3m 4s');
    expect(lag.querySelector('time')!.textContent).to.match(/5 min\. ago/);
    expect(spoken(lag.querySelector('[part~="facts"]'))).to.contain('Not acknowledged');
    const buffer = item(el, 'Buffer backlog');
    expect(spoken(buffer.querySelector('[part~="value"]'))).to.equal('7.2K events');
    expect(spoken(buffer.querySelector('[part~="acknowledged"]'))).to.match(/^Grace, 3 min\. ago/);
    expect(buffer.querySelector('[part~="acknowledge"]'), 'no Acknowledge for an acknowledged alert').to.equal(null);
    expect(spoken(item(el, 'Paging rule').querySelector('[part~="severity"]'))).to.equal('Unknown severity');
    expect(spoken(item(el, 'Replication lag high', '').querySelector('[part~="status"]'))).to.equal('Unknown status');
    expect(part(el, 'badge')!.getAttribute('aria-label')).to.equal('Alerts firing for orders-cdc: 1 critical, 2 warning, 1 unknown');
  });

  it('renders hostile label and annotation strings as text', async () => {
    const el = await mount();
    const hostile = item(el, 'Replication lag high', '<img src=x onerror="alert(1)">');
    expect(el.shadowRoot!.querySelector('img, script')).to.equal(null);
    expect(hostile.querySelector('[part~="summary"]')!.textContent).to.contain('<script>alert("pwned")</script>');
    await expect(el).to.be.accessible();
  });

  it('acknowledges from a form in place with one POST, then shows who acknowledged', async () => {
    const el = await mount();
    const lag = item(el, 'Replication lag critical');
    (lag.querySelector('[part~="acknowledge"]') as HTMLButtonElement).click();
    await el.updateComplete;
    const who = part(el, 'ack-who') as HTMLInputElement;
    await untilRendered(() => el.shadowRoot!.activeElement === who, 'the name field has focus');
    who.value = 'Ada';
    (part(el, 'ack-comment') as HTMLInputElement).value = 'on it';
    const acknowledged = oneEvent(el, 'pm-alert-acknowledged');
    const submit = part(el, 'ack-submit') as HTMLButtonElement;
    submit.click();
    submit.click();
    await el.updateComplete;
    expect(submit.disabled, 'disabled while sending').to.equal(true);
    const { detail } = await acknowledged;
    expect(detail).to.deep.equal({ alertId: 'a-lag', acknowledgedBy: 'Ada', comment: 'on it' });
    const posts = requests.filter((r) => r.method === 'POST');
    expect(posts).to.deep.equal([{ method: 'POST', path: '/alerts/a-lag/acknowledge', body: '{"acknowledged_by":"Ada","comment":"on it"}' }]);
    await untilRendered(() => spoken(part(el, 'ack-result')) === 'Acknowledged as Ada.', 'the result is shown');
    await untilRendered(
      () => /^Ada/.test(spoken(item(el, 'Replication lag critical').querySelector('[part~="acknowledged"]'))),
      'the refetched alert names who acknowledged',
    );
  });

  for (const [status, words] of [
    [409, 'Not acknowledged: the alert changed meanwhile (already resolved or acknowledged). The server said: alert is already resolved'],
    [404, 'Not acknowledged: the alert no longer exists. The server said: alert not found'],
  ] as const) {
    it(`says why a ${status} refused the acknowledgement, and keeps the form`, async () => {
      const el = await mount({ acknowledgeStatus: status });
      (item(el, 'Replication lag critical').querySelector('[part~="acknowledge"]') as HTMLButtonElement).click();
      await el.updateComplete;
      (part(el, 'ack-who') as HTMLInputElement).value = 'Ada';
      (part(el, 'ack-submit') as HTMLButtonElement).click();
      await untilRendered(() => part(el, 'ack-result') !== null, 'the outcome is shown');
      expect(spoken(part(el, 'ack-result'))).to.equal(words);
      expect(part(el, 'ack-result')!.getAttribute('role')).to.equal('alert');
      expect(part(el, 'ack-form'), 'the form stays for another try').to.exist;
    });
  }

  it('says once that alerting is not enabled when /alerts answers 404, and stops asking', async () => {
    const el = await mount({ alertingAbsent: true });
    expect(spoken(part(el, 'empty'))).to.equal('Alerting is not enabled on this server.');
    expect(part(el, 'error'), 'not a failure').to.equal(null);
    const asked = requests.filter((r) => r.path.startsWith('/alerts?')).length;
    const clock = sinon.useFakeTimers({ now: Date.now(), toFake: ['setTimeout', 'clearTimeout', 'Date'] });
    try {
      store.setInterval(1000);
      await clock.tickAsync(60_000);
      expect(requests.filter((r) => r.path.startsWith('/alerts?')).length, 'a minute of 1 s polling asks nothing').to.equal(asked);
    } finally {
      clock.restore();
    }
    await store.refresh();
    expect(requests.filter((r) => r.path.startsWith('/alerts?')).length, 'a manual refresh asks again').to.equal(asked + 2);
  });

  it('lists the alerts naming a pipeline that no longer exists, and says so', async () => {
    const el = await mount({}, DELETED_PIPELINE);
    await untilRendered(() => part(el, 'note') !== null, 'the note is shown');
    expect(spoken(part(el, 'note'))).to.equal('This pipeline no longer exists; alerts still naming it are listed.');
    expect(rules(el)).to.deep.equal(['Buffer backlog']);
  });

  it('in compact mode shows only the firing alerts counted by severity', async () => {
    ({ store, requests } = cannedAlertsStore());
    const host = await fixture(
      html`<test-store-provider .store=${store}><pipeline-alerts compact pipeline-id=${ALERTS_PIPELINE} pipeline-name="orders-cdc"></pipeline-alerts></test-store-provider>`,
    );
    const el = host.firstElementChild as PipelineAlertsElement;
    await untilRendered(() => part(el, 'badge-critical') !== null, 'the counts load');
    expect(parts(el, 'badge-count').map((count) => count.textContent!.trim())).to.deep.equal(['1 critical', '2 warning', '1 unknown']);
    expect(parts(el, 'alert')).to.have.length(0);
    await expect(el).to.be.accessible();
  });

  it('takes a custom matcher', async () => {
    const el = await mount();
    el.matcher = (alert) => alert.labels['table'] === 'inventory.bins';
    await el.updateComplete;
    expect(parts(el, 'alert').map((a) => spoken(a.querySelector('[part~="subject"]')))).to.deep.equal(['inventory.bins']);
  });

  describe('thresholds from rules in <pipeline-metrics-grid>', () => {
    async function grid(template: (id: string) => ReturnType<typeof html>) {
      ({ store, requests } = cannedAlertsStore());
      const host = await fixture(html`<test-store-provider .store=${store}>${template(ALERTS_PIPELINE)}</test-store-provider>`);
      const el = host.firstElementChild as PipelineMetricsGrid;
      await untilRendered(
        () => [alertRulesQuery(store), store.pipeline(ALERTS_PIPELINE), store.metrics(ALERTS_PIPELINE)].every((q) => q.state.data !== undefined),
        'rules, pipeline and metrics load',
      );
      await el.updateComplete;
      const card = (name: string) => el.shadowRoot!.querySelector<MetricCard>(`metric-card[part~="${name}"]`)!;
      await Promise.all(['lag', 'buffer'].map((name) => card(name).updateComplete));
      const notes = () => ['events', 'lag', 'buffer'].map((name) => spoken(card(name).shadowRoot!.querySelector('[part~="note"]')));
      return { el, card, notes };
    }

    it('takes warning and critical from enabled lag and buffer rules, and names them in the card', async () => {
      const { el, card, notes } = await grid((id) => html`<pipeline-metrics-grid pipeline-id=${id}></pipeline-metrics-grid>`);
      // Lag 50 s: critical by the default 30 s, a warning under rules of 20 s / 90 s. Buffer 4,500: under the default 5,000.
      expect([card('lag').state, card('buffer').state]).to.deep.equal(['warning', 'warning']);
      expect(el.effectiveThresholds).to.include({ lagWarning: 20, lagCritical: 90, bufferWarning: 4000, bufferCritical: 8000 });
      expect(notes()).to.deep.equal([
        '',
        'Limits from alert rules “Replication lag high”, “Replication lag critical”',
        'Limits from alert rule “Buffer backlog”',
      ]);
    });

    it('keeps the thresholds an embedder set, and names no rule for them', async () => {
      const { card, notes } = await grid((id) => html`<pipeline-metrics-grid pipeline-id=${id} lag-warning="60" .thresholds=${{ lagCritical: 100 }}></pipeline-metrics-grid>`);
      expect(card('lag').state).to.equal('normal');
      expect(notes()).to.deep.equal(['', '', 'Limits from alert rule “Buffer backlog”']);
    });
  });

  describe('thresholds from rules in <metric-chart>', () => {
    async function chart(template: (id: string) => ReturnType<typeof html>) {
      ({ store, requests } = cannedAlertsStore());
      const host = await fixture(html`<test-store-provider .store=${store}>${template(ALERTS_PIPELINE)}</test-store-provider>`);
      const el = host.firstElementChild as MetricChart;
      await untilRendered(() => chartOf(el) !== undefined && alertRulesQuery(store).state.data !== undefined, 'rules and history load, the plot is drawn');
      await el.updateComplete;
      return el;
    }
    const levels = (el: Element) => parts(el, 'legend-threshold').map((level) => spoken(level));

    it('draws the rules’ levels as lines, named in the legend, and scales the axis to show them', async () => {
      const el = await chart((id) => html`<metric-chart pipeline-id=${id} locale="en-US" series="lag_seconds buffer_depth"></metric-chart>`);
      expect(levels(el)).to.deep.equal([
        'Lag warning · 20 s, set by alert rule “Replication lag high”',
        'Lag critical · 1m 30s, set by alert rule “Replication lag critical”',
        'Buffer depth warning · 4K, set by alert rule “Buffer backlog”',
        'Buffer depth critical · 8K',
      ]);
      expect(parts(el, 'legend-threshold')[0]!.title, 'the rule named on hover').to.equal('Set by alert rule “Replication lag high”');
      const lag = chartOf(el)!.scales['y-lag_seconds']!;
      expect(inked(el, { y: lag.getPixelForValue(20) }), 'the rule’s 20 s warning is painted across the plot').to.be.above(0.15);
      expect(inked(el, { y: lag.getPixelForValue(5) }), 'no line at the default 5 s').to.be.below(0.05);
    });

    it('keeps the levels an embedder set, and names no rule for them', async () => {
      const el = await chart((id) => html`<metric-chart pipeline-id=${id} locale="en-US" series="lag_seconds" lag-warning="60" .thresholds=${{ lagCritical: 100 }}></metric-chart>`);
      expect(levels(el)).to.deep.equal(['Lag warning · 1m', 'Lag critical · 1m 40s']);
    });
  });

  it('badges a <pipeline-list> row whose pipeline has firing alerts, and leaves the quiet rows bare', async () => {
    ({ store, requests } = cannedAlertsStore());
    const host = await fixture(html`<test-store-provider .store=${store}><pipeline-list locale="en-US"></pipeline-list></test-store-provider>`);
    const list = host.firstElementChild as HTMLElement;
    const badge = (id: string) =>
      list.shadowRoot!.querySelector(`[data-id="${id}"] pipeline-alerts`)?.shadowRoot?.querySelector<HTMLElement>('[part~="badge"]') ?? null;
    await untilRendered(() => badge(ALERTS_PIPELINE)?.getAttribute('aria-label')?.startsWith('Alerts firing') === true && badge(QUIET_PIPELINE) !== null, 'both rows read the alerts');
    expect(badge(ALERTS_PIPELINE)!.getAttribute('aria-label')).to.match(/^Alerts firing for orders-cdc: 1 critical, 2 warning/);
    expect(badge(ALERTS_PIPELINE)!.checkVisibility()).to.equal(true);
    expect(badge(QUIET_PIPELINE)!.checkVisibility(), '"No alerts" is not drawn on every quiet row of a fleet').to.equal(false);
    expect(requests.filter((r) => r.path.startsWith('/alerts?status=firing')), 'one alerts query for the whole list').to.have.length(1);
  });

  it('shares one alerts query among every element of a store', async () => {
    ({ store, requests } = cannedAlertsStore());
    await fixture(
      html`<test-store-provider .store=${store}>
        ${[1, 2, 3, 4, 5].map(() => html`<pipeline-alerts compact pipeline-id=${ALERTS_PIPELINE}></pipeline-alerts>`)}
      </test-store-provider>`,
    );
    await untilRendered(() => requests.some((r) => r.path.startsWith('/alerts/rules')), 'the rules are read');
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(requests.filter((r) => r.path.startsWith('/alerts?')).map((r) => r.path).sort()).to.deep.equal([
      '/alerts?status=firing&limit=500',
      '/alerts?status=resolved&limit=50',
    ]);
  });
});
