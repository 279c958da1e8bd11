/**
 * The simulated philotes back end over HTTP: the REST API, the Prometheus scrape and the `/__sim/`
 * control API, as one request handler that can stand alone (`listen`) or be mounted inside vite's
 * connect or web-test-runner's koa (`handle` resolves false for paths that are not its own).
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { notARoute, readsBody, resolveRoute, runRoute } from './api.js';
import { FaultStore, faultResponse, parseFaults } from './faults.js';
import {
  badTargetResponse,
  isOriginForm,
  jsonResponse,
  methodNotAllowed,
  preflightResponse,
  problemResponse,
  readBody,
  requestUrl,
  send,
  validationProblem,
  type SimResponse,
} from './http.js';
import { SimModel } from './model.js';

/** Options of {@link createSimulator}. */
export interface SimulatorOptions {
  /** Draws the fleet; the same seed (and start instant) gives the same fleet. Default 1. */
  seed?: number;
  /** How many pipelines the fleet has: the four named ones, then generated ones. Default 4. */
  pipelines?: number;
  /** The simulator clock in epoch ms. Default `Date.now`. */
  now?: () => number;
  /** How injected latency waits. Default a real timer; tests pass one that resolves at once. */
  delay?: (ms: number) => Promise<void>;
}

/** A running standalone server. */
export interface ListeningSimulator {
  /** `http://127.0.0.1:<port>`, without a trailing slash. */
  url: string;
  /** Stops listening and drops open connections. */
  close(): Promise<void>;
}

/** A simulated philotes back end. */
export interface Simulator {
  /** The fleet, for tests that compute expected values directly. */
  readonly model: SimModel;
  /** The injected faults (also reachable over `/__sim/faults`). */
  readonly faults: FaultStore;
  /** The simulator clock. */
  readonly now: () => number;
  /** Answers `req` if its path is the simulator's; resolves false (having sent nothing) otherwise. */
  handle(req: IncomingMessage, res: ServerResponse): Promise<boolean>;
  /** Serves on 127.0.0.1 (`port` 0 or omitted: an ephemeral port). */
  listen(port?: number): Promise<ListeningSimulator>;
}

/**
 * Puts a guard in front of every `request` listener of `server` (vite's dev server, which mounts
 * the simulator): a target that is not origin-form is answered 400 before a router whose URL
 * parser throws outside any handler (connect's, for `http://[`) can see it and end the process.
 */
export function guardRequestTargets(server: Server): void {
  const listeners = server.listeners('request') as ((req: IncomingMessage, res: ServerResponse) => void)[];
  server.removeAllListeners('request');
  server.on('request', (req: IncomingMessage, res: ServerResponse) => {
    if (!isOriginForm(req.url)) send(res, badTargetResponse(req.url));
    else for (const listener of listeners) listener.call(server, req, res);
  });
}

const realDelay = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** Creates a simulator whose fleet's past ends at `now()`. */
export function createSimulator(options: SimulatorOptions = {}): Simulator {
  const now = options.now ?? Date.now;
  const delay = options.delay ?? realDelay;
  const model = new SimModel(options.seed ?? 1, now(), options.pipelines);
  const faults = new FaultStore();

  async function control(req: IncomingMessage, path: string): Promise<SimResponse> {
    const method = req.method ?? 'GET';
    if (path === '/__sim/reset') {
      if (method !== 'POST') return methodNotAllowed(method, ['POST'], path);
      model.reset();
      faults.clear();
      return { status: 204, headers: {}, body: '' };
    }
    if (path !== '/__sim/faults') return problemResponse(404, 'not-found', `no route for ${method} ${path}`, { instance: path });
    switch (method) {
      case 'GET':
        return jsonResponse(200, faults.snapshot());
      case 'DELETE':
        faults.clear();
        return { status: 204, headers: {}, body: '' };
      case 'PUT': {
        let body: unknown;
        try {
          body = JSON.parse(await readBody(req));
        } catch {
          return problemResponse(400, 'bad-request', 'the body must be a JSON object mapping route names to faults', { instance: path });
        }
        const parsed = parseFaults(body);
        if (Array.isArray(parsed)) return validationProblem(parsed, path);
        faults.replace(parsed);
        return jsonResponse(200, faults.snapshot());
      }
      default:
        return methodNotAllowed(method, ['GET', 'PUT', 'DELETE'], path);
    }
  }

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<boolean> {
    const url = requestUrl(req.url);
    if (url === undefined) {
      send(res, badTargetResponse(req.url));
      return true;
    }
    // One trailing slash is forgiven, as most routers do.
    const path = url.pathname.length > 1 ? url.pathname.replace(/\/$/, '') : url.pathname;
    const method = req.method ?? 'GET';
    const isControl = path === '/__sim' || path.startsWith('/__sim/');
    const resolution = isControl ? undefined : resolveRoute(method, path);
    if (!isControl && resolution === undefined) return false;
    try {
      if (method === 'OPTIONS') send(res, preflightResponse(req));
      else if (resolution === undefined) send(res, await control(req, path));
      else if (resolution.kind !== 'route') send(res, notARoute(resolution, method, path));
      else {
        const { name, id } = resolution;
        const fault = faults.take(name);
        if (fault?.latencyMs) await delay(fault.latencyMs);
        const body = readsBody(name) ? await readBody(req) : undefined;
        const real = () => runRoute(name, id, { model, now: now(), url, path, body });
        if (fault?.mode === 'drop') req.socket.destroy();
        else send(res, fault?.mode === undefined ? real() : faultResponse(fault.mode, fault, name, path, real));
      }
    } catch (error) {
      send(res, problemResponse(500, 'internal-error', error instanceof Error ? error.message : String(error), { instance: path }));
    }
    return true;
  }

  async function listen(port = 0): Promise<ListeningSimulator> {
    const server = createServer((req, res) => {
      handle(req, res).then(
        (handled) => {
          if (!handled) send(res, { status: 404, headers: { 'Content-Type': 'text/plain; charset=utf-8' }, body: 'Not Found\n' });
        },
        // Whatever escapes the handler is a bug to report, never a reason for the process to exit.
        (error: unknown) => send(res, problemResponse(500, 'internal-error', error instanceof Error ? error.message : String(error))),
      );
    });
    // A client that trickles its headers is cut off instead of holding a connection forever.
    server.headersTimeout = 10_000;
    server.requestTimeout = 30_000;
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(port, '127.0.0.1', () => resolve());
    });
    const { port: bound } = server.address() as AddressInfo;
    return {
      url: `http://127.0.0.1:${bound}`,
      close: () =>
        new Promise<void>((resolve, reject) => {
          server.close((error) => (error === undefined ? resolve() : reject(error)));
          server.closeAllConnections();
        }),
    };
  }

  return { model, faults, now, handle, listen };
}
