/**
 * The alerting routes (CONTRACT.md §1 "Alerts", under `/api/v1/alerts`): the list with its
 * filters, one alert, its history, acknowledge, the rules, the summary and the (empty) silences.
 */
import { formatRfc3339 } from './duration.js';
import type { SimAlert, SimAlerting, WireRule } from './alerts.js';
import { jsonResponse, problemResponse, validationProblem, type FieldError, type SimResponse } from './http.js';

/** The alerting routes, by the names fault injection uses. */
export const ALERT_ROUTE_NAMES = ['alerts', 'alert', 'alert-history', 'acknowledge', 'alert-rules', 'alert-summary', 'alert-silences'] as const;
/** One alerting route's name. */
export type AlertRouteName = (typeof ALERT_ROUTE_NAMES)[number];

/** What an alerting route needs. */
export interface AlertRouteContext {
  alerting: SimAlerting;
  now: number;
  url: URL;
  path: string;
  /** The request body as sent (acknowledge reads it). */
  body: string | undefined;
}

const STATUSES = new Set(['firing', 'resolved']);
const SEVERITIES = new Set(['info', 'warning', 'critical']);
const MAX_LIMIT = 1000;

function alertBody(alert: SimAlert, rules: readonly WireRule[]): Record<string, unknown> {
  const rule = rules.find((r) => r.id === alert.ruleId);
  const time = (ms: number | undefined) => (ms === undefined ? undefined : formatRfc3339(ms));
  return {
    id: alert.id,
    rule_id: alert.ruleId,
    fingerprint: alert.fingerprint,
    status: alert.resolvedAt === undefined ? 'firing' : 'resolved',
    labels: alert.labels,
    annotations: { summary: alert.summary, ...(rule?.annotations ?? {}) },
    current_value: alert.value,
    fired_at: time(alert.firedAt),
    ...(alert.resolvedAt === undefined ? {} : { resolved_at: time(alert.resolvedAt) }),
    ...(alert.acknowledgedAt === undefined ? {} : { acknowledged_at: time(alert.acknowledgedAt), acknowledged_by: alert.acknowledgedBy }),
    created_at: time(alert.firedAt),
    updated_at: time(alert.updatedAt),
    ...(rule === undefined ? {} : { rule }),
  };
}

function readWhole(text: string | null, field: string, errors: FieldError[], min: number): number | undefined {
  if (text === null) return undefined;
  if (/^\d+$/.test(text) && Number(text) >= min) return Math.min(Number(text), MAX_LIMIT);
  errors.push({ field, message: `invalid ${field}: ${text} (a whole number ≥ ${min})` });
  return undefined;
}

function list(ctx: AlertRouteContext): SimResponse {
  const params = ctx.url.searchParams;
  const errors: FieldError[] = [];
  const status = params.get('status');
  const severity = params.get('severity');
  if (status !== null && !STATUSES.has(status)) errors.push({ field: 'status', message: `invalid status: ${status} (firing or resolved)` });
  if (severity !== null && !SEVERITIES.has(severity)) {
    errors.push({ field: 'severity', message: `invalid severity: ${severity} (info, warning or critical)` });
  }
  const limit = readWhole(params.get('limit'), 'limit', errors, 1) ?? 100;
  const offset = readWhole(params.get('offset'), 'offset', errors, 0) ?? 0;
  if (errors.length > 0) return validationProblem(errors, ctx.path);
  const { rules } = ctx.alerting;
  const matching = ctx.alerting.alertsAt(ctx.now).filter((alert) => {
    const alertStatus = alert.resolvedAt === undefined ? 'firing' : 'resolved';
    return (status === null || alertStatus === status) && (severity === null || alert.labels['severity'] === severity);
  });
  return jsonResponse(200, {
    alerts: matching.slice(offset, offset + limit).map((alert) => alertBody(alert, rules)),
    total_count: matching.length,
  });
}

function acknowledge(id: string, ctx: AlertRouteContext): SimResponse {
  let body: unknown;
  try {
    body = JSON.parse(ctx.body ?? '');
  } catch {
    return problemResponse(400, 'bad-request', 'the body must be JSON: {"acknowledged_by": "…", "comment": "…"}', { instance: ctx.path });
  }
  const record = typeof body === 'object' && body !== null && !Array.isArray(body) ? (body as Record<string, unknown>) : {};
  const by = record['acknowledged_by'];
  const comment = record['comment'];
  const errors: FieldError[] = [];
  if (typeof by !== 'string' || by.trim() === '') errors.push({ field: 'acknowledged_by', message: 'acknowledged_by is required' });
  if (comment !== undefined && typeof comment !== 'string') errors.push({ field: 'comment', message: 'comment must be a string' });
  if (errors.length > 0) return validationProblem(errors, ctx.path);
  const result = ctx.alerting.acknowledge(id, (by as string).slice(0, 200), ((comment as string | undefined) ?? '').slice(0, 2000), ctx.now);
  switch (result) {
    case 'not-found':
      return problemResponse(404, 'not-found', `alert ${id} not found`, { instance: ctx.path });
    case 'resolved':
      return problemResponse(409, 'conflict', 'alert is already resolved', { instance: ctx.path });
    case 'acknowledged':
      return problemResponse(409, 'conflict', 'alert is already acknowledged', { instance: ctx.path });
    default:
      return jsonResponse(200, { message: 'alert acknowledged', alert: alertBody(result, ctx.alerting.rules) });
  }
}

/** The answer of alerting route `name` (`id` for the routes of one alert). */
export function runAlertRoute(name: AlertRouteName, id: string, ctx: AlertRouteContext): SimResponse {
  const { alerting, now } = ctx;
  switch (name) {
    case 'alerts':
      return list(ctx);
    case 'alert-rules':
      return jsonResponse(200, { rules: alerting.rules, total_count: alerting.rules.length });
    case 'alert-silences':
      return jsonResponse(200, { silences: [], total_count: 0 });
    case 'alert-summary': {
      const alerts = alerting.alertsAt(now);
      const firing = alerts.filter((alert) => alert.resolvedAt === undefined).length;
      return jsonResponse(200, {
        total_rules: alerting.rules.length,
        enabled_rules: alerting.rules.filter((rule) => rule.enabled).length,
        firing_alerts: firing,
        resolved_alerts: alerts.length - firing,
        active_silences: 0,
        total_channels: 0,
        enabled_channels: 0,
      });
    }
    case 'acknowledge':
      return acknowledge(id, ctx);
  }
  const alert = alerting.find(id, now);
  if (alert === undefined) return problemResponse(404, 'not-found', `alert ${id} not found`, { instance: ctx.path });
  if (name === 'alert') return jsonResponse(200, { alert: alertBody(alert, alerting.rules) });
  const history = [...alert.history].reverse().map((event, i) => ({
    id: `${alert.id}-${alert.history.length - 1 - i}`,
    alert_id: alert.id,
    event_type: event.type,
    message: event.message,
    ...(event.value === undefined ? {} : { value: event.value }),
    created_at: formatRfc3339(event.at),
  }));
  return jsonResponse(200, { history, total_count: history.length });
}
