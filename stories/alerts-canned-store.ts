/**
 * A canned alerting server for the `<pipeline-alerts>` stories and tests: a `fetch` answering
 * the REST alerting routes with wire JSON (so the real RestSource and schemas read it), holding
 * every case the simulator will not show on demand: unknown severity and status, hostile label
 * strings, an acknowledged alert, an alert of another pipeline and one of a deleted pipeline.
 * The pipeline's metrics (lag 50 s, buffer 4,500) sit between the canned rules' limits and the defaults.
 */
import { RestSource } from '../src/sources/rest-source.js';
import { MetricsStore } from '../src/store/metrics-store.js';

/** The pipeline the canned alerts are about; its database is `shop` (slot `philotes_shop`). */
export const ALERTS_PIPELINE = '00000000-0000-4000-8000-00000000a1e7';
/** A pipeline with no alerts (database `billing`), listed beside {@link ALERTS_PIPELINE}. */
export const QUIET_PIPELINE = '00000000-0000-4000-8000-0000000b111e';
/** A pipeline id the server does not know, though an alert still names it. */
export const DELETED_PIPELINE = '00000000-0000-4000-8000-0000000de1e7';

const minutesAgo = (minutes: number) => new Date(Date.now() - minutes * 60_000).toISOString();
const CREATED = '2026-01-01T00:00:00Z';

function rule(id: string, name: string, metric: string, threshold: number, severity: string, enabled = true) {
  return {
    id, name, description: `${name} (canned)`, metric_name: metric, operator: 'gt', threshold, duration_seconds: 60,
    severity, labels: {}, annotations: {}, enabled, created_at: CREATED, updated_at: CREATED,
  };
}

/** The canned rules: lag warning 20 s and critical 90 s, buffer 4,000, a disabled errors rule. */
export const CANNED_RULES = [
  rule('r-lag-warn', 'Replication lag high', 'philotes_cdc_lag_seconds', 20, 'warning'),
  rule('r-lag-crit', 'Replication lag critical', 'philotes_cdc_lag_seconds', 90, 'critical'),
  rule('r-buffer', 'Buffer backlog', 'philotes_buffer_depth', 4000, 'warning'),
  rule('r-errors', 'CDC errors', 'philotes_cdc_errors_total', 10, 'critical', false),
];

interface WireAlert {
  id: string;
  status: string;
  [field: string]: unknown;
}

function alert(id: string, ruleId: string, status: string, labels: Record<string, string>, extra: Record<string, unknown> = {}): WireAlert {
  return {
    id, rule_id: ruleId, fingerprint: `fp-${id}`, status, labels, annotations: {}, fired_at: minutesAgo(30),
    created_at: minutesAgo(30), updated_at: minutesAgo(1), ...extra,
  };
}

/** Every canned alert, by what it shows. */
export function cannedAlerts(): WireAlert[] {
  const shop = { source: 'postgres-shop' };
  return [
    alert('a-lag', 'r-lag-crit', 'firing', { ...shop, table: 'public.orders' }, {
      annotations: { summary: 'Table public.orders is 184.2 s behind' }, current_value: 184.2, fired_at: minutesAgo(5),
    }),
    alert('a-buffer', 'r-buffer', 'firing', shop, {
      annotations: { summary: '7200 events wait in the buffer' }, current_value: 7200, fired_at: minutesAgo(12),
      acknowledged_by: 'Grace', acknowledged_at: minutesAgo(3),
    }),
    alert('a-new-severity', 'r-page', 'firing', { pipeline_id: ALERTS_PIPELINE, alertname: 'Pager' }, {
      annotations: { summary: 'A severity this version does not know' }, fired_at: minutesAgo(8),
      rule: { ...rule('r-page', 'Paging rule', 'philotes_cdc_pipeline_state', 4, 'page-me') },
    }),
    alert('a-hostile', 'r-lag-warn', 'firing', { ...shop, table: '<img src=x onerror="alert(1)">' }, {
      annotations: { summary: '<script>alert("pwned")</script>\u202Eevil' }, current_value: 25, fired_at: minutesAgo(20),
    }),
    alert('a-flapping', 'r-lag-warn', 'flapping', { pipeline: 'orders-cdc' }, { fired_at: minutesAgo(40) }),
    alert('a-resolved', 'r-lag-warn', 'resolved', { ...shop, table: 'public.customers' }, {
      annotations: { summary: 'Table public.customers was 31 s behind' }, current_value: 31, fired_at: minutesAgo(50),
      resolved_at: minutesAgo(25),
    }),
    alert('a-other', 'r-lag-crit', 'firing', { source: 'postgres-warehouse', table: 'inventory.bins' }, { current_value: 400 }),
    alert('a-deleted', 'r-buffer', 'firing', { pipeline_id: DELETED_PIPELINE }, {
      annotations: { summary: 'Buffer of a pipeline deleted since' }, current_value: 9000,
    }),
  ];
}

/** How the canned server answers; every field optional. */
export interface CannedAlertsOptions {
  /** The status acknowledge answers with: 200 (default), or a problem status such as 409 or 404. */
  acknowledgeStatus?: number;
  /** Answer 404 on every alerting route: a server without alerting. */
  alertingAbsent?: boolean;
  /** The alerts served; default {@link cannedAlerts}. */
  alerts?: WireAlert[];
}

/** One request the canned server received. */
export interface CannedRequest {
  method: string;
  path: string;
  body: string;
}

const json = (status: number, value: unknown, type = 'application/json') =>
  new Response(JSON.stringify(value), { status, headers: { 'Content-Type': type } });
const problem = (status: number, kind: string, detail: string) =>
  json(status, { type: `https://philotes.io/errors/${kind}`, title: kind, status, detail }, 'application/problem+json');

/** A store over the canned server, never polling by itself, and the requests it received. */
export function cannedAlertsStore(options: CannedAlertsOptions = {}): { store: MetricsStore; requests: CannedRequest[] } {
  const alerts = options.alerts ?? cannedAlerts();
  const requests: CannedRequest[] = [];
  const fetch: typeof globalThis.fetch = async (input, init) => {
    const url = new URL(String(input), location.href);
    const path = url.pathname.replace(/^\/canned\/api\/v1/, '');
    const method = init?.method ?? 'GET';
    requests.push({ method, path: `${path}${url.search}`, body: typeof init?.body === 'string' ? init.body : '' });
    if (/^\/pipelines\/[^/]+\/metrics$/.test(path)) {
      return json(200, {
        metrics: {
          pipeline_id: ALERTS_PIPELINE, status: 'running', events_processed: 1_000_000, events_per_second: 420, lag_seconds: 50,
          lag_p95_seconds: 0, buffer_depth: 4500, error_count: 3, iceberg_commits: 40, iceberg_bytes_written: 1e9,
        },
      });
    }
    if (/^\/pipelines\/[^/]+\/metrics\/history$/.test(path)) {
      // The last hour at the snapshot's level, one point a minute, for the charts.
      const end = Math.floor(Date.now() / 60_000) * 60_000;
      const data_points = Array.from({ length: 61 }, (_, i) => ({
        timestamp: new Date(end - (60 - i) * 60_000).toISOString(), events_per_second: 420, lag_seconds: 50, buffer_depth: 4500, error_count: 3,
      }));
      return json(200, { history: { pipeline_id: ALERTS_PIPELINE, time_range: '1h', data_points } });
    }
    if (path === '/pipelines') {
      const listed = [
        { id: ALERTS_PIPELINE, name: 'orders-cdc', source_id: 's-1', status: 'stopped', created_at: CREATED, updated_at: CREATED, config: { slot_name: 'philotes_shop' } },
        { id: QUIET_PIPELINE, name: 'billing-quiet', source_id: 's-2', status: 'stopped', created_at: CREATED, updated_at: CREATED, config: { slot_name: 'philotes_billing' } },
      ];
      return json(200, { pipelines: listed, total_count: listed.length });
    }
    if (path.startsWith('/pipelines/')) {
      const id = path.split('/')[2];
      if (id !== ALERTS_PIPELINE) return problem(404, 'not-found', `pipeline ${id} not found`);
      return json(200, {
        pipeline: {
          id, name: 'orders-cdc', source_id: 's-1', status: 'running', created_at: CREATED, updated_at: CREATED,
          config: { slot_name: 'philotes_shop' },
        },
      });
    }
    if (options.alertingAbsent) return problem(404, 'not-found', `no route for ${method} ${path}`);
    if (path === '/alerts/rules') return json(200, { rules: CANNED_RULES, total_count: CANNED_RULES.length });
    if (path === '/alerts') {
      const status = url.searchParams.get('status');
      const chosen = alerts.filter((a) => (status === 'resolved' ? a.status === 'resolved' : a.status !== 'resolved'));
      return json(200, { alerts: chosen, total_count: chosen.length });
    }
    const ack = /^\/alerts\/([^/]+)\/acknowledge$/.exec(path);
    if (ack && method === 'POST') {
      const found = alerts.find((a) => a.id === decodeURIComponent(ack[1]!));
      const status = options.acknowledgeStatus ?? 200;
      if (status === 409) return problem(409, 'conflict', 'alert is already resolved');
      if (status === 404 || !found) return problem(404, 'not-found', 'alert not found');
      if (status !== 200) return problem(status, 'internal-error', 'simulated failure');
      const body = JSON.parse(typeof init?.body === 'string' ? init.body : '{}') as { acknowledged_by: string };
      Object.assign(found, { acknowledged_by: body.acknowledged_by, acknowledged_at: new Date().toISOString() });
      return json(200, { message: 'alert acknowledged', alert: found });
    }
    return problem(404, 'not-found', `no route for ${method} ${path}`);
  };
  const store = new MetricsStore(new RestSource({ endpoint: '/canned/api/v1', fetch }), { intervalMs: 0 });
  return { store, requests };
}
