/**
 * Keeps an element in step with the shared history range of its store: it re-renders when any
 * element (a zooming chart, another selector) changes the range of its pipeline.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { HistoryRange } from '../../sources/source.js';
import type { MetricsStore } from '../../store/metrics-store.js';
import { DEFAULT_HISTORY_RANGE, rangeKey } from '../../store/range.js';

/** Where the range lives: a store (undefined while there is none) and a pipeline. */
export type RangeTarget = () => { store: MetricsStore | undefined; pipelineId: string };

/** Watches the shared range of one pipeline for its host. */
export class SharedRangeController implements ReactiveController {
  readonly #host: ReactiveControllerHost;
  readonly #target: RangeTarget;
  #store: MetricsStore | undefined;
  #off: (() => void) | undefined;
  #seen = '';

  constructor(host: ReactiveControllerHost, target: RangeTarget) {
    this.#host = host;
    this.#target = target;
    host.addController(this);
  }

  /** The shared range now; the API default without a store or pipeline. */
  get range(): HistoryRange {
    const { store, pipelineId } = this.#target();
    return store && pipelineId ? store.getRange(pipelineId) : DEFAULT_HISTORY_RANGE;
  }

  hostConnected(): void {
    this.#follow();
  }

  hostUpdate(): void {
    this.#follow();
  }

  hostDisconnected(): void {
    this.#off?.();
    this.#off = undefined;
    this.#store = undefined;
  }

  #follow(): void {
    const { store } = this.#target();
    this.#seen = rangeKey(this.range);
    if (store === this.#store) return;
    this.#off?.();
    this.#store = store;
    this.#off = store?.subscribe(() => {
      // The store also announces interval and fetching changes; only a new range matters here.
      if (rangeKey(this.range) !== this.#seen) this.#host.requestUpdate();
    });
  }
}
