/**
 * Fault injection, switchable at run time per route: latency, error statuses, a proxy's HTML page,
 * broken or off-contract JSON, a dropped connection. Faults replace or corrupt a SimResponse;
 * `drop` is carried out by the caller, which owns the socket.
 */
import { ROUTE_NAMES, type RouteName } from './api.js';
import { jsonResponse, problemResponse, type FieldError, type SimResponse } from './http.js';

/** Every fault mode. */
export const FAULT_MODES = [
  'error-500',
  'error-503',
  'rate-limit',
  'html-502',
  'malformed-json',
  'schema-violation',
  'not-found',
  'drop',
] as const;
/** One fault mode. */
export type FaultMode = (typeof FAULT_MODES)[number];

/** What to do to the requests of one route. */
export interface Fault {
  /** Wait this long before answering (or failing). */
  latencyMs?: number;
  mode?: FaultMode;
  /** Seconds for `Retry-After` (`rate-limit` defaults to 1; `error-503` sends it only when given). */
  retryAfter?: number;
  /** Apply to the next N requests only, then clear itself. */
  times?: number;
}

/** A route name, or `*` for every route without a fault of its own. */
export type FaultTarget = RouteName | '*';

const TARGETS: ReadonlySet<string> = new Set([...ROUTE_NAMES, '*']);
const FIELDS: ReadonlySet<string> = new Set(['latencyMs', 'mode', 'retryAfter', 'times']);

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function checkFault(target: string, value: unknown, errors: FieldError[]): Fault | undefined {
  if (!isRecord(value)) {
    errors.push({ field: target, message: 'a fault must be an object' });
    return undefined;
  }
  const before = errors.length;
  for (const key of Object.keys(value)) {
    if (!FIELDS.has(key)) {
      errors.push({ field: `${target}.${key}`, message: `unknown fault field (use ${[...FIELDS].join(', ')})` });
    }
  }
  const { latencyMs, mode, retryAfter, times } = value;
  const nonNegative = (v: unknown) => typeof v === 'number' && Number.isFinite(v) && v >= 0;
  if (latencyMs !== undefined && !nonNegative(latencyMs)) {
    errors.push({ field: `${target}.latencyMs`, message: 'a number of milliseconds ≥ 0' });
  }
  if (mode !== undefined && !(FAULT_MODES as readonly unknown[]).includes(mode)) {
    errors.push({ field: `${target}.mode`, message: `one of ${FAULT_MODES.join(', ')}` });
  }
  if (retryAfter !== undefined && !(nonNegative(retryAfter) && Number.isInteger(retryAfter))) {
    errors.push({ field: `${target}.retryAfter`, message: 'a whole number of seconds ≥ 0' });
  }
  if (times !== undefined && !(Number.isInteger(times) && (times as number) >= 1)) {
    errors.push({ field: `${target}.times`, message: 'a whole number ≥ 1' });
  }
  return errors.length === before ? (value as Fault) : undefined;
}

/** Reads a `PUT /__sim/faults` body: `{ [route or "*"]: Fault }`. Returns every problem otherwise. */
export function parseFaults(body: unknown): Map<FaultTarget, Fault> | FieldError[] {
  if (!isRecord(body)) return [{ field: '', message: 'expected an object mapping route names to faults' }];
  const errors: FieldError[] = [];
  const faults = new Map<FaultTarget, Fault>();
  for (const [target, value] of Object.entries(body)) {
    if (!TARGETS.has(target)) {
      errors.push({ field: target, message: `unknown route (use ${[...TARGETS].join(', ')})` });
      continue;
    }
    const fault = checkFault(target, value, errors);
    if (fault !== undefined) faults.set(target as FaultTarget, { ...fault });
  }
  return errors.length > 0 ? errors : faults;
}

/** The faults in force. A route's own fault wins over `*`. */
export class FaultStore {
  #faults = new Map<FaultTarget, Fault>();

  /** The faults in force, as a `PUT` body would set them (with `times` left). */
  snapshot(): Partial<Record<FaultTarget, Fault>> {
    return Object.fromEntries([...this.#faults].map(([target, fault]) => [target, { ...fault }]));
  }

  /** Replaces every fault. */
  replace(faults: ReadonlyMap<FaultTarget, Fault>): void {
    this.#faults = new Map([...faults].map(([target, fault]) => [target, { ...fault }]));
  }

  /** Removes every fault. */
  clear(): void {
    this.#faults.clear();
  }

  /** The fault for one request to `route`, counting it against `times`. */
  take(route: RouteName): Fault | undefined {
    const target: FaultTarget | undefined = this.#faults.has(route) ? route : this.#faults.has('*') ? '*' : undefined;
    const fault = target === undefined ? undefined : this.#faults.get(target);
    if (target === undefined || fault === undefined) return undefined;
    if (fault.times !== undefined) {
      if (fault.times <= 1) this.#faults.delete(target);
      else this.#faults.set(target, { ...fault, times: fault.times - 1 });
    }
    return { ...fault };
  }
}

const NGINX_502 = `<html>
<head><title>502 Bad Gateway</title></head>
<body>
<center><h1>502 Bad Gateway</h1></center>
<hr><center>nginx/1.25.3</center>
</body>
</html>
`;

/**
 * The answer under fault `mode` (other than `drop`). `real` computes the true answer; it is only
 * called by the modes that corrupt it, so a failed start or stop changes nothing.
 */
export function faultResponse(
  mode: Exclude<FaultMode, 'drop'>,
  fault: Fault,
  route: RouteName,
  instance: string,
  real: () => SimResponse,
): SimResponse {
  const retryAfter: Record<string, string> =
    fault.retryAfter === undefined ? {} : { 'Retry-After': String(fault.retryAfter) };
  switch (mode) {
    case 'error-500':
      return problemResponse(500, 'internal-error', 'simulated internal error', { instance });
    case 'error-503':
      return problemResponse(503, 'service-unavailable', 'simulated outage: the service is unavailable', {
        instance,
        headers: retryAfter,
      });
    case 'rate-limit':
      return problemResponse(429, 'rate-limited', 'Rate limit exceeded. Please try again later.', {
        instance,
        headers: { 'Retry-After': String(fault.retryAfter ?? 1) },
      });
    case 'not-found':
      // A server without the route: alerting not configured upstream answers exactly this.
      return problemResponse(404, 'not-found', `no route for ${instance}`, { instance });
    case 'html-502':
      return { status: 502, headers: { 'Content-Type': 'text/html' }, body: NGINX_502 };
    case 'malformed-json': {
      const response = real();
      return {
        status: response.status,
        headers: { ...response.headers, 'Content-Type': 'application/json' },
        body: response.body.slice(0, Math.floor(response.body.length / 2)),
      };
    }
    case 'schema-violation': {
      const response = real();
      if (route === 'prometheus') {
        return { ...response, body: response.body.replace(/^(philotes_cdc_lag_seconds\{[^}]*\}) \S+$/gm, '$1 fast') };
      }
      if (response.status >= 300 || response.json === undefined) return response;
      return jsonResponse(response.status, violate(route, response.json), response.headers);
    }
  }
}

type JsonObject = Record<string, unknown>;

function asObject(value: unknown): JsonObject {
  return isRecord(value) ? value : {};
}

/** A copy of the object `value` with `changes` applied and `key` removed. */
function without(value: unknown, key: string, changes: JsonObject): JsonObject {
  const copy: JsonObject = { ...asObject(value), ...changes };
  delete copy[key];
  return copy;
}

/** `json` with a field of the wrong type (`"fast"`) and a required field missing. */
function violate(route: RouteName, json: unknown): unknown {
  const body = asObject(json);
  switch (route) {
    case 'metrics':
      return { metrics: without(body['metrics'], 'pipeline_id', { lag_seconds: 'fast' }) };
    case 'history': {
      const history = asObject(body['history']);
      const points: unknown[] = Array.isArray(history['data_points']) ? history['data_points'] : [];
      const broken = points.length === 0 ? 'fast' : [{ ...asObject(points[0]), lag_seconds: 'fast' }, ...points.slice(1)];
      return { history: without(history, 'pipeline_id', { data_points: broken }) };
    }
    case 'pipeline':
      return { pipeline: without(body['pipeline'], 'id', { created_at: 'fast' }) };
    case 'pipelines':
    case 'errors': {
      const list: unknown[] = Array.isArray(body[route]) ? (body[route] as unknown[]) : [];
      return { [route]: list.map((item, i) => (i === 0 ? without(item, 'id', {}) : item)), total_count: 'fast' };
    }
    default:
      return { result: 'fast' };
  }
}
