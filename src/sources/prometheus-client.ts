/**
 * The two Prometheus HTTP API calls the library makes, `query` and `query_range`, with every
 * transport failure (unreachable, CORS, dropped connection, abort) turned into a MonitorError.
 * Works against Prometheus, Thanos, Mimir and VictoriaMetrics alike; GET so caches can hit.
 */
import { normaliseUrl } from '../config.js';
import { MonitorError } from '../errors.js';
import { abortError, errorText, originOf, type HttpOptions } from './http.js';
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
    const headers = await this.headers(resource);
    const fetchFn = this.http.fetch ?? globalThis.fetch;
    if (signal.aborted) throw abortError(signal, resource);
    let response: Response;
    let text: string;
    try {
      const init: RequestInit = { method: 'GET', headers, signal };
      if (this.http.credentials !== undefined) init.credentials = this.http.credentials;
      response = await fetchFn(url, init);
    } catch (error) {
      if (signal.aborted) throw abortError(signal, resource);
      throw new MonitorError({
        kind: 'network',
        resource,
        cause: error,
        message:
          `Cannot reach Prometheus at ${originOf(url)} (${resource}): ${errorText(error)}. Check the Prometheus URL, ` +
          `that the server is up, and that it accepts requests from this page (start it with --web.cors.origin).`,
      });
    }
    try {
      text = await response.text();
    } catch (error) {
      if (signal.aborted) throw abortError(signal, resource);
      throw new MonitorError({
        kind: 'network',
        resource,
        status: response.status,
        cause: error,
        message: `The connection to Prometheus at ${originOf(url)} dropped while reading the ${resource} answer: ${errorText(error)}.`,
      });
    }
    // A fetch that ignores the signal must not deliver data nobody waits for any more.
    if (signal.aborted) throw abortError(signal, resource);
    return readPrometheusAnswer({
      status: response.status,
      statusText: response.statusText,
      contentType: response.headers.get('content-type') ?? '',
      retryAfter: response.headers.get('retry-after'),
      text,
      resource,
    });
  }

  private async headers(resource: string): Promise<Headers> {
    let extra: Record<string, string> | undefined;
    try {
      const option = this.http.headers;
      extra = typeof option === 'function' ? await option() : option;
    } catch (error) {
      if (error instanceof MonitorError) throw error;
      throw new MonitorError({
        kind: 'network',
        resource,
        cause: error,
        message: `Could not prepare the ${resource} query: the headers function failed (${errorText(error)}).`,
      });
    }
    const headers = new Headers(extra);
    if (!headers.has('accept')) headers.set('accept', 'application/json');
    return headers;
  }
}
