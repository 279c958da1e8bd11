/// <reference types="node" />
/**
 * What the gateway answers for each route of CONTRACT.md §1, read from Prometheus through the
 * same PromQL as the browser, and what that costs: every answer comes out of an
 * {@link AnswerCache}, so identical requests share one set of queries and reuse it while fresh,
 * and the list and every pipeline's status come from one grouped fleet read (fleet.ts).
 */
import { MonitorError } from '../errors.js';
import type { Pipeline } from '../schemas/index.js';
import type { HttpOptions } from '../sources/http.js';
import { PrometheusClient } from '../sources/prometheus-client.js';
import { selectorLabel, parseSelector } from '../sources/prometheus-selector.js';
import { PrometheusSource } from '../sources/prometheus-source.js';
import { historyWindow } from '../sources/prometheus-window.js';
import { AnswerCache } from './cache.js';
import type { GatewayPipeline } from './config.js';
import { readFleet, type Fleet } from './fleet.js';
import { historyParams } from './params.js';
import { failureAnswer, jsonAnswer, problem, type GatewayResponse } from './problems.js';
import { historyWire, metricsWire } from './wire.js';

/** What the routes read from and how much they may keep. */
export interface RoutesOptions {
  prometheus: string;
  pipelines: readonly GatewayPipeline[];
  /** How Prometheus is reached (the bounded fetch of upstream.ts included). */
  http: HttpOptions;
  /** A load that takes longer is answered 504. */
  timeoutMs: number;
  /** How long an answer stays fresh, read at each request (it changes once the scrape interval is known). */
  freshMs: () => number;
  cacheEntries: number;
  cacheBytes: number;
}

/** An answer and, for answers read from Prometheus, the instant (epoch ms) its data was read at. */
export interface RoutedAnswer {
  response: GatewayResponse;
  at?: number;
}

const PREFIX = '/api/v1/pipelines';
const ROUTE = /^\/api\/v1\/pipelines\/([^/]+)(?:\/(metrics|metrics\/history|errors|start|stop))?$/;
const NOT_FROM_PROMETHEUS: Record<string, string> = {
  errors: 'The error log is not available from Prometheus: it only counts errors by type.',
  start: 'Start/stop is not available when reading from Prometheus.',
  stop: 'Start/stop is not available when reading from Prometheus.',
};

/** The `Warning` of an answer Prometheus gave only in part (RFC 7234 code 199, ASCII only). */
export function partialWarning(what: string): string {
  return `199 pipeline-monitor "partial data: ${what.replace(/[^\x20-\x7e]|["\\]/g, '?')}"`;
}

/** A 200 JSON answer, with a `Warning` when the data is partial. */
function dataAnswer(value: unknown, partial: string | undefined): GatewayResponse {
  const answer = jsonAnswer(value);
  if (partial !== undefined) answer.headers['Warning'] = partialWarning(partial);
  return answer;
}

function decodeSegment(segment: string): string | undefined {
  try {
    return decodeURIComponent(segment);
  } catch {
    return undefined;
  }
}

/** A stopped pipeline replicates nothing: its rate is 0 now, not what the rate window still holds. */
function settled<T extends { status: string; events_per_second: number }>(metrics: T): T {
  return metrics.status === 'running' || metrics.status === 'unknown' ? metrics : { ...metrics, events_per_second: 0 };
}

/** The routes, each answered from the cache. */
export function createRoutes(options: RoutesOptions): (method: string, path: string, params: URLSearchParams) => Promise<RoutedAnswer> {
  const { prometheus, pipelines, http, timeoutMs, freshMs } = options;
  const sources = new Map(
    pipelines.map((p) => [p.id, new PrometheusSource({ ...http, url: prometheus, selector: p.selector, pipelineId: p.id, name: p.name })]),
  );
  const client = new PrometheusClient(prometheus, http);
  const answers = new AnswerCache<GatewayResponse>({
    maxEntries: options.cacheEntries,
    maxBytes: options.cacheBytes,
    sizeOf: (answer) => answer.body.length + 256,
  });
  const fleets = new AnswerCache<Fleet | GatewayResponse>({ maxEntries: 1, maxBytes: Number.POSITIVE_INFINITY, sizeOf: () => 0 });
  // An overloaded gateway says nothing about the data: the next request tries again.
  const keep = (answer: GatewayResponse) => answer.status !== 503;

  /** Runs `read` under the timeout; the load is shared, so no single client's hang-up aborts it. */
  async function within<T>(resource: string, read: (signal: AbortSignal) => Promise<T>): Promise<T> {
    const controller = new AbortController();
    const timer = setTimeout(() => {
      const seconds = timeoutMs / 1000;
      controller.abort(new MonitorError({ kind: 'timeout', resource, message: `Prometheus did not answer the ${resource} queries within ${seconds} s.` }));
    }, timeoutMs);
    try {
      return await read(controller.signal);
    } finally {
      clearTimeout(timer);
    }
  }

  /** `load`'s answer, or the problem for its failure, shared and kept under `key`. */
  function cached(key: string, path: string, load: () => Promise<GatewayResponse>): Promise<RoutedAnswer> {
    const guarded = () => load().catch((error: unknown) => failureAnswer(error, path));
    return answers.read(key, freshMs(), guarded, keep).then(({ value, at }) => ({ response: value, at }));
  }

  async function fleet(path: string): Promise<{ value: Fleet | GatewayResponse; at: number }> {
    const load = () =>
      within('pipeline', (signal) => readFleet(pipelines, { client, sources, signal })).catch((error: unknown) =>
        failureAnswer(error, path),
      );
    return fleets.read('fleet', freshMs(), load, (value) => value instanceof Map || keep(value));
  }

  function failedRow(p: GatewayPipeline, error: unknown): Pipeline {
    const now = new Date();
    const selector = parseSelector(p.selector);
    const message = error instanceof Error ? error.message : String(error);
    const source = selectorLabel(selector, 'source') ?? selector;
    return { id: p.id, name: p.name, source_id: source, status: 'unknown', created_at: now, updated_at: now, error_message: message, partial: true };
  }

  async function list(path: string): Promise<RoutedAnswer> {
    const { value, at } = await fleet(path);
    if (!(value instanceof Map)) return { response: value, at };
    const rows = pipelines.map((p) => ({ p, row: value.get(p.id)! }));
    const failed = rows.filter(({ row }) => 'error' in row);
    // Everything failed for one cause (Prometheus down): say so once, as for any other route.
    if (failed.length > 0 && failed.length === rows.length) return { response: failureAnswer((failed[0]!.row as { error: unknown }).error, path), at };
    const list = rows.map(({ p, row }) => ('pipeline' in row ? row.pipeline : failedRow(p, row.error)));
    const partial = list.filter((p) => p.partial === true).length;
    const note =
      failed.length > 0
        ? `${failed.length} of ${rows.length} pipelines could not be read`
        : partial > 0
          ? 'Prometheus marked its answer partial'
          : undefined;
    return { response: dataAnswer({ pipelines: list, total_count: list.length }, note), at };
  }

  return async function route(method, path, params) {
    if (path === PREFIX) {
      if (method !== 'GET') return { response: problem('method-not-allowed', `${method} is not allowed here`, path, { headers: { Allow: 'GET, HEAD' } }) };
      return list(path);
    }
    const match = ROUTE.exec(path);
    if (match === null) return { response: problem('not-found', `no route for ${method} ${path}`, path) };
    const id = decodeSegment(match[1]!);
    const action = match[2];
    const source = id === undefined ? undefined : sources.get(id);
    if (id === undefined || source === undefined) return { response: problem('not-found', `pipeline ${match[1]} not found`, path) };
    const allowed = action === 'start' || action === 'stop' ? 'POST' : 'GET, HEAD';
    if (!allowed.split(', ').includes(method)) return { response: problem('method-not-allowed', `${method} is not allowed here`, path, { headers: { Allow: allowed } }) };
    switch (action) {
      case undefined: {
        const { value, at } = await fleet(path);
        if (!(value instanceof Map)) return { response: value, at };
        const row = value.get(id)!;
        if ('error' in row) return { response: failureAnswer(row.error, path), at };
        return { response: dataAnswer({ pipeline: row.pipeline }, row.pipeline.partial === true ? 'Prometheus marked its answer partial' : undefined), at };
      }
      case 'metrics':
        return cached(`metrics:${id}`, path, async () => {
          const metrics = settled(await within('pipeline metrics', (signal) => source.getMetrics(id, { signal })));
          const wire = metricsWire(metrics);
          if ('gaps' in wire) return problem('bad-gateway', `Prometheus has no current value for ${wire.gaps.join(', ')}.`, path);
          return dataAnswer(wire, metrics.partial === true ? 'Prometheus marked its answer partial' : undefined);
        });
      case 'metrics/history': {
        const asked = historyParams(params);
        if (Array.isArray(asked)) return { response: problem('validation-error', 'invalid history window', path, { errors: asked }) };
        const { range, stepSeconds } = asked;
        const w = historyWindow(range, Date.now(), undefined, stepSeconds);
        return cached(`history:${id}:${w.start}:${w.end}:${w.step}:${w.timeRange}`, path, async () => {
          const options = stepSeconds === undefined ? {} : { stepSeconds };
          const history = await within('metrics history', (signal) => source.getHistory(id, range, { signal, ...options }));
          return dataAnswer(historyWire(history), history.partial === true ? 'Prometheus marked its answer partial' : undefined);
        });
      }
      default:
        return { response: problem('not-implemented', NOT_FROM_PROMETHEUS[action] ?? 'not implemented', path) };
    }
  };
}
