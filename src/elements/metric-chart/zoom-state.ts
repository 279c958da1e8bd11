/**
 * Where a drag zoom came from, so "Reset zoom" can go back. The zoom itself is only a range
 * change in the store; when any other element changes the range, the zoom is over.
 */
import type { HistoryRange } from '../../sources/source.js';
import type { MetricsStore } from '../../store/metrics-store.js';
import { sameRange } from '../../store/range.js';
import { changeRange } from '../time-range-selector/range-change.js';

/** The zoom state of one chart. */
export class ZoomState {
  #zoom: { from: HistoryRange; to: HistoryRange } | undefined;

  /** Whether the chart shows a window it zoomed into. */
  get active(): boolean {
    return this.#zoom !== undefined;
  }

  /** Zooms into `range`, remembering the range before the first of successive zooms. */
  zoom(host: HTMLElement, store: MetricsStore, pipelineId: string, range: HistoryRange): void {
    const from = this.#zoom?.from ?? store.getRange(pipelineId);
    if (changeRange(host, store, pipelineId, range)) this.#zoom = { from, to: range };
  }

  /** Goes back to the range in force before zooming. */
  reset(host: HTMLElement, store: MetricsStore | undefined, pipelineId: string): void {
    const zoom = this.#zoom;
    this.#zoom = undefined;
    if (zoom && store) changeRange(host, store, pipelineId, zoom.from);
  }

  /** Forgets the zoom if the shared range is no longer the one it set. */
  follow(current: HistoryRange): void {
    if (this.#zoom && !sameRange(current, this.#zoom.to)) this.#zoom = undefined;
  }
}
