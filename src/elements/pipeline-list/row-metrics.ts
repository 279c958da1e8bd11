/**
 * The live metrics of the running pipelines a list shows: one store query per pipeline, watched
 * while its row is on screen. Through the store, a row costs the same single request per interval
 * as a dashboard showing that pipeline. Between two snapshots it also tells how many errors are new,
 * since `error_count` is cumulative and its total alone says nothing about now.
 */
import type { ReactiveControllerHost } from 'lit';
import { FollowingController } from '../../controllers/following-controller.js';
import type { PipelineMetrics } from '../../schemas/index.js';
import type { MetricsStore, QueryHandle } from '../../store/metrics-store.js';
import type { QueryState } from '../../store/query.js';

interface Watched {
  handle: QueryHandle<PipelineMetrics>;
  off: () => void;
  /** The last snapshot seen, and the error count of the one before it. */
  latest: PipelineMetrics | undefined;
  previousErrors: number | undefined;
}

/** Subscribes the host to `store.metrics(id)` for each id it selects, following the selection. */
export class RowMetrics extends FollowingController {
  readonly #select: () => { store: MetricsStore | undefined; ids: readonly string[] };
  readonly #watched = new Map<string, Watched>();
  #store: MetricsStore | undefined;

  /** `select` is read on connect and before each update: the store and the ids whose metrics are shown. */
  constructor(host: ReactiveControllerHost, select: () => { store: MetricsStore | undefined; ids: readonly string[] }) {
    super(host);
    this.#select = select;
    host.addController(this);
  }

  /** The metrics state of `id`; undefined when its row is not watched. */
  state(id: string): QueryState<PipelineMetrics> | undefined {
    return this.#watched.get(id)?.handle.state;
  }

  /** Errors counted between the last two snapshots of `id`; undefined until two have arrived. */
  newErrors(id: string): number | undefined {
    const watched = this.#watched.get(id);
    if (watched?.latest === undefined || watched.previousErrors === undefined) return undefined;
    return Math.max(0, watched.latest.error_count - watched.previousErrors);
  }

  protected follow(): void {
    const { store, ids } = this.#select();
    if (store !== this.#store) this.release();
    this.#store = store;
    if (!store) return;
    const wanted = new Set(ids);
    for (const [id, watched] of this.#watched) {
      if (wanted.has(id)) continue;
      watched.off();
      this.#watched.delete(id);
    }
    for (const id of wanted) {
      if (this.#watched.has(id)) continue;
      const handle = store.metrics(id);
      const watched: Watched = { handle, off: () => {}, latest: handle.state.data, previousErrors: undefined };
      watched.off = handle.subscribe(({ data }) => {
        if (data !== undefined && data !== watched.latest) {
          watched.previousErrors = watched.latest?.error_count;
          watched.latest = data;
        }
        this.host.requestUpdate();
      });
      this.#watched.set(id, watched);
    }
  }

  protected release(): void {
    for (const watched of this.#watched.values()) watched.off();
    this.#watched.clear();
    this.#store = undefined;
  }
}
