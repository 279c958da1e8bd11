/**
 * Responses as values: routes build a SimResponse, fault injection may replace or corrupt it, and
 * only `send` touches the socket. Also the RFC 7807 problem bodies and CORS of CONTRACT.md §1.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';

/** A complete HTTP answer, not yet sent. `json` keeps the value behind a JSON body. */
export interface SimResponse {
  status: number;
  headers: Record<string, string>;
  body: string;
  json?: unknown;
}

/** One invalid request field, as in the `errors` member of a validation problem. */
export interface FieldError {
  field: string;
  message: string;
}

/** A JSON answer with `Content-Type: application/json`. */
export function jsonResponse(status: number, value: unknown, headers: Record<string, string> = {}): SimResponse {
  return { status, headers: { 'Content-Type': 'application/json', ...headers }, body: JSON.stringify(value), json: value };
}

/** The problem types used here: the contract's, plus the statuses it does not name. */
export type ProblemKind =
  | 'validation-error'
  | 'bad-request'
  | 'not-found'
  | 'method-not-allowed'
  | 'conflict'
  | 'rate-limited'
  | 'internal-error'
  | 'service-unavailable';

const TITLES: Record<ProblemKind, string> = {
  'validation-error': 'Validation Error',
  'bad-request': 'Bad Request',
  'not-found': 'Not Found',
  'method-not-allowed': 'Method Not Allowed',
  conflict: 'Conflict',
  'rate-limited': 'Too Many Requests',
  'internal-error': 'Internal Server Error',
  'service-unavailable': 'Service Unavailable',
};

/** Options of a problem answer. */
export interface ProblemOptions {
  /** The request path the problem is about. */
  instance?: string;
  errors?: FieldError[];
  headers?: Record<string, string>;
}

/** An RFC 7807 answer: `application/problem+json` with `type` `https://philotes.io/errors/<kind>`. */
export function problemResponse(status: number, kind: ProblemKind, detail: string, options: ProblemOptions = {}): SimResponse {
  const value = {
    type: `https://philotes.io/errors/${kind}`,
    title: TITLES[kind],
    status,
    detail,
    ...(options.instance === undefined ? {} : { instance: options.instance }),
    ...(options.errors === undefined ? {} : { errors: options.errors }),
  };
  return { status, headers: { 'Content-Type': 'application/problem+json', ...options.headers }, body: JSON.stringify(value), json: value };
}

/** A 400 listing every invalid field, as upstream's validation errors. */
export function validationProblem(errors: FieldError[], instance: string): SimResponse {
  return problemResponse(400, 'validation-error', 'The request contains invalid fields', { instance, errors });
}

/** A 405 naming the methods the path accepts. */
export function methodNotAllowed(method: string, allow: readonly string[], instance: string): SimResponse {
  return problemResponse(405, 'method-not-allowed', `method ${method} is not allowed here; use ${allow.join(' or ')}`, {
    instance,
    headers: { Allow: allow.join(', ') },
  });
}

/**
 * The URL of a request target, or undefined when it does not parse (`//[`, `http://[`,
 * `//a:99999/`): such a target is the client's mistake, answered 400, never a crash.
 */
export function requestUrl(target: string | undefined): URL | undefined {
  try {
    return new URL(target ?? '/', 'http://simulator.invalid');
  } catch {
    return undefined;
  }
}

/**
 * Whether `target` is origin-form (`/path?query`, not `//host…` nor `http://…`) and parses: the
 * only form a dev server's router (connect's legacy url.parse) is safe to see.
 */
export function isOriginForm(target: string | undefined): boolean {
  return target !== undefined && target.startsWith('/') && !target.startsWith('//') && requestUrl(target) !== undefined;
}

/** The 400 for a request target that is not a URL. */
export function badTargetResponse(target: string | undefined): SimResponse {
  return problemResponse(400, 'bad-request', `the request target ${JSON.stringify(String(target).slice(0, 200))} is not a valid URL`);
}

/** Lets a page on another origin read every answer, including Retry-After. */
const CORS_HEADERS = {
  'Access-Control-Allow-Origin': '*',
  'Access-Control-Expose-Headers': 'Retry-After',
};

/** The answer to a CORS preflight (`OPTIONS`). */
export function preflightResponse(req: IncomingMessage): SimResponse {
  const requested = req.headers['access-control-request-headers'];
  return {
    status: 204,
    headers: {
      'Access-Control-Allow-Methods': 'GET, HEAD, POST, PUT, DELETE, OPTIONS',
      'Access-Control-Allow-Headers': typeof requested === 'string' && requested !== '' ? requested : 'Content-Type, Accept, Authorization',
      'Access-Control-Max-Age': '600',
    },
    body: '',
  };
}

/** Writes `response`, with CORS and no-store caching (every answer is live data). */
export function send(res: ServerResponse, response: SimResponse): void {
  if (res.headersSent || res.destroyed) return;
  res.writeHead(response.status, {
    ...CORS_HEADERS,
    'Cache-Control': 'no-store',
    ...response.headers,
    'Content-Length': String(Buffer.byteLength(response.body)),
  });
  res.end(response.body);
}

/** The request body as text, refusing more than `limit` bytes. */
export async function readBody(req: IncomingMessage, limit = 64 * 1024): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    const buffer = Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk));
    size += buffer.length;
    if (size > limit) throw new RangeError(`request body larger than ${limit} bytes`);
    chunks.push(buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}
