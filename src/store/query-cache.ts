/**
 * The queries of one store, by key: creates them on demand, polls those with subscribers,
 * pauses them all while the page is hidden or offline, and forgets the unwatched ones
 * after a grace period — lazily, on the next access, so no timer outlives a query.
 */
import { Poller } from './poller.js';
import { Query, type QueryDefinition } from './query.js';
import { onlineManager, visibilityManager } from './visibility.js';

/** What the cache needs from its store; durations in milliseconds. */
export interface QueryCacheOptions {
  timeoutMs: number;
  gcTimeMs: number;
  keepPollingWhenHidden: boolean;
  random: () => number;
  /** The poll period now for a query that may not refetch more often than `floorMs`; 0 = off. */
  periodMs(floorMs: number): number;
  /** `isFetching` or `isPaused` changed. */
  onChange(): void;
}

/** A cached query and its scheduler. */
export interface CacheEntry {
  readonly query: Query<unknown>;
  readonly poller: Poller;
  /** When the last subscriber left; undefined while watched. */
  idleSince: number | undefined;
}

/** Every query of one store. */
export class QueryCache {
  #options: QueryCacheOptions;
  #entries = new Map<string, CacheEntry>();
  #active = 0;
  #isFetching = false;
  #wasPaused = false;
  #unwatch: (() => void) | undefined;
  #disposed = false;

  constructor(options: QueryCacheOptions) {
    this.#options = options;
  }

  /** Whether any request is in flight. */
  get isFetching(): boolean {
    return this.#isFetching;
  }

  /** Whether polling waits for the page to become visible or the network to return. */
  get isPaused(): boolean {
    return !this.#canRun();
  }

  /** The entry under `key` unless collected. */
  find(key: string): CacheEntry | undefined {
    this.#sweep();
    return this.#entries.get(key);
  }

  /**
   * The entry for `definition`, created if missing; `floorMs` bounds how often it refetches, and
   * `urgentMs`, while it returns a period, replaces the store's.
   */
  ensure(definition: QueryDefinition<unknown>, floorMs: () => number, urgentMs?: () => number | undefined): CacheEntry {
    if (this.#disposed) throw new Error('MetricsStore used after dispose()');
    const existing = this.find(definition.key);
    if (existing) return existing;
    const query: Query<unknown> = new Query(definition, {
      timeoutMs: this.#options.timeoutMs,
      onChange: () => this.#queryChanged(),
      onSettled: (error) => poller.settled(error),
      onActive: () => this.#activate(entry),
      onIdle: () => this.#deactivate(entry),
    });
    const poller = new Poller(query, {
      periodMs: () => urgentMs?.() ?? this.#options.periodMs(floorMs()),
      canRun: () => this.#canRun(),
      random: this.#options.random,
    });
    const entry: CacheEntry = { query, poller, idleSince: Date.now() };
    this.#entries.set(definition.key, entry);
    return entry;
  }

  /** Entries with subscribers. */
  active(): CacheEntry[] {
    return [...this.#entries.values()].filter((entry) => entry.poller.active);
  }

  /** Refetch `keys`: watched ones now, unwatched ones when next watched. */
  invalidate(keys: string[]): void {
    for (const key of keys) {
      const entry = this.#entries.get(key);
      if (entry?.poller.active) {
        void entry.poller.refresh();
      } else if (entry) {
        entry.query.cancel();
        this.#entries.delete(key);
      }
    }
  }

  /** Drops the entry under `key` now, data included, unless it has subscribers. */
  forget(key: string): void {
    const entry = this.#entries.get(key);
    if (!entry || entry.poller.active) return;
    entry.query.cancel();
    this.#entries.delete(key);
  }

  /** Aborts every request and drops every timer, listener and entry. */
  dispose(): void {
    this.#disposed = true;
    for (const entry of this.#entries.values()) entry.poller.stop();
    this.#entries.clear();
    this.#active = 0;
    this.#unwatch?.();
    this.#unwatch = undefined;
  }

  #sweep(): void {
    const now = Date.now();
    for (const [key, entry] of this.#entries) {
      if (entry.idleSince !== undefined && now - entry.idleSince >= this.#options.gcTimeMs) {
        entry.query.cancel();
        this.#entries.delete(key);
      }
    }
  }

  #activate(entry: CacheEntry): void {
    if (this.#disposed) return;
    entry.idleSince = undefined;
    if (this.#active++ === 0) this.#watchConditions();
    entry.poller.start();
  }

  #deactivate(entry: CacheEntry): void {
    if (this.#disposed) return;
    entry.poller.stop();
    entry.idleSince = Date.now();
    if (--this.#active === 0) {
      this.#unwatch?.();
      this.#unwatch = undefined;
    }
  }

  #canRun(): boolean {
    return (this.#options.keepPollingWhenHidden || visibilityManager.value) && onlineManager.value;
  }

  #watchConditions(): void {
    this.#wasPaused = !this.#canRun();
    const changed = (): void => {
      const paused = !this.#canRun();
      for (const entry of this.active()) {
        if (paused) entry.poller.pause();
        else entry.poller.resume();
      }
      if (paused !== this.#wasPaused) {
        this.#wasPaused = paused;
        this.#options.onChange();
      }
    };
    const offVisibility = visibilityManager.subscribe(changed);
    const offOnline = onlineManager.subscribe(changed);
    this.#unwatch = () => {
      offVisibility();
      offOnline();
    };
  }

  #queryChanged(): void {
    const fetching = [...this.#entries.values()].some((entry) => entry.query.state.isFetching);
    if (fetching === this.#isFetching) return;
    this.#isFetching = fetching;
    this.#options.onChange();
  }
}
