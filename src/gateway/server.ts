/// <reference types="node" />
/**
 * `pipeline-monitor serve` over HTTP: the REST routes of CONTRACT.md §1 (routes.ts) behind a
 * request layer that survives any request (an unparseable target is a 400 problem, anything
 * escaping a handler a 500), answers HEAD like GET, CORS for the configured origins with
 * preflight, a health endpoint for load balancers, and states every answer's age. Stateless:
 * replicas behind a load balancer serve one installation.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { HttpOptions } from '../sources/http.js';
import { resolvePrometheusUrl } from '../sources/prometheus-client.js';
import type { GatewayPipeline } from './config.js';
import { failureAnswer, problem, type GatewayResponse } from './problems.js';
import { createRoutes, type RoutedAnswer } from './routes.js';
import { discoverScrapeInterval } from './scrape-interval.js';
import { createUpstream, type Upstream } from './upstream.js';

/** How the gateway reaches Prometheus, what it serves, and how much it may spend. */
export interface GatewayOptions extends HttpOptions {
  /** Base URL of Prometheus (or Thanos, Mimir, VictoriaMetrics). */
  prometheus: string;
  /** The pipelines served, from the pipelines file. */
  pipelines: readonly GatewayPipeline[];
  /** A Prometheus call that takes longer is answered 504; default 10 s. */
  timeoutMs?: number;
  /** How long an answer is reused; default Prometheus' scrape interval (discovered), else 5 s. 0: only in-flight sharing. */
  cacheTtlMs?: number;
  /** Queries sent to Prometheus at once; default 8. */
  maxConcurrentQueries?: number;
  /** Queries waiting for a slot before the gateway answers 503; default 256. */
  maxQueuedQueries?: number;
  /** Largest Prometheus answer read, in bytes; default 16 MB. */
  maxAnswerBytes?: number;
  /** Answers kept; default 1,000, and at most `cacheBytes` (default 32 MB). */
  cacheEntries?: number;
  cacheBytes?: number;
  /** Origins allowed to read the answers from a browser (`*` for any); default none (same origin only). */
  corsOrigins?: readonly string[];
}

/** A listening gateway. */
export interface ListeningGateway {
  /** `http://<host>:<port>`, without a trailing slash; the API is under `/api/v1`. */
  url: string;
  close(): Promise<void>;
}

/** The gateway as a request handler, mountable in another server, or standalone. */
export interface Gateway {
  /** Answers `req` if its path is under `/api/v1` (or `/healthz`); resolves false (having sent nothing) otherwise. */
  handle(req: IncomingMessage, res: ServerResponse): Promise<boolean>;
  /** Serves on `host` (default 127.0.0.1: nothing is exposed unless asked) and `port` (0: ephemeral). */
  listen(port?: number, host?: string): Promise<ListeningGateway>;
  /** The queries toward Prometheus: sent so far, in progress, waiting. */
  readonly upstream: Pick<Upstream, 'sent' | 'active' | 'queued'>;
  /** How long answers are reused now, in ms. */
  freshMs(): number;
}

const DEFAULT_FRESH_MS = 5_000;
const DISCOVERY_TIMEOUT_MS = 3_000;
const EXPOSED = 'Age, Warning, Retry-After';

/** The path and query of a request target, or undefined when it is not a URL (`//[`, `http://[`). */
export function requestTarget(target: string | undefined): { path: string; params: URLSearchParams } | undefined {
  try {
    const url = new URL(target ?? '/', 'http://gateway.invalid');
    const path = url.pathname.length > 1 ? url.pathname.replace(/\/$/, '') : url.pathname;
    return { path, params: url.searchParams };
  } catch {
    return undefined;
  }
}

/** Creates the gateway. */
export function createGateway(options: GatewayOptions): Gateway {
  const { prometheus, pipelines, timeoutMs = 10_000, cacheTtlMs, corsOrigins = [], ...rest } = options;
  const { maxConcurrentQueries = 8, maxQueuedQueries = 256, maxAnswerBytes = 16e6, cacheEntries = 1_000, cacheBytes = 32e6, ...http } = rest;
  const upstream = createUpstream({ concurrency: maxConcurrentQueries, queue: maxQueuedQueries, maxAnswerBytes }, http.fetch);
  const bounded: HttpOptions = { ...http, fetch: upstream.fetch };
  let discovered: number | undefined;
  let discovering = false;
  const freshMs = () => cacheTtlMs ?? discovered ?? DEFAULT_FRESH_MS;
  const route = createRoutes({ prometheus, pipelines, http: bounded, timeoutMs, freshMs, cacheEntries, cacheBytes });
  const anyOrigin = corsOrigins.includes('*');

  function discover(): void {
    if (cacheTtlMs !== undefined || discovering) return;
    discovering = true;
    void discoverScrapeInterval(resolvePrometheusUrl(prometheus), bounded, DISCOVERY_TIMEOUT_MS).then((ms) => (discovered = ms));
  }

  function corsHeaders(req: IncomingMessage): Record<string, string> {
    if (corsOrigins.length === 0) return {};
    if (anyOrigin) return { 'Access-Control-Allow-Origin': '*', 'Access-Control-Expose-Headers': EXPOSED };
    const origin = req.headers.origin;
    const allowed = origin !== undefined && corsOrigins.includes(origin);
    return allowed ? { 'Access-Control-Allow-Origin': origin, 'Access-Control-Expose-Headers': EXPOSED, Vary: 'Origin' } : { Vary: 'Origin' };
  }

  function preflight(req: IncomingMessage): GatewayResponse {
    const requested = req.headers['access-control-request-headers'];
    const headers: Record<string, string> = { Allow: 'GET, HEAD, OPTIONS' };
    if (corsHeaders(req)['Access-Control-Allow-Origin'] !== undefined) {
      headers['Access-Control-Allow-Methods'] = 'GET, HEAD, OPTIONS';
      headers['Access-Control-Allow-Headers'] = typeof requested === 'string' && requested !== '' ? requested : 'Accept, Authorization';
      headers['Access-Control-Max-Age'] = '600';
    }
    return { status: 204, headers, body: '' };
  }

  /** Sends `answer` with its age: `Age` since the data was read, reusable for what is left of the freshness window. */
  function write(req: IncomingMessage, res: ServerResponse, { response, at }: RoutedAnswer): void {
    if (res.headersSent || res.destroyed) return;
    const headers: Record<string, string> = { ...response.headers, ...corsHeaders(req) };
    if (at === undefined) headers['Cache-Control'] = 'no-store';
    else {
      const age = Math.max(0, Math.floor((Date.now() - at) / 1000));
      headers['Age'] = String(age);
      headers['Cache-Control'] = response.status === 200 ? `max-age=${Math.max(0, Math.floor(freshMs() / 1000))}` : 'no-store';
    }
    headers['Content-Length'] = String(Buffer.byteLength(response.body));
    res.writeHead(response.status, headers);
    // Node leaves the body out of an answer to HEAD.
    res.end(response.body);
  }

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<boolean> {
    const target = requestTarget(req.url);
    if (target === undefined) {
      const detail = `The request target ${JSON.stringify((req.url ?? '').slice(0, 200))} is not a valid URL.`;
      write(req, res, { response: problem('bad-request', detail, '/') });
      return true;
    }
    const { path, params } = target;
    const method = req.method ?? 'GET';
    if (path === '/healthz') {
      const ok = method === 'GET' || method === 'HEAD';
      const response: GatewayResponse = ok
        ? { status: 200, headers: { 'Content-Type': 'application/json' }, body: '{"status":"ok"}' }
        : problem('method-not-allowed', `${method} is not allowed here`, path, { headers: { Allow: 'GET, HEAD' } });
      write(req, res, { response });
      return true;
    }
    if (path !== '/api/v1' && !path.startsWith('/api/v1/')) return false;
    discover();
    if (method === 'OPTIONS') {
      write(req, res, { response: preflight(req) });
      return true;
    }
    let answer: RoutedAnswer;
    try {
      answer = await route(method === 'HEAD' ? 'GET' : method, path, params);
    } catch (error) {
      answer = { response: failureAnswer(error, path) };
    }
    write(req, res, answer);
    return true;
  }

  async function listen(port = 0, host = '127.0.0.1'): Promise<ListeningGateway> {
    const server = createServer((req, res) => {
      handle(req, res).then(
        (handled) => {
          if (!handled) write(req, res, { response: problem('not-found', 'Not Found: the API is under /api/v1', req.url ?? '/') });
        },
        // Whatever escapes the handler is a bug to report, never a reason for the process to exit.
        (error: unknown) => write(req, res, { response: failureAnswer(error, req.url ?? '/') }),
      );
    });
    // A client that trickles its headers is cut off instead of holding a connection forever.
    server.headersTimeout = 10_000;
    server.requestTimeout = 30_000;
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

  return { handle, listen, upstream, freshMs };
}
