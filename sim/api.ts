/**
 * The philotes REST routes (CONTRACT.md §1, under `/api/v1`) and the Prometheus scrape
 * (`/metrics`): which route a request names, and the answer of each at an instant.
 */
import { parseRfc3339 } from './duration.js';
import { historyBody, errorPageBody, metricsBody, pipelineBody, type SimModel } from './model.js';
import { parseHistoryQuery, sampleInstants } from './history-query.js';
import { jsonResponse, methodNotAllowed, problemResponse, validationProblem, type FieldError, type SimResponse } from './http.js';
import { renderPrometheus } from './prometheus.js';
import type { PipelineSim } from './pipeline-sim.js';
import { ALERT_ROUTE_NAMES, runAlertRoute, type AlertRouteName } from './alerts-api.js';

/** The routes, by the names fault injection uses. */
export const ROUTE_NAMES = ['pipelines', 'pipeline', 'metrics', 'history', 'errors', 'start', 'stop', 'prometheus', ...ALERT_ROUTE_NAMES] as const;
/** One route's name. */
export type RouteName = (typeof ROUTE_NAMES)[number];

interface RouteDef {
  name: RouteName;
  method: 'GET' | 'POST';
  pattern: RegExp;
}

const ID = '([^/]+)';
const ROUTES: readonly RouteDef[] = [
  { name: 'pipelines', method: 'GET', pattern: /^\/api\/v1\/pipelines$/ },
  { name: 'pipeline', method: 'GET', pattern: new RegExp(`^/api/v1/pipelines/${ID}$`) },
  { name: 'start', method: 'POST', pattern: new RegExp(`^/api/v1/pipelines/${ID}/start$`) },
  { name: 'stop', method: 'POST', pattern: new RegExp(`^/api/v1/pipelines/${ID}/stop$`) },
  { name: 'metrics', method: 'GET', pattern: new RegExp(`^/api/v1/pipelines/${ID}/metrics$`) },
  { name: 'history', method: 'GET', pattern: new RegExp(`^/api/v1/pipelines/${ID}/metrics/history$`) },
  { name: 'errors', method: 'GET', pattern: new RegExp(`^/api/v1/pipelines/${ID}/errors$`) },
  { name: 'prometheus', method: 'GET', pattern: /^\/metrics$/ },
  { name: 'alerts', method: 'GET', pattern: /^\/api\/v1\/alerts$/ },
  // The fixed names first: `/alerts/rules` is not the alert with id "rules".
  { name: 'alert-rules', method: 'GET', pattern: /^\/api\/v1\/alerts\/rules$/ },
  { name: 'alert-summary', method: 'GET', pattern: /^\/api\/v1\/alerts\/summary$/ },
  { name: 'alert-silences', method: 'GET', pattern: /^\/api\/v1\/alerts\/silences$/ },
  { name: 'alert', method: 'GET', pattern: new RegExp(`^/api/v1/alerts/${ID}$`) },
  { name: 'alert-history', method: 'GET', pattern: new RegExp(`^/api/v1/alerts/${ID}/history$`) },
  { name: 'acknowledge', method: 'POST', pattern: new RegExp(`^/api/v1/alerts/${ID}/acknowledge$`) },
];

/** What a request path and method name. */
export type Resolution =
  | { kind: 'route'; name: RouteName; id: string }
  | { kind: 'wrong-method'; allow: string[] }
  | { kind: 'unknown' };

/**
 * The route `method path` names, or undefined when the path is none of the simulator's (so a
 * host server can serve it). Any other path under `/api/v1` is `unknown` (a 404).
 */
export function resolveRoute(method: string, path: string): Resolution | undefined {
  const matches = ROUTES.flatMap((route) => {
    const m = route.pattern.exec(path);
    return m === null ? [] : [{ route, id: m[1] ?? '' }];
  });
  const effective = method === 'HEAD' ? 'GET' : method;
  // The first route of the method wins (`/alerts/rules` before `/alerts/:id`); a path only a later
  // pattern of another method matches is still a 405.
  const fixed = matches.filter((m) => !(m.route.name === 'alert' && ['rules', 'summary', 'silences'].includes(m.id)));
  const hit = fixed.find((m) => m.route.method === effective);
  if (hit !== undefined) return { kind: 'route', name: hit.route.name, id: hit.id };
  if (fixed.length > 0) return { kind: 'wrong-method', allow: fixed.map((m) => m.route.method) };
  return path === '/api/v1' || path.startsWith('/api/v1/') ? { kind: 'unknown' } : undefined;
}

/** What a route needs to answer. */
export interface RouteContext {
  model: SimModel;
  /** The instant of the request (the simulator clock). */
  now: number;
  url: URL;
  /** The request path, for problem `instance`. */
  path: string;
  /** The request body as sent, for the routes that read one (acknowledge). */
  body?: string | undefined;
}

function isAlertRoute(name: RouteName): name is AlertRouteName {
  return (ALERT_ROUTE_NAMES as readonly string[]).includes(name);
}

/** Whether route `name` reads the request body (the server then reads it before answering). */
export function readsBody(name: RouteName): boolean {
  return name === 'acknowledge';
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const ERROR_TYPES = new Set(['replication', 'schema', 'connection', 'write', 'unknown']);
const DEFAULT_ERROR_LIMIT = 50;
const MAX_ERROR_LIMIT = 500;
/** Longer searches are refused: a search is a phrase, and matching costs its length per error. */
const MAX_SEARCH = 500;

/** The answer of route `name` for pipeline `id` (ignored by `pipelines` and `prometheus`). */
export function runRoute(name: RouteName, id: string, ctx: RouteContext): SimResponse {
  const { model, now } = ctx;
  if (isAlertRoute(name)) {
    return runAlertRoute(name, id, { alerting: model.alerting, now, url: ctx.url, path: ctx.path, body: ctx.body });
  }
  switch (name) {
    case 'pipelines':
      return jsonResponse(200, { pipelines: model.pipelines.map((p) => pipelineBody(p, now)), total_count: model.pipelines.length });
    case 'prometheus':
      return { status: 200, headers: { 'Content-Type': 'text/plain; version=0.0.4; charset=utf-8' }, body: renderPrometheus(model, now) };
  }
  const pipeline = UUID.test(id) ? model.find(id.toLowerCase()) : undefined;
  if (pipeline === undefined) return problemResponse(404, 'not-found', `pipeline ${id} not found`, { instance: ctx.path });
  switch (name) {
    case 'pipeline':
      return jsonResponse(200, { pipeline: pipelineBody(pipeline, now) });
    case 'metrics':
      return jsonResponse(200, { metrics: metricsBody(pipeline, now) });
    case 'history':
      return history(pipeline, ctx);
    case 'errors':
      return errors(pipeline, ctx);
    case 'start':
      return pipeline.timeline.start(now) === 'ok'
        ? jsonResponse(200, { message: 'pipeline started' })
        : problemResponse(409, 'conflict', 'pipeline is already running', { instance: ctx.path });
    case 'stop':
      return pipeline.timeline.stop(now) === 'ok'
        ? jsonResponse(200, { message: 'pipeline stopped' })
        : problemResponse(409, 'conflict', 'pipeline is already stopped', { instance: ctx.path });
  }
}

function history(pipeline: PipelineSim, ctx: RouteContext): SimResponse {
  const window = parseHistoryQuery(ctx.url.searchParams, ctx.now);
  if (Array.isArray(window)) return validationProblem(window, ctx.path);
  return jsonResponse(200, { history: historyBody(pipeline, sampleInstants(window, ctx.now), window.step, window.timeRange) });
}

function errors(pipeline: PipelineSim, ctx: RouteContext): SimResponse {
  const params = ctx.url.searchParams;
  const invalid: FieldError[] = [];
  const limitText = params.get('limit');
  let limit = DEFAULT_ERROR_LIMIT;
  if (limitText !== null) {
    limit = /^\d+$/.test(limitText) ? Math.min(Number(limitText), MAX_ERROR_LIMIT) : 0;
    if (limit < 1) invalid.push({ field: 'limit', message: `invalid limit: ${limitText} (a whole number from 1 to ${MAX_ERROR_LIMIT})` });
  }
  const type = params.get('type') ?? undefined;
  if (type !== undefined && !ERROR_TYPES.has(type)) {
    invalid.push({ field: 'type', message: `invalid error type: ${type} (one of ${[...ERROR_TYPES].join(', ')})` });
  }
  const beforeText = params.get('before');
  const before = beforeText === null ? undefined : parseRfc3339(beforeText);
  if (before !== undefined && Number.isNaN(before)) {
    invalid.push({ field: 'before', message: `invalid timestamp: ${beforeText ?? ''} (expected RFC 3339)` });
  }
  const offsetText = params.get('offset');
  const offset = offsetText === null ? 0 : /^\d{1,9}$/.test(offsetText) ? Number(offsetText) : -1;
  if (offset < 0) invalid.push({ field: 'offset', message: `invalid offset: ${offsetText ?? ''} (a whole number from 0)` });
  const search = (params.get('search') ?? '').trim();
  if (search.length > MAX_SEARCH) invalid.push({ field: 'search', message: `search too long: ${search.length} characters (at most ${MAX_SEARCH})` });
  if (invalid.length > 0) return validationProblem(invalid, ctx.path);
  return jsonResponse(200, errorPageBody(pipeline, ctx.now, { limit, type, before, offset, search }));
}

/** The 404 or 405 answer of a resolution that is not a route. */
export function notARoute(resolution: Exclude<Resolution, { kind: 'route' }>, method: string, path: string): SimResponse {
  return resolution.kind === 'wrong-method'
    ? methodNotAllowed(method, resolution.allow, path)
    : problemResponse(404, 'not-found', `no route for ${method} ${path}`, { instance: path });
}
