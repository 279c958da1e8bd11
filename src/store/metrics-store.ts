/**
 * One store per data source: every element showing the same resource shares one query, so
 * ten widgets cost one request per interval and all show the same moment. The store polls
 * only what has subscribers, pauses while the page is hidden or offline, keeps the shared
 * poll interval and history range, and runs start/stop as mutations.
 */
import type { MetricsHistory, Pipeline, PipelineErrorPage, PipelineList, PipelineMetrics } from '../schemas/index.js';
import type { DataSource, ErrorCountsByType, ErrorQuery, HistoryRange } from '../sources/source.js';
import { Mutation, type ControlAction } from './mutation.js';
import { QueryCache } from './query-cache.js';
import { abortedError, startRequest } from './request.js';
import { initialQueryState, type QueryDefinition, type QueryState } from './query.js';
import { DEFAULT_HISTORY_RANGE, historyRefetchFloorMs, rangeKey, sameRange } from './range.js';
import type { SettledAction } from './settle.js';
import { Subscribable } from './subscribable.js';

/** How a store polls; all durations in milliseconds. */
export interface MetricsStoreOptions {
  /** Poll period; 0 turns polling off, values between 0 and 1000 become 1000. Default 15000. */
  intervalMs?: number;
  /** Per-request timeout. Default 10000. */
  timeoutMs?: number;
  /** Keep polling while the page is hidden (wall displays). Default false. */
  keepPollingWhenHidden?: boolean;
  /** How long a query nobody watches keeps its data for a returning element. Default 300000. */
  gcTimeMs?: number;
  /** Random source for retry jitter, in [0, 1). Default Math.random. */
  random?: () => number;
}

/** One query of a store as an element sees it: its state, changes, and a manual refresh. */
export interface QueryHandle<T> {
  /** The store the query lives in. */
  readonly store: MetricsStore;
  /** The query's identity; equal keys are the same query. */
  readonly key: string;
  /** The current state; the initial pending state if nothing is cached. */
  readonly state: QueryState<T>;
  /** Listens to state changes; the first listener starts polling, the last stops it. */
  subscribe(listener: (state: QueryState<T>) => void): () => void;
  /** Fetches now, superseding a request in flight and resetting back-off. */
  refresh(): Promise<void>;
}

const key = (...parts: unknown[]): string => JSON.stringify(parts);

/** How often a pipeline being started or stopped is read. */
const SETTLE_POLL_MS = 1000;

/** The shared, polling cache of one data source. Observe it for interval, fetching and range changes. */
export class MetricsStore extends Subscribable<() => void> {
  /** Where the data comes from. */
  readonly source: DataSource;
  readonly #timeoutMs: number;
  readonly #cache: QueryCache;
  #intervalMs: number;
  #mutations = new Map<string, Mutation>();
  #ranges = new Map<string, HistoryRange>();
  /** Pipelines being followed after a start or stop, with how many followers each. */
  #settling = new Map<string, number>();
  #disposed = false;

  constructor(source: DataSource, options: MetricsStoreOptions = {}) {
    super();
    this.source = source;
    this.#intervalMs = normaliseInterval(options.intervalMs ?? 15_000);
    this.#timeoutMs = options.timeoutMs ?? 10_000;
    this.#cache = new QueryCache({
      timeoutMs: this.#timeoutMs,
      gcTimeMs: options.gcTimeMs ?? 300_000,
      keepPollingWhenHidden: options.keepPollingWhenHidden ?? false,
      random: options.random ?? Math.random,
      periodMs: (floorMs) => (this.#intervalMs === 0 ? 0 : Math.max(this.#intervalMs, floorMs)),
      onChange: () => this.notify(),
    });
  }

  /** The poll period in ms; 0 when polling is off. */
  get intervalMs(): number {
    return this.#intervalMs;
  }

  /** Whether any request of this store is in flight. */
  get isFetching(): boolean {
    return this.#cache.isFetching;
  }

  /** Whether polling waits for the page to become visible or the network to return. */
  get isPaused(): boolean {
    return this.#cache.isPaused;
  }

  /** Sets the poll period for every query: 0 (off) or at least 1000 ms. */
  setInterval(ms: number): void {
    const next = normaliseInterval(ms);
    if (next === this.#intervalMs) return;
    this.#intervalMs = next;
    for (const entry of this.#cache.active()) entry.poller.plan();
    this.notify();
  }

  /** Fetches every watched query now, resetting back-off; resolves when all have settled. */
  async refresh(): Promise<void> {
    await Promise.all(this.#cache.active().map((entry) => entry.poller.refresh()));
  }

  /** The history range the charts of `pipelineId` share; the API's default until set. */
  getRange(pipelineId: string): HistoryRange {
    return this.#ranges.get(pipelineId) ?? DEFAULT_HISTORY_RANGE;
  }

  /** Sets the shared history range of `pipelineId`; subscribers of the store hear one change. */
  setRange(pipelineId: string, range: HistoryRange): void {
    if (sameRange(range, this.getRange(pipelineId))) return;
    this.#ranges.set(pipelineId, range);
    this.notify();
  }

  /** Every pipeline. */
  pipelines(): QueryHandle<PipelineList> {
    return this.#handle({ key: key('pipelines'), resource: 'pipeline list', fetch: (signal) => this.source.listPipelines({ signal }) });
  }

  /** One pipeline's definition and status; read every second while a start or stop of it settles. */
  pipeline(id: string): QueryHandle<Pipeline> {
    return this.#handle(
      { key: key('pipeline', id), resource: 'pipeline', fetch: (signal) => this.source.getPipeline(id, { signal }) },
      () => 0,
      () => (this.#settling.has(id) ? SETTLE_POLL_MS : undefined),
    );
  }

  /** One pipeline's current metrics snapshot. */
  metrics(id: string): QueryHandle<PipelineMetrics> {
    return this.#handle({ key: key('metrics', id), resource: 'pipeline metrics', fetch: (signal) => this.source.getMetrics(id, { signal }) });
  }

  /**
   * One pipeline's metrics history over `range` (default: the shared range, see
   * {@link getRange}); refetched no more often than the range's step.
   */
  history(id: string, range: HistoryRange = this.getRange(id)): QueryHandle<MetricsHistory> {
    const definition = {
      key: key('history', id, rangeKey(range)),
      resource: 'metrics history',
      fetch: (signal: AbortSignal) => this.source.getHistory(id, range, { signal }),
    };
    return this.#handle(definition, () => historyRefetchFloorMs(range, Date.now()));
  }

  /** One page of a pipeline's error log. */
  errors(id: string, query: ErrorQuery = {}): QueryHandle<PipelineErrorPage> {
    const identity = key('errors', id, query.limit ?? null, query.type ?? null, query.before?.toISOString() ?? null, query.offset ?? null, query.search ?? null);
    return this.#handle({ key: identity, resource: 'error log', fetch: (signal) => this.source.getErrors(id, query, { signal }) });
  }

  /**
   * One page of a pipeline's error log, fetched once: not cached and not polled, for pages that
   * never change (older pages loaded on demand). Rejects with a MonitorError; `signal` cancels.
   */
  fetchErrors(id: string, query: ErrorQuery, signal?: AbortSignal): Promise<PipelineErrorPage> {
    if (this.#disposed) return Promise.reject(abortedError('error log', 'store disposed'));
    const request = startRequest((s) => this.source.getErrors(id, query, { signal: s }), 'error log', this.#timeoutMs);
    const cancel = () => request.abort(abortedError('error log', 'cancelled'));
    if (signal?.aborted) cancel();
    else signal?.addEventListener('abort', cancel, { once: true });
    return request.promise;
  }

  /**
   * A pipeline's errors by type, for sources that count errors without keeping a log
   * (Prometheus' `getErrorCounts`); undefined when the source cannot count them.
   */
  errorCounts(id: string): QueryHandle<ErrorCountsByType> | undefined {
    const { source } = this;
    if (!source.getErrorCounts) return undefined;
    return this.#handle({ key: key('error-counts', id), resource: 'error counts', fetch: (signal) => source.getErrorCounts!(id, { signal }) });
  }

  /**
   * A query the store does not name (such as the alerts, see alert-queries.ts), shared by `key`
   * like the named ones; `floorMs` is the least time between polls (Infinity: poll no more).
   */
  query<T>(definition: QueryDefinition<T>, floorMs?: () => number): QueryHandle<T> {
    return this.#handle(definition, floorMs);
  }

  /** Refetches the watched queries of `keys` now (after a change made elsewhere). */
  invalidate(keys: string[]): void {
    if (!this.#disposed) this.#cache.invalidate(keys);
  }

  /** The per-request timeout in ms. */
  get timeoutMs(): number {
    return this.#timeoutMs;
  }

  /** The start/stop control of `id`, to observe whether an action is pending or failed. */
  mutation(id: string): Mutation {
    let mutation = this.#mutations.get(id);
    if (!mutation) {
      mutation = new Mutation({
        perform: (action, signal) =>
          action === 'start' ? this.source.startPipeline(id, { signal }) : this.source.stopPipeline(id, { signal }),
        resource: (action) => `${action} of pipeline ${id}`,
        timeoutMs: this.#timeoutMs,
        onSuccess: () => this.#cache.invalidate([key('pipeline', id), key('pipelines'), key('metrics', id)]),
      });
      this.#mutations.set(id, mutation);
    }
    return mutation;
  }

  /** Starts pipeline `id`; resolves with the server's message, rejects with a MonitorError. */
  start(id: string): Promise<string> {
    return this.#control(id, 'start');
  }

  /** Stops pipeline `id`; resolves with the server's message, rejects with a MonitorError. */
  stop(id: string): Promise<string> {
    return this.#control(id, 'stop');
  }

  /**
   * Follows an accepted start or stop of `id` to its end: reads the pipeline every second,
   * whatever the poll interval (even off), until it is running, stopped or in error, or
   * `timeoutMs` passed. The pipeline list is refetched once it has settled.
   */
  async settle(id: string, action: ControlAction, timeoutMs?: number): Promise<SettledAction> {
    if (this.#disposed) return { action, pipeline: undefined, timedOut: true };
    this.#settling.set(id, (this.#settling.get(id) ?? 0) + 1);
    const replan = () => this.#cache.find(key('pipeline', id))?.poller.plan();
    replan();
    try {
      // Loaded on the first start or stop: pages that only watch never download it.
      const { waitForSettled } = await import('./settle.js');
      if (this.#disposed) return { action, pipeline: undefined, timedOut: true };
      return await waitForSettled(this.pipeline(id), action, timeoutMs);
    } finally {
      const left = (this.#settling.get(id) ?? 1) - 1;
      if (left > 0) this.#settling.set(id, left);
      else this.#settling.delete(id);
      if (!this.#disposed) {
        // Back to the poll interval: the one-second timer armed while settling must not fire.
        replan();
        this.#cache.invalidate([key('pipelines')]);
      }
    }
  }

  /**
   * Drops the query under `key` (a handle's `key`) now rather than after `gcTimeMs`, unless
   * something still watches it: a long list lets go of the rows scrolled away, data and all.
   */
  forget(key: string): void {
    this.#cache.forget(key);
  }

  /** Aborts everything and lets go of all timers and listeners; the store is unusable after. */
  dispose(): void {
    if (this.#disposed) return;
    this.#disposed = true;
    this.#cache.dispose();
    for (const mutation of this.#mutations.values()) mutation.cancel();
  }

  #control(id: string, action: ControlAction): Promise<string> {
    if (this.#disposed) return Promise.reject(abortedError(`${action} of pipeline ${id}`, 'store disposed'));
    return this.mutation(id).run(action);
  }

  /** `urgentMs`, when it returns a period, overrides the poll interval (and polling being off). */
  #handle<T>(definition: QueryDefinition<T>, floorMs: () => number = () => 0, urgentMs?: () => number | undefined): QueryHandle<T> {
    const cache = this.#cache;
    const entry = () => cache.ensure(definition as QueryDefinition<unknown>, floorMs, urgentMs);
    return {
      store: this,
      key: definition.key,
      get state() {
        return (cache.find(definition.key)?.query.state ?? initialQueryState()) as QueryState<T>;
      },
      subscribe: (listener) => entry().query.subscribe(listener as (state: QueryState<unknown>) => void),
      refresh: () => entry().poller.refresh(),
    };
  }
}

function normaliseInterval(ms: number): number {
  if (!(ms >= 0)) throw new RangeError(`Poll interval must be 0 (off) or a positive number of ms, not ${ms}`);
  return ms === 0 ? 0 : Math.max(1000, ms);
}
