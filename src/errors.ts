/**
 * Every failure the library can meet, as one typed error with a message a person can act on.
 * Sources create these; the store keeps them beside the last good data; elements show `message`.
 */

/** What went wrong, as a machine-readable kind. */
export type MonitorErrorKind =
  /** fetch rejected: host unreachable, DNS, CORS, connection dropped */
  | 'network'
  /** no complete answer within the configured timeout */
  | 'timeout'
  /** a non-2xx status; `status` and, when the server sent one, `problem` are set */
  | 'http'
  /** a body that is not JSON where JSON was expected (an HTML page from a proxy, plain text) */
  | 'not-json'
  /** a body that claims to be JSON but does not parse */
  | 'invalid-json'
  /** JSON that does not match the contract; `field` names the first offending path */
  | 'schema'
  /** the upstream query engine reported an error (Prometheus `status: "error"`) */
  | 'upstream'
  /** the request was cancelled because it was superseded or nobody listens any more; never shown */
  | 'aborted';

/** RFC 7807 problem details as far as the library reads them. */
export interface ProblemInfo {
  type?: string | undefined;
  title?: string | undefined;
  status?: number | undefined;
  detail?: string | undefined;
  instance?: string | undefined;
  errors?: { field: string; message: string }[] | undefined;
}

/** Options accepted by {@link MonitorError}. */
export interface MonitorErrorInit {
  kind: MonitorErrorKind;
  /** Which resource was being read or changed, e.g. "pipeline metrics". */
  resource: string;
  message: string;
  status?: number | undefined;
  problem?: ProblemInfo | undefined;
  field?: string | undefined;
  /** Server-requested wait before the next attempt (Retry-After), in milliseconds. */
  retryAfterMs?: number | undefined;
  cause?: unknown;
}

/** A failure of the library's data layer, with a human-readable `message`. */
export class MonitorError extends Error {
  override readonly name = 'MonitorError';
  readonly kind: MonitorErrorKind;
  readonly resource: string;
  readonly status: number | undefined;
  readonly problem: ProblemInfo | undefined;
  readonly field: string | undefined;
  readonly retryAfterMs: number | undefined;

  constructor(init: MonitorErrorInit) {
    super(init.message, init.cause === undefined ? undefined : { cause: init.cause });
    this.kind = init.kind;
    this.resource = init.resource;
    this.status = init.status;
    this.problem = init.problem;
    this.field = init.field;
    this.retryAfterMs = init.retryAfterMs;
  }

  /**
   * Whether trying again without user action can help. Authentication and authorisation
   * failures (401/403) and other client errors wait for the user; aborts are not failures.
   */
  get retryable(): boolean {
    if (this.kind === 'aborted' || this.kind === 'schema') return false;
    const clientError = this.status !== undefined && this.status >= 400 && this.status < 500;
    return !clientError || this.status === 408 || this.status === 429;
  }
}

/** Whether `error` is a {@link MonitorError} of kind `aborted`. */
export function isAbort(error: unknown): boolean {
  return error instanceof MonitorError && error.kind === 'aborted';
}

/** Cuts `text` to `max` characters, marking the cut, so hostile payloads cannot flood a message. */
export function truncate(text: string, max = 80): string {
  return text.length <= max ? text : `${text.slice(0, max)}… (${text.length} chars)`;
}
