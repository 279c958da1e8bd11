/** The alerting reads of both sources, and the alert schemas' tolerance of what servers send. */
import { expect } from '@open-wc/testing';
import { MonitorError } from '../../src/errors.js';
import { parseResource } from '../../src/schemas/index.js';
import { AlertList, AlertRuleList } from '../../src/schemas/alerts.js';
import { PrometheusSource } from '../../src/sources/prometheus-source.js';
import { RestSource } from '../../src/sources/rest-source.js';
import { json, mockFetch, problem, type FetchCall } from './mock-fetch.js';

const signal = () => new AbortController().signal;
const T = '2026-01-15T12:00:00Z';

function wireAlert(overrides: Record<string, unknown> = {}) {
  return {
    id: 'a1', rule_id: 'r1', fingerprint: 'f1', status: 'firing', labels: { source: 'postgres-shop' }, annotations: null,
    fired_at: T, created_at: T, updated_at: T, ...overrides,
  };
}

describe('alert schemas', () => {
  it('reads an unknown severity or status as unknown, null maps and nulls as absent, and drops non-string labels', () => {
    const list = parseResource(
      AlertList,
      {
        alerts: [
          wireAlert({
            status: 'flapping', labels: { source: 'postgres-shop', count: 3, __proto__: 'x' }, current_value: null, resolved_at: null,
            rule: { id: 'r1', name: 'Lag', metric_name: 'philotes_cdc_lag_seconds', operator: 'above', threshold: 30, duration_seconds: 60,
              severity: 'page-me', labels: null, annotations: {}, enabled: true, created_at: T, updated_at: T },
          }),
        ],
        total_count: 1,
      },
      'alerts',
    );
    const [alert] = list.alerts;
    expect(alert!.status).to.equal('unknown');
    expect(alert!.labels).to.deep.equal({ source: 'postgres-shop' });
    expect(alert!.annotations).to.deep.equal({});
    expect([alert!.current_value, alert!.resolved_at]).to.deep.equal([undefined, undefined]);
    expect([alert!.rule!.severity, alert!.rule!.operator]).to.deep.equal(['unknown', 'unknown']);
  });

  it('takes warning for a rule without severity, as upstream defaults', () => {
    const rule = { id: 'r', name: 'n', metric_name: 'm', operator: 'gt', threshold: 1, duration_seconds: 0, labels: {}, annotations: {}, enabled: true, created_at: T, updated_at: T };
    expect(parseResource(AlertRuleList, { rules: [rule], total_count: 1 }, 'alert rules').rules[0]!.severity).to.equal('warning');
  });

  it('names the field when an alert is off contract', () => {
    expect(() => parseResource(AlertList, { alerts: [wireAlert({ fired_at: 'yesterday' })], total_count: 1 }, 'alerts'))
      .to.throw(MonitorError, 'Invalid alerts: field "alerts.0.fired_at" expected an RFC 3339 timestamp');
  });
});

describe('RestSource alerting', () => {
  it('lists with filters, and posts an acknowledgement as JSON', async () => {
    const mock = mockFetch((call: FetchCall) =>
      call.url.includes('/acknowledge') ? json(200, { message: 'alert acknowledged' }) : json(200, { alerts: [wireAlert()], total_count: 1 }),
    );
    const rest = new RestSource({ endpoint: 'https://cdc.example.com/api/v1', fetch: mock.fetch });
    const list = await rest.listAlerts({ status: 'firing', severity: 'critical', limit: 5 }, { signal: signal() });
    expect(list.alerts[0]!.fired_at.toISOString()).to.equal('2026-01-15T12:00:00.000Z');
    await rest.acknowledgeAlert('a/1', { acknowledgedBy: 'Ada', comment: '' }, { signal: signal() });
    expect(mock.calls.map((call) => [call.init.method ?? 'GET', call.url])).to.deep.equal([
      ['GET', 'https://cdc.example.com/api/v1/alerts?status=firing&severity=critical&limit=5'],
      ['POST', 'https://cdc.example.com/api/v1/alerts/a%2F1/acknowledge'],
    ]);
    expect(mock.calls[1]!.init.body).to.equal('{"acknowledged_by":"Ada"}');
    expect(new Headers(mock.calls[1]!.init.headers).get('content-type')).to.equal('application/json');
  });

  it('rejects a 409 on acknowledge with the server’s detail', async () => {
    const mock = mockFetch(() => problem(409, { type: 'https://philotes.io/errors/conflict', title: 'Conflict', detail: 'alert is already resolved' }));
    const rest = new RestSource({ endpoint: '/api/v1', fetch: mock.fetch });
    const error = await rest.acknowledgeAlert('a1', { acknowledgedBy: 'Ada' }, { signal: signal() }).catch((e: unknown) => e);
    expect(error).to.be.instanceOf(MonitorError);
    expect([(error as MonitorError).status, (error as MonitorError).problem?.detail]).to.deep.equal([409, 'alert is already resolved']);
  });
});

describe('PrometheusSource alerting', () => {
  it('reads ALERTS{alertstate="firing"} as firing alerts, since ALERTS_FOR_STATE, with nothing resolved', async () => {
    const labels = { alertname: 'LagHigh', severity: 'critical', source: 'postgres-shop', table: 'public.orders' };
    const mock = mockFetch((call) => {
      const query = new URL(call.url).searchParams.get('query');
      const result =
        query === 'ALERTS{alertstate="firing"}'
          ? [{ metric: { __name__: 'ALERTS', alertstate: 'firing', ...labels }, value: [1768478400, '1'] }]
          : [{ metric: { __name__: 'ALERTS_FOR_STATE', ...labels }, value: [1768478400, '1768478100'] }];
      return json(200, { status: 'success', data: { resultType: 'vector', result } });
    });
    const prometheus = new PrometheusSource({ url: 'https://prom.example.com', selector: 'source="postgres-shop"', fetch: mock.fetch });
    const { alerts } = await prometheus.listAlerts({ status: 'firing' }, { signal: signal() });
    expect(alerts).to.have.length(1);
    expect(alerts[0]!.labels).to.deep.equal(labels);
    expect([alerts[0]!.status, alerts[0]!.rule!.name, alerts[0]!.rule!.severity]).to.deep.equal(['firing', 'LagHigh', 'critical']);
    expect(alerts[0]!.fired_at.getTime()).to.equal(1768478100_000);
    const calls = mock.calls.length;
    expect((await prometheus.listAlerts({ status: 'resolved' }, { signal: signal() })).alerts).to.deep.equal([]);
    expect(mock.calls.length, 'resolved alerts are not asked for').to.equal(calls);
  });
});
