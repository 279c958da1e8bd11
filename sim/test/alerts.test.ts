import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, it } from 'node:test';
import { AlertHistory, AlertList, AlertResponse, AlertRuleList, AlertSummary, type AlertInstance } from '../../src/schemas/alerts.js';
import { assertProblem, assertValid, startSimulator, T0, type Harness } from './harness.js';

const HOUR = 3_600_000;

describe('the simulated alerting API', () => {
  let h: Harness;
  before(async () => {
    h = await startSimulator();
  });
  beforeEach(() => h.reset());
  after(() => h.close());

  const list = async (query = '') => assertValid(AlertList, await h.get(`/api/v1/alerts${query}`), 'alerts');
  const ack = (id: string, body: unknown) =>
    h.request('POST', `/api/v1/alerts/${id}/acknowledge`, body, { 'content-type': 'application/json' });

  /** The first instant, minute by minute from T0, at which some alert fires. */
  async function firstFiring(): Promise<AlertInstance> {
    for (let minutes = 0; minutes <= 12 * 60; minutes += 10) {
      h.clock.now = T0 + minutes * 60_000;
      const [alert] = (await list('?status=firing')).alerts;
      if (alert) return alert;
    }
    assert.fail('no alert fired within 12 hours');
  }

  it('serves its rules: lag and buffer rules enabled, with thresholds the episodes cross', async () => {
    const { rules, total_count } = assertValid(AlertRuleList, await h.get('/api/v1/alerts/rules'), 'alert rules');
    assert.equal(total_count, rules.length);
    const enabled = rules.filter((rule) => rule.enabled).map((rule) => [rule.metric_name, rule.operator, rule.threshold, rule.severity]);
    assert.deepEqual(enabled, [
      ['philotes_cdc_lag_seconds', 'gt', 30, 'warning'],
      ['philotes_cdc_lag_seconds', 'gt', 120, 'critical'],
      ['philotes_buffer_depth', 'gt', 6000, 'warning'],
    ]);
    assert.ok(rules.some((rule) => !rule.enabled), 'a disabled rule shows that only enabled rules count');
  });

  it('fires an alert when a series crosses its rule, with the series labels, and resolves it when it falls back', async () => {
    const fired = await firstFiring();
    const rule = fired.rule;
    assert.ok(rule, 'the rule is embedded');
    assert.equal(fired.status, 'firing');
    assert.match(fired.labels['source'] ?? '', /^postgres-/);
    assert.equal(fired.labels['team'], 'data-platform', 'rule labels are merged in');
    assert.ok((fired.current_value ?? 0) > rule.threshold);
    assert.ok(fired.annotations['summary']);
    assert.ok(fired.fired_at.getTime() <= h.clock.now);

    let resolved: AlertInstance | undefined;
    for (let step = 1; step <= 24 && !resolved; step++) {
      h.clock.now += 5 * 60_000;
      resolved = (await list('?status=resolved')).alerts.find((alert) => alert.id === fired.id);
    }
    assert.ok(resolved, 'the alert resolved within two hours');
    assert.ok(resolved.resolved_at && resolved.resolved_at > fired.fired_at);
    const history = assertValid(AlertHistory, await h.get(`/api/v1/alerts/${fired.id}/history`), 'alert history');
    assert.deepEqual(history.history.map((event) => event.event_type), ['resolved', 'fired']);
  });

  it('filters by status and severity, pages with limit and offset, and refuses bad filters', async () => {
    h.clock.now = T0 + 6 * HOUR;
    const all = await list('?limit=1000');
    assert.equal(all.alerts.length, all.total_count);
    const firing = await list('?status=firing');
    assert.ok(firing.alerts.every((alert) => alert.status === 'firing'));
    const warnings = await list('?severity=warning&limit=1000');
    assert.ok(warnings.alerts.every((alert) => alert.labels['severity'] === 'warning'));
    const page = await list('?limit=1&offset=1');
    assert.deepEqual(page.alerts.map((alert) => alert.id), all.alerts.slice(1, 2).map((alert) => alert.id));
    const problem = assertProblem(await h.get('/api/v1/alerts?status=burning&severity=loud'), 400, 'validation-error');
    assert.deepEqual((problem['errors'] as { field: string }[]).map((error) => error.field), ['status', 'severity']);
  });

  it('acknowledges a firing alert once, and says why it refuses the rest', async () => {
    const fired = await firstFiring();
    assertProblem(await ack(fired.id, { comment: 'who?' }), 400, 'validation-error');
    assertProblem(await ack(fired.id, 'not json'), 400, 'bad-request');
    const answer = await ack(fired.id, { acknowledged_by: 'Ada <script>', comment: 'looking' });
    assert.equal(answer.status, 200, answer.text);
    const { alert } = assertValid(AlertResponse, await h.get(`/api/v1/alerts/${fired.id}`), 'alert');
    assert.equal(alert.acknowledged_by, 'Ada <script>');
    assert.equal(alert.acknowledged_at?.getTime(), h.clock.now);
    const again = assertProblem(await ack(fired.id, { acknowledged_by: 'Bob' }), 409, 'conflict');
    assert.equal(again['detail'], 'alert is already acknowledged');
    assertProblem(await ack('00000000-0000-0000-0000-000000000000', { acknowledged_by: 'Bob' }), 404, 'not-found');
    const history = assertValid(AlertHistory, await h.get(`/api/v1/alerts/${fired.id}/history`), 'alert history');
    assert.equal(history.history[0]?.event_type, 'acknowledged');
  });

  it('refuses to acknowledge a resolved alert with 409', async () => {
    h.clock.now = T0 + 6 * HOUR;
    const [resolved] = (await list('?status=resolved')).alerts;
    assert.ok(resolved, 'six hours leave resolved alerts');
    const problem = assertProblem(await ack(resolved.id, { acknowledged_by: 'Ada' }), 409, 'conflict');
    assert.equal(problem['detail'], 'alert is already resolved');
  });

  it('counts in the summary what the list holds', async () => {
    h.clock.now = T0 + 6 * HOUR;
    const all = await list('?limit=1000');
    const summary = assertValid(AlertSummary, await h.get('/api/v1/alerts/summary'), 'alert summary');
    assert.equal(summary.firing_alerts + summary.resolved_alerts, all.total_count);
    assert.equal(summary.enabled_rules, 3);
  });

  it('gives the same alerts for the same seed and clock, whatever the requests before', async () => {
    h.clock.now = T0 + 3 * HOUR;
    await list();
    h.clock.now = T0 + 6 * HOUR;
    const stepped = await list('?limit=1000');
    const other = await startSimulator();
    try {
      other.clock.now = T0 + 6 * HOUR;
      const direct = assertValid(AlertList, await other.get('/api/v1/alerts?limit=1000'), 'alerts');
      const recent = (page: typeof direct) =>
        page.alerts.filter((alert) => alert.fired_at.getTime() > T0 + 4.5 * HOUR).map((alert) => [alert.id, alert.status]);
      assert.deepEqual(recent(stepped), recent(direct));
    } finally {
      await other.close();
    }
  });

  it('answers 404 like a server without alerting under the not-found fault', async () => {
    assert.equal((await h.request('PUT', '/__sim/faults', { alerts: { mode: 'not-found' } })).status, 200);
    assertProblem(await h.get('/api/v1/alerts?status=firing'), 404, 'not-found');
    assert.equal((await h.get('/api/v1/alerts/rules')).status, 200, 'only the faulted route');
  });
});
