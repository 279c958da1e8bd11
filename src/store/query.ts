/**
 * One cached read (a pipeline's metrics, a history window…): its state, and the request that
 * fills it. At most one request is in flight; a tick during a fetch joins it; a superseding
 * fetch aborts the old one, and a call id makes sure only the latest call ever writes.
 */
import type { MonitorError } from '../errors.js';
import { abortedError, startRequest, type BoundedRequest } from './request.js';
import { Subscribable } from './subscribable.js';

/** Where a query stands, as a const object with a same-named type. */
export const QueryStatus = {
  /** Nothing loaded yet (the first request may be running). */
  pending: 'pending',
  /** The latest request succeeded. */
  success: 'success',
  /** The latest request failed; earlier data, if any, is kept and marked stale. */
  error: 'error',
} as const;
/** One of {@link QueryStatus}. */
export type QueryStatus = (typeof QueryStatus)[keyof typeof QueryStatus];

/** What an element renders from: the last good data and how current it is. */
export interface QueryState<T> {
  /** The last successfully loaded data, kept through later failures. */
  readonly data: T | undefined;
  /** The latest failure, cleared by the next success. */
  readonly error: MonitorError | undefined;
  readonly status: QueryStatus;
  /** When `data` was loaded (ms since the epoch); the "last success" of stale data. */
  readonly updatedAt: number | undefined;
  /** `data` is from before the latest failure. */
  readonly isStale: boolean;
  /** A request is in flight. */
  readonly isFetching: boolean;
  /** Failures since the last success or manual refresh. */
  readonly failureCount: number;
}

/** What to load and how to name it in messages. */
export interface QueryDefinition<T> {
  /** Identity in the store's cache; equal keys share one query. */
  readonly key: string;
  /** Human name of the resource, e.g. "pipeline metrics". */
  readonly resource: string;
  /** Loads the data; must honour the signal. */
  fetch(signal: AbortSignal): Promise<T>;
}

/** How the store hears about a query. */
export interface QueryHooks {
  /** Request timeout in milliseconds. */
  timeoutMs: number;
  /** After every state change. */
  onChange?(): void;
  /** After the latest request settled and its outcome was written (error or undefined). */
  onSettled?(error: MonitorError | undefined): void;
  /** The first subscriber arrived. */
  onActive?(): void;
  /** The last subscriber left. */
  onIdle?(): void;
}

/** The state of a query nobody has loaded yet. */
export function initialQueryState<T>(): QueryState<T> {
  return {
    data: undefined,
    error: undefined,
    status: QueryStatus.pending,
    updatedAt: undefined,
    isStale: false,
    isFetching: false,
    failureCount: 0,
  };
}

/** One cached read with in-flight dedupe and latest-call-wins writes. */
export class Query<T> extends Subscribable<(state: QueryState<T>) => void> {
  readonly definition: QueryDefinition<T>;
  #hooks: QueryHooks;
  #state: QueryState<T> = initialQueryState<T>();
  #callId = 0;
  #inFlight: { request: BoundedRequest<T>; done: Promise<void> } | undefined;

  constructor(definition: QueryDefinition<T>, hooks: QueryHooks) {
    super();
    this.definition = definition;
    this.#hooks = hooks;
  }

  /** The current state (a new object after every change). */
  get state(): QueryState<T> {
    return this.#state;
  }

  /**
   * Loads the data. Joins the request in flight unless `supersede` is set, which aborts it
   * and starts afresh (a manual refresh, or a refetch after a mutation whose effect an older
   * response could not show). Resolves once the outcome is written; never rejects.
   */
  fetch(options: { supersede?: boolean } = {}): Promise<void> {
    if (this.#inFlight && !options.supersede) return this.#inFlight.done;
    this.#inFlight?.request.abort(abortedError(this.definition.resource, 'superseded by a newer request'));
    const id = ++this.#callId;
    const request = startRequest((signal) => this.definition.fetch(signal), this.definition.resource, this.#hooks.timeoutMs);
    const done = request.promise.then(
      (data) => this.#settle(id, data, undefined),
      (error: MonitorError) => this.#settle(id, undefined, error),
    );
    this.#inFlight = { request, done };
    if (!this.#state.isFetching) this.#write({ isFetching: true });
    return done;
  }

  /** Aborts the request in flight, if any, leaving the data as it was. */
  cancel(why = 'nobody is listening'): void {
    if (!this.#inFlight) return;
    this.#callId++;
    this.#inFlight.request.abort(abortedError(this.definition.resource, why));
    this.#inFlight = undefined;
    this.#write({ isFetching: false });
  }

  /** Forgets past failures, so back-off starts again from its first step. */
  resetFailures(): void {
    if (this.#state.failureCount !== 0) this.#write({ failureCount: 0 });
  }

  protected override onSubscribe(): void {
    if (this.listeners.size === 1) this.#hooks.onActive?.();
  }

  protected override onUnsubscribe(): void {
    if (!this.hasListeners()) this.#hooks.onIdle?.();
  }

  #settle(id: number, data: T | undefined, error: MonitorError | undefined): void {
    // A superseded or cancelled call must not write: a newer one owns the state now.
    if (id !== this.#callId) return;
    this.#inFlight = undefined;
    if (error) {
      this.#write({
        error,
        status: QueryStatus.error,
        isStale: this.#state.data !== undefined,
        isFetching: false,
        failureCount: this.#state.failureCount + 1,
      });
    } else {
      this.#write({
        data,
        error: undefined,
        status: QueryStatus.success,
        updatedAt: Date.now(),
        isStale: false,
        isFetching: false,
        failureCount: 0,
      });
    }
    this.#hooks.onSettled?.(error);
  }

  #write(patch: Partial<QueryState<T>>): void {
    this.#state = { ...this.#state, ...patch };
    this.notify(this.#state);
    this.#hooks.onChange?.();
  }
}
