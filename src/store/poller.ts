/**
 * When a query fetches: once on its first subscriber, then every poll period after a
 * success, or after a back-off delay after a failure — one timer per query, so retries and
 * polling never multiply. Nothing runs while the page may not fetch (hidden, offline).
 */
import type { MonitorError } from '../errors.js';
import type { Query } from './query.js';
import { backoffDelay } from './retry.js';

/** What the store decides for all its pollers. */
export interface PollPolicy {
  /** The poll period of `query` now in ms; 0 or Infinity when it should not poll. */
  periodMs(query: Query<unknown>): number;
  /** Whether requests may be sent now (page visible or opted in, and online). */
  canRun(): boolean;
  /** Random source for retry jitter, in [0, 1). */
  random(): number;
}

/** Schedules the fetches of one query. */
export class Poller {
  readonly query: Query<unknown>;
  #policy: PollPolicy;
  #active = false;
  #timer: ReturnType<typeof setTimeout> | undefined;
  /** When to retry after the latest failure; undefined when that failure must wait for the user. */
  #retryAt: number | undefined;

  constructor(query: Query<unknown>, policy: PollPolicy) {
    this.query = query;
    this.#policy = policy;
  }

  /** Whether the query has subscribers and so is polled. */
  get active(): boolean {
    return this.#active;
  }

  /**
   * Starts polling: fetches now when due, else waits for the next due time. A failure that waits
   * for the user (a 404, a 401) is tried once more by a new watcher: an element that mounts, such
   * as a dashboard's sections after "Pipeline not found" was retried, is that user.
   */
  start(): void {
    this.#active = true;
    if (this.query.state.status === 'error' && this.#retryAt === undefined) this.#retryAt = Date.now();
    this.plan();
  }

  /** Stops polling and aborts the request in flight; leaves no timer behind. */
  stop(): void {
    this.#active = false;
    this.#clear();
    this.query.cancel();
  }

  /** Hands the outcome of the query's latest request to the scheduler. */
  settled(error: MonitorError | undefined): void {
    if (error) {
      this.#retryAt = error.retryable
        ? Date.now() + backoffDelay(this.query.state.failureCount - 1, () => this.#policy.random(), error.retryAfterMs)
        : undefined;
    }
    this.plan();
  }

  /** Fetches now, superseding any request in flight and restarting back-off. */
  refresh(): Promise<void> {
    this.query.resetFailures();
    this.#clear();
    return this.query.fetch({ supersede: true });
  }

  /**
   * The page may fetch again (visible, back online): a retryable failure is retried at once
   * unless the server asked to wait; a success refetches if its period has run out meanwhile.
   */
  resume(): void {
    const { error } = this.query.state;
    if (error && this.#retryAt !== undefined && error.retryAfterMs === undefined) this.#retryAt = Date.now();
    this.plan();
  }

  /** Pauses without forgetting when the next fetch is due. */
  pause(): void {
    this.#clear();
  }

  /** (Re)arms the one timer from the current state, period and permission to run. */
  plan(): void {
    this.#clear();
    if (!this.#active || !this.#policy.canRun() || this.query.state.isFetching) return;
    const due = this.#nextDue();
    if (due === undefined) return;
    const wait = due - Date.now();
    if (wait <= 0) {
      void this.query.fetch();
    } else {
      this.#timer = setTimeout(() => {
        this.#timer = undefined;
        void this.query.fetch();
      }, wait);
    }
  }

  #nextDue(): number | undefined {
    const { status, updatedAt } = this.query.state;
    if (status === 'error') return this.#retryAt;
    if (updatedAt === undefined) return Date.now();
    const period = this.#policy.periodMs(this.query);
    // setTimeout cannot wait longer than 2^31-1 ms; such periods mean "not while anyone looks".
    if (!(period > 0) || period > 2_147_483_647) return undefined;
    return updatedAt + period;
  }

  #clear(): void {
    clearTimeout(this.#timer);
    this.#timer = undefined;
  }
}
