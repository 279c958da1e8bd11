/**
 * The live metrics of the running pipelines on screen: one store query per pipeline, watched while
 * its row is in view (plus a few rows of margin) and dropped from the store when it scrolls away, so a fleet of
 * 10,000 costs a screenful of requests per interval. Through the store a row costs the same single
 * request as a dashboard showing that pipeline. The few figures the list sorts and sums by are kept
 * after a row scrolls away (a handful of numbers per pipeline, not the snapshot with its tables),
 * and it tells how many errors are new between two snapshots, since `error_count` is cumulative.
 */
import type { ReactiveControllerHost } from 'lit';
import { FollowingController } from '../../controllers/following-controller.js';
import type { PipelineMetrics } from '../../schemas/index.js';
import type { MetricsStore, QueryHandle } from '../../store/metrics-store.js';
import type { QueryState } from '../../store/query.js';
import type { RowFigures } from './list-sort.js';

interface Watched {
  handle: QueryHandle<PipelineMetrics>;
  off: () => void;
  /** The last snapshot seen. */
  latest: PipelineMetrics | undefined;
}

/** Subscribes the host to `store.metrics(id)` for the ids it last asked to {@link watch}. */
export class RowMetrics extends FollowingController {
  readonly #store: () => MetricsStore | undefined;
  readonly #watched = new Map<string, Watched>();
  readonly #figures = new Map<string, RowFigures>();
  #wanted: readonly string[] = [];
  #following: MetricsStore | undefined;

  /** `store` is read on connect and before each update. */
  constructor(host: ReactiveControllerHost, store: () => MetricsStore | undefined) {
    super(host);
    this.#store = store;
    host.addController(this);
  }

  /** Watches exactly `ids` from now on (the running pipelines in view); the others are let go. */
  watch(ids: readonly string[]): void {
    this.#wanted = ids;
    this.follow();
  }

  /** The metrics state of `id`; undefined when its row is not watched. */
  state(id: string): QueryState<PipelineMetrics> | undefined {
    return this.#watched.get(id)?.handle.state;
  }

  /** The last figures of `id`, kept after its row scrolled away; undefined until loaded once. */
  figures(id: string): RowFigures | undefined {
    return this.#figures.get(id);
  }

  /** The ids with figures. */
  loaded(): Iterable<string> {
    return this.#figures.keys();
  }

  /** Forgets the figures of pipelines not in `ids` (they left the list). */
  keepOnly(ids: ReadonlyMap<string, unknown>): void {
    for (const id of this.#figures.keys()) if (!ids.has(id)) this.#figures.delete(id);
  }

  /** The sum of `pick` over the pipelines with figures whose index in `ids` passes `keep`, and how many those are. */
  total(ids: ReadonlyMap<string, number>, keep: (index: number) => boolean, pick: (f: RowFigures) => number): { sum: number; count: number } {
    let sum = 0;
    let count = 0;
    for (const [id, figures] of this.#figures) {
      const index = ids.get(id);
      if (index === undefined || !keep(index)) continue;
      sum += pick(figures);
      count++;
    }
    return { sum, count };
  }

  protected follow(): void {
    const store = this.#store();
    if (store !== this.#following) {
      this.release();
      this.#figures.clear();
    }
    this.#following = store;
    if (!store) return;
    const wanted = new Set(this.#wanted);
    for (const [id, watched] of this.#watched) {
      if (wanted.has(id)) continue;
      watched.off();
      // Scrolled away: the store keeps nothing of it either (its figures stay here, a few numbers).
      store.forget(watched.handle.key);
      this.#watched.delete(id);
    }
    for (const id of wanted) {
      if (this.#watched.has(id)) continue;
      const handle = store.metrics(id);
      const watched: Watched = { handle, off: () => {}, latest: undefined };
      this.#watched.set(id, watched);
      this.#take(id, watched, handle.state.data);
      watched.off = handle.subscribe(({ data }) => {
        this.#take(id, watched, data);
        this.host.requestUpdate();
      });
    }
  }

  #take(id: string, watched: Watched, data: PipelineMetrics | undefined): void {
    if (data === undefined || data === watched.latest) return;
    const before = this.#figures.get(id);
    watched.latest = data;
    this.#figures.set(id, {
      eventsPerSecond: data.events_per_second,
      lagSeconds: data.lag_seconds,
      errorCount: data.error_count,
      newErrors: before === undefined ? 0 : Math.max(0, data.error_count - before.errorCount),
    });
  }

  protected release(): void {
    for (const watched of this.#watched.values()) watched.off();
    this.#watched.clear();
    this.#following = undefined;
  }
}
