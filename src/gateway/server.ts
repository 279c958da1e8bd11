/// <reference types="node" />
/**
 * The seed's back-end half: the REST routes of CONTRACT.md §1 for pipelines, metrics and history,
 * answered from Prometheus through the same PrometheusSource (and so the same PromQL) the browser
 * uses, for teams with Prometheus but no philotes API, or no CORS to Prometheus.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { MonitorError } from '../errors.js';
import { parseRfc3339 } from '../schemas/index.js';
import type { HttpOptions } from '../sources/http.js';
import { PrometheusSource } from '../sources/prometheus-source.js';
import { parseHistoryRange } from '../sources/prometheus-window.js';
import type { HistoryRange } from '../sources/source.js';
import type { GatewayPipeline } from './config.js';
import { failureAnswer, jsonAnswer, problem, type FieldProblem, type GatewayResponse } from './problems.js';
import { historyWire, metricsWire } from './wire.js';

/** How the gateway reaches Prometheus and what it serves. */
export interface GatewayOptions extends HttpOptions {
  /** Base URL of Prometheus (or Thanos, Mimir, VictoriaMetrics). */
  prometheus: string;
  /** The pipelines served, from the pipelines file. */
  pipelines: readonly GatewayPipeline[];
  /** A Prometheus call that takes longer is answered 504; default 10 s. */
  timeoutMs?: number;
}

/** A listening gateway. */
export interface ListeningGateway {
  /** `http://<host>:<port>`, without a trailing slash; the API is under `/api/v1`. */
  url: string;
  close(): Promise<void>;
}

/** The gateway as a request handler, mountable in another server, or standalone. */
export interface Gateway {
  /** Answers `req` if its path is under `/api/v1`; resolves false (having sent nothing) otherwise. */
  handle(req: IncomingMessage, res: ServerResponse): Promise<boolean>;
  /** Serves on `host` (default 127.0.0.1: nothing is exposed unless asked) and `port` (0: ephemeral). */
  listen(port?: number, host?: string): Promise<ListeningGateway>;
}

const PREFIX = '/api/v1/pipelines';
const NOT_FROM_PROMETHEUS: Record<string, string> = {
  errors: 'The error log is not available from Prometheus: it only counts errors by type.',
  start: 'Start/stop is not available when reading from Prometheus.',
  stop: 'Start/stop is not available when reading from Prometheus.',
};

/** The history window a request asks for, or the fields that are wrong with it. */
export function historyRangeOf(params: URLSearchParams): HistoryRange | FieldProblem[] {
  const startText = params.get('start');
  const endText = params.get('end');
  const rangeText = params.get('range');
  if (startText === null && endText === null) {
    const range = rangeText ?? '1h';
    const span = parseHistoryRange(range);
    return span !== undefined && span >= 1000 ? { range } : [{ field: 'range', message: `invalid time range: ${range}` }];
  }
  const errors: FieldProblem[] = [];
  if (rangeText !== null) errors.push({ field: 'range', message: 'give either range or start and end, not both' });
  const instant = (field: 'start' | 'end', text: string | null): number => {
    const ms = text === null ? Number.NaN : parseRfc3339(text);
    if (text === null) errors.push({ field, message: `${field} is required with ${field === 'start' ? 'end' : 'start'}` });
    else if (Number.isNaN(ms)) errors.push({ field, message: `invalid timestamp: ${text} (expected RFC 3339)` });
    return ms;
  };
  const start = instant('start', startText);
  const end = instant('end', endText);
  if (errors.length === 0 && !(end > start)) errors.push({ field: 'end', message: 'end must be after start' });
  return errors.length > 0 ? errors : { start: new Date(start), end: new Date(end) };
}

/** Creates the gateway; one PrometheusSource per configured pipeline. */
export function createGateway(options: GatewayOptions): Gateway {
  const { prometheus, pipelines, timeoutMs = 10_000, ...http } = options;
  const sources = new Map(
    pipelines.map((p) => [p.id, new PrometheusSource({ ...http, url: prometheus, selector: p.selector, pipelineId: p.id, name: p.name })]),
  );

  /** Runs `read` with a timeout that aborts the Prometheus calls with a 504-worthy reason. */
  async function within<T>(resource: string, signal: AbortSignal, read: (signal: AbortSignal) => Promise<T>): Promise<T> {
    const controller = new AbortController();
    const onAbort = () => controller.abort(signal.reason);
    signal.addEventListener('abort', onAbort);
    const timer = setTimeout(() => {
      controller.abort(
        new MonitorError({
          kind: 'timeout',
          resource,
          message: `Prometheus did not answer the ${resource} queries within ${timeoutMs / 1000} s.`,
        }),
      );
    }, timeoutMs);
    try {
      return await read(controller.signal);
    } finally {
      clearTimeout(timer);
      signal.removeEventListener('abort', onAbort);
    }
  }

  async function route(method: string, path: string, params: URLSearchParams, signal: AbortSignal): Promise<GatewayResponse> {
    if (path === PREFIX) {
      if (method !== 'GET') return problem('method-not-allowed', `${method} is not allowed here`, path, { headers: { Allow: 'GET' } });
      const list = await within('pipeline list', signal, (s) =>
        Promise.all([...sources.entries()].map(([id, source]) => source.getPipeline(id, { signal: s }))),
      );
      return jsonAnswer({ pipelines: list.map(withoutMark), total_count: list.length });
    }
    const match = /^\/api\/v1\/pipelines\/([^/]+)(?:\/(metrics|metrics\/history|errors|start|stop))?$/.exec(path);
    if (match === null) return problem('not-found', `no route for ${method} ${path}`, path);
    const id = decodeSegment(match[1]!);
    const action = match[2];
    const source = id === undefined ? undefined : sources.get(id);
    if (id === undefined || source === undefined) return problem('not-found', `pipeline ${match[1]} not found`, path);
    const allowed = action === 'start' || action === 'stop' ? 'POST' : 'GET';
    if (method !== allowed) return problem('method-not-allowed', `${method} is not allowed here`, path, { headers: { Allow: allowed } });
    switch (action) {
      case undefined:
        return jsonAnswer({ pipeline: withoutMark(await within('pipeline', signal, (s) => source.getPipeline(id, { signal: s }))) });
      case 'metrics': {
        const metrics = await within('pipeline metrics', signal, (s) => source.getMetrics(id, { signal: s }));
        const wire = metricsWire(withoutMark(metrics));
        if ('gaps' in wire) return problem('bad-gateway', `Prometheus has no current value for ${wire.gaps.join(', ')}.`, path);
        return jsonAnswer(wire);
      }
      case 'metrics/history': {
        const range = historyRangeOf(params);
        if (Array.isArray(range)) return problem('validation-error', 'invalid history window', path, { errors: range });
        const history = await within('metrics history', signal, (s) => source.getHistory(id, range, { signal: s }));
        return jsonAnswer(historyWire(withoutMark(history)));
      }
      default:
        return problem('not-implemented', NOT_FROM_PROMETHEUS[action] ?? 'not implemented', path);
    }
  }

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<boolean> {
    const url = new URL(req.url ?? '/', 'http://gateway.invalid');
    const path = url.pathname.length > 1 ? url.pathname.replace(/\/$/, '') : url.pathname;
    if (path !== '/api/v1' && !path.startsWith('/api/v1/')) return false;
    const controller = new AbortController();
    // The client hung up: stop asking Prometheus on its behalf.
    res.once('close', () => {
      if (!res.writableFinished) controller.abort();
    });
    let answer: GatewayResponse;
    try {
      answer = await route(req.method ?? 'GET', path, url.searchParams, controller.signal);
    } catch (error) {
      answer = failureAnswer(error, path);
    }
    if (!controller.signal.aborted) {
      res.writeHead(answer.status, { ...answer.headers, 'Cache-Control': 'no-store' });
      res.end(answer.body);
    }
    return true;
  }

  async function listen(port = 0, host = '127.0.0.1'): Promise<ListeningGateway> {
    const server = createServer((req, res) => {
      void handle(req, res).then((handled) => {
        if (!handled) {
          res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' });
          res.end('Not Found: the API is under /api/v1\n');
        }
      });
    });
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(port, host, () => resolve());
    });
    const { port: bound } = server.address() as AddressInfo;
    const shownHost = host.includes(':') ? `[${host}]` : host;
    return {
      url: `http://${shownHost}:${bound}`,
      close: () =>
        new Promise<void>((resolve, reject) => {
          server.close((error) => (error === undefined ? resolve() : reject(error)));
          server.closeAllConnections();
        }),
    };
  }

  return { handle, listen };
}

function decodeSegment(segment: string): string | undefined {
  try {
    return decodeURIComponent(segment);
  } catch {
    return undefined;
  }
}

/** Drops the source's `partial` mark: the REST contract has no such field. */
function withoutMark<T extends { partial?: boolean }>(value: T): Omit<T, 'partial'> {
  const { partial: _partial, ...rest } = value;
  return rest;
}
