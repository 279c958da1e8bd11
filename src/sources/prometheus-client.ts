/**
 * The two Prometheus HTTP API calls the library makes, `query` and `query_range`, with every
 * transport failure (unreachable, CORS, dropped connection, abort) turned into a MonitorError.
 * Works against Prometheus, Thanos, Mimir and VictoriaMetrics alike; GET so caches can hit.
 */
import { normaliseUrl } from '../config.js';
import { fetchText, type HttpOptions, type Peer } from './http.js';
import { readPrometheusAnswer, type PromResult } from './prometheus-envelope.js';

/** Per-call options of {@link PrometheusClient}. */
export interface PrometheusCall {
  /** Names the query in messages: "pipeline metrics", "metrics history". */
  resource: string;
  signal: AbortSignal;
}

/**
 * The server's base URL: absolute when a page location is there to resolve against, without a
 * trailing slash, and without an `/api/v1` the embedder may have copied from a query URL.
 */
export function resolvePrometheusUrl(url: string): string {
  return normaliseUrl(url.trim()).replace(/\/api\/v1$/, '');
}

/** How messages name Prometheus and what to check when it is unreachable. */
const PROMETHEUS_PEER: Peer = {
  label: 'Prometheus at ',
  urlName: 'Prometheus URL',
  corsHint: 'start it with --web.cors.origin',
  request: 'query',
  response: 'answer',
  accept: 'application/json',
};

/** Numbers as Prometheus reads them: plain decimals, never exponent notation. */
function seconds(value: number): string {
  return Number.isInteger(value) ? String(value) : value.toFixed(3);
}

/** Sends instant and range queries to one Prometheus-compatible server. */
export class PrometheusClient {
  /** The server's base URL (see {@link resolvePrometheusUrl}). */
  readonly base: string;
  private readonly http: HttpOptions;

  constructor(url: string, http: HttpOptions = {}) {
    this.base = resolvePrometheusUrl(url);
    this.http = http;
  }

  /** `GET /api/v1/query?query=Q&time=T`, `time` in Unix seconds. */
  query(query: string, time: number, call: PrometheusCall): Promise<PromResult> {
    return this.get('query', { query, time: seconds(time) }, call);
  }

  /** `GET /api/v1/query_range?query=Q&start=S&end=E&step=STEP`, all in seconds. */
  queryRange(query: string, window: { start: number; end: number; step: number }, call: PrometheusCall): Promise<PromResult> {
    const params = { query, start: seconds(window.start), end: seconds(window.end), step: seconds(window.step) };
    return this.get('query_range', params, call);
  }

  private async get(endpoint: string, params: Record<string, string>, { resource, signal }: PrometheusCall): Promise<PromResult> {
    const url = `${this.base}/api/v1/${endpoint}?${new URLSearchParams(params).toString()}`;
    const { response, text } = await fetchText({ url, resource, signal }, this.http, PROMETHEUS_PEER);
    return readPrometheusAnswer({
      status: response.status,
      statusText: response.statusText,
      contentType: response.headers.get('content-type') ?? '',
      retryAfter: response.headers.get('retry-after'),
      text,
      resource,
    });
  }
}
