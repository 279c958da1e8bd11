/**
 * One JSON request, every way it can fail turned into a MonitorError whose message names the
 * resource and says what to check. Timeouts are the caller's: it aborts `signal` with a reason.
 */
import type { z } from '../schemas/zod.js';
import { MonitorError, truncate, type ProblemInfo } from '../errors.js';
import { parseResource } from '../schemas/parse.js';
import { ProblemDetails } from '../schemas/problem.js';

/** Extra request headers, or a function returning them per request (for short-lived bearer tokens). */
export type HeadersOption =
  | Record<string, string>
  | (() => Record<string, string> | Promise<Record<string, string>>);

/** How requests are sent. */
export interface HttpOptions {
  /** Sent with every request; put tokens here, never in URLs. */
  headers?: HeadersOption;
  /** `fetch` credentials mode, e.g. `'include'` for cookie sessions on another origin. */
  credentials?: RequestCredentials;
  /** The fetch to use; defaults to the global one at call time. */
  fetch?: typeof fetch;
}

/** One request for a JSON resource. */
export interface JsonRequest<T> {
  url: string;
  method?: 'GET' | 'POST';
  /** Names the resource in messages: "pipeline metrics", "start pipeline". */
  resource: string;
  /** Validates the whole 2xx body. */
  schema: z.core.$ZodType<T>;
  signal: AbortSignal;
  /** Sent as a JSON body (with its content type) when set. */
  body?: unknown;
}

const REASONS: Record<number, string> = {
  200: 'OK',
  201: 'Created',
  204: 'No Content',
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  405: 'Method Not Allowed',
  408: 'Request Timeout',
  409: 'Conflict',
  422: 'Unprocessable Content',
  429: 'Too Many Requests',
  500: 'Internal Server Error',
  501: 'Not Implemented',
  502: 'Bad Gateway',
  503: 'Service Unavailable',
  504: 'Gateway Timeout',
};

const CREDENTIALS_HINT = 'or set credentials with configureEndpoint() (see the README). Not retried until then.';

const HINTS: Record<number, string> = {
  401: ` Access was refused: sign in again, ${CREDENTIALS_HINT}`,
  403: ` Access was refused: check the account's role, ${CREDENTIALS_HINT}`,
  404: ' Check the endpoint URL and the pipeline id.',
};

/**
 * Milliseconds to wait from a `Retry-After` value (delta-seconds or HTTP-date), or undefined when
 * absent or unreadable. A date in the past means "now" (0).
 */
function parseRetryAfter(value: string | null, now: number = Date.now()): number | undefined {
  if (value === null) return undefined;
  const trimmed = value.trim();
  if (/^\d+$/.test(trimmed)) return Number(trimmed) * 1000;
  // HTTP-dates start with a day name; the check keeps Date.parse's legacy guesses ("7.5") out.
  const at = /^[A-Za-z]{3}/.test(trimmed) ? Date.parse(trimmed) : Number.NaN;
  return Number.isNaN(at) ? undefined : Math.max(0, at - now);
}

/** The origin of `url` for messages ("Cannot reach https://host"), or `url` itself when it does not parse. */
function originOf(url: string): string {
  try {
    return new URL(url).origin;
  } catch {
    return url;
  }
}

/** A thrown value's message, cut short for a human-readable error. */
function errorText(error: unknown): string {
  return truncate(error instanceof Error ? error.message : String(error), 120);
}

/** The store's reason when it aborted (timeout, superseded), else a generic abort. */
function abortError(signal: AbortSignal, resource: string): MonitorError {
  if (signal.reason instanceof MonitorError) return signal.reason;
  return new MonitorError({
    kind: 'aborted',
    resource,
    message: `The ${resource} request was cancelled.`,
    cause: signal.reason,
  });
}

/** How messages and headers differ between the servers the library talks to. */
export interface Peer {
  /** Put before the server's origin in messages, e.g. `Prometheus at `. */
  label: string;
  /** What the embedder configured, e.g. `endpoint URL`. */
  urlName: string;
  /** How to allow this page's origin on that server. */
  corsHint: string;
  /** The words for one exchange: `request`/`response`, or `query`/`answer`. */
  request: string;
  response: string;
  /** The `Accept` header sent unless the embedder's headers set one. */
  accept: string;
}

/** The philotes REST API. */
const REST_PEER: Peer = {
  label: '',
  urlName: 'endpoint URL',
  corsHint: 'CORS',
  request: 'request',
  response: 'response',
  accept: 'application/json, application/problem+json',
};

async function buildHeaders(option: HeadersOption | undefined, resource: string, peer: Peer): Promise<Headers> {
  let extra: Record<string, string> | undefined;
  try {
    extra = typeof option === 'function' ? await option() : option;
  } catch (error) {
    if (error instanceof MonitorError) throw error;
    throw new MonitorError({
      kind: 'network',
      resource,
      message: `Could not prepare the ${resource} ${peer.request}: the headers function failed (${errorText(error)}).`,
      cause: error,
    });
  }
  const headers = new Headers(extra);
  if (!headers.has('accept')) headers.set('accept', peer.accept);
  return headers;
}

type Body =
  | { kind: 'empty' }
  | { kind: 'html' }
  | { kind: 'text'; text: string }
  | { kind: 'json'; value: unknown }
  | { kind: 'broken'; error: unknown };

/**
 * What the body is. A JSON content type is trusted (so a parse failure is broken JSON); otherwise
 * a body that looks like JSON is still tried, since proxies and old servers mislabel it.
 */
function readBody(text: string, contentType: string): Body {
  const trimmed = text.trim();
  if (trimmed === '') return { kind: 'empty' };
  if (/html/i.test(contentType) || trimmed.startsWith('<')) return { kind: 'html' };
  const declaredJson = /[/+]json\b/i.test(contentType);
  if (!declaredJson && !/^[[{]/.test(trimmed)) return { kind: 'text', text: trimmed };
  try {
    return { kind: 'json', value: JSON.parse(text) };
  } catch (error) {
    return declaredJson ? { kind: 'broken', error } : { kind: 'text', text: trimmed };
  }
}

function problemMessage(problem: ProblemInfo): string {
  const parts: string[] = [];
  if (problem.detail !== undefined && problem.detail !== problem.title) parts.push(truncate(problem.detail, 200));
  const fields = (problem.errors ?? []).slice(0, 3).map((e) => `${truncate(e.field, 40)}: ${truncate(e.message, 120)}`);
  const hidden = (problem.errors?.length ?? 0) - fields.length;
  if (hidden > 0) fields.push(`${hidden} more`);
  if (fields.length > 0) parts.push(parts.length > 0 ? `(${fields.join('; ')})` : fields.join('; '));
  return parts.join(' ');
}

interface Answer {
  resource: string;
  status: number;
  statusLine: string;
  retryAfterMs: number | undefined;
}

/** The error for a body that is not the JSON we asked for, whatever the status. */
function notJsonError(body: Body, a: Answer): MonitorError | undefined {
  const base = { kind: 'not-json' as const, resource: a.resource, status: a.status, retryAfterMs: a.retryAfterMs };
  switch (body.kind) {
    case 'html':
      return new MonitorError({
        ...base,
        message:
          `The ${a.resource} request got an HTML page instead of JSON (${a.statusLine}). It looks like a proxy, ` +
          `login or server error page: check that the endpoint points at the pipeline API.`,
      });
    case 'text':
      return new MonitorError({
        ...base,
        message: `The ${a.resource} request got plain text instead of JSON (${a.statusLine}): ${JSON.stringify(
          truncate(body.text.replace(/\s+/g, ' '), 120),
        )}`,
      });
    default:
      return undefined;
  }
}

function httpError(body: Body, a: Answer): MonitorError {
  const parsed = body.kind === 'json' ? ProblemDetails.safeParse(body.value) : undefined;
  const problem = parsed?.success === true ? parsed.data : undefined;
  const base = { kind: 'http' as const, resource: a.resource, status: a.status, retryAfterMs: a.retryAfterMs, problem };
  if (problem === undefined) {
    return new MonitorError({
      ...base,
      message: `The ${a.resource} request failed with ${a.statusLine}.${HINTS[a.status] ?? ''}`,
    });
  }
  const title = problem.title === undefined ? a.statusLine : `${a.status} ${truncate(problem.title, 80)}`;
  const detail = problemMessage(problem);
  const access = a.status === 401 || a.status === 403 ? (HINTS[a.status] ?? '') : '';
  const end = access !== '' && !/[.!?]$/.test(detail) ? '.' : '';
  return new MonitorError({
    ...base,
    message: `The ${a.resource} request failed with ${title}${detail === '' ? '.' : `: ${detail}${end}`}${access}`,
  });
}

/** One request as {@link fetchText} sends it. */
export interface TextRequest {
  url: string;
  method?: 'GET' | 'POST';
  /** Names the resource in messages. */
  resource: string;
  signal: AbortSignal;
  /** Sent as a JSON body (with its content type) when set. */
  body?: unknown;
}

/** Fetches and reads the whole body, mapping transport failures and aborts to MonitorErrors. */
export async function fetchText(
  request: TextRequest,
  options: HttpOptions,
  peer: Peer = REST_PEER,
): Promise<{ response: Response; text: string }> {
  const { url, resource, signal } = request;
  const headers = await buildHeaders(options.headers, resource, peer);
  const fetchFn = options.fetch ?? globalThis.fetch;
  if (signal.aborted) throw abortError(signal, resource);
  const where = `${peer.label}${originOf(url)}`;
  let response: Response;
  try {
    const init: RequestInit = { method: request.method ?? 'GET', headers, signal };
    if (request.body !== undefined) {
      headers.set('content-type', 'application/json');
      init.body = JSON.stringify(request.body);
    }
    if (options.credentials !== undefined) init.credentials = options.credentials;
    response = await fetchFn(url, init);
  } catch (error) {
    if (signal.aborted) throw abortError(signal, resource);
    throw new MonitorError({
      kind: 'network',
      resource,
      message:
        `Cannot reach ${where} (${resource}): ${errorText(error)}. Check the ${peer.urlName}, that the ` +
        `server is up, and that it accepts requests from this page (${peer.corsHint}).`,
      cause: error,
    });
  }
  let text: string;
  try {
    text = await response.text();
  } catch (error) {
    if (signal.aborted) throw abortError(signal, resource);
    throw new MonitorError({
      kind: 'network',
      resource,
      status: response.status,
      message: `The connection to ${where} dropped while reading the ${resource} ${peer.response}: ${errorText(error)}.`,
      cause: error,
    });
  }
  // A fetch that ignores the signal must not deliver data nobody waits for any more.
  if (signal.aborted) throw abortError(signal, resource);
  return { response, text };
}

/**
 * Sends one request and resolves with the validated body. Rejects only with a MonitorError:
 * `network` (unreachable), `http` (non-2xx, with `status` and `problem`), `not-json` (HTML or plain
 * text, whatever the status), `invalid-json`, `schema`, or the signal's MonitorError reason when
 * aborted. `retryAfterMs` is set on any failure whose response carried `Retry-After`.
 */
export async function requestJson<T>(request: JsonRequest<T>, options: HttpOptions): Promise<T> {
  const { resource } = request;
  const { response, text } = await fetchText(request, options);
  const reason = truncate(response.statusText, 40) || REASONS[response.status];
  const answer: Answer = {
    resource,
    status: response.status,
    statusLine: reason === undefined ? String(response.status) : `${response.status} ${reason}`,
    retryAfterMs: parseRetryAfter(response.headers.get('retry-after')),
  };
  const body = readBody(text, response.headers.get('content-type') ?? '');
  const notJson = notJsonError(body, answer);
  if (notJson !== undefined) throw notJson;
  if (!response.ok) throw httpError(body, answer);
  if (body.kind === 'json') return parseResource(request.schema, body.value, resource);
  const broken = body.kind === 'broken';
  throw new MonitorError({
    kind: broken ? 'invalid-json' : 'not-json',
    resource,
    status: response.status,
    retryAfterMs: answer.retryAfterMs,
    message: broken
      ? `The ${resource} response is not valid JSON (${answer.statusLine}): ${errorText(body.error)}`
      : `The ${resource} response was empty (${answer.statusLine}); expected JSON.`,
    cause: broken ? body.error : undefined,
  });
}
