/**
 * The one way a history range changes: the shared store is told (every chart and selector of the
 * pipeline follows it) and one `pm-range-change` event leaves the element the user acted on.
 */
import type { HistoryRange } from '../../sources/source.js';
import type { MetricsStore } from '../../store/metrics-store.js';
import { sameRange } from '../../store/range.js';

/** The detail of `pm-range-change`. */
export interface RangeChangeDetail {
  /** The pipeline whose shared range changed. */
  pipelineId: string;
  /** The new range: relative (`{range: '6h'}`) or absolute (`{start, end}`). */
  range: HistoryRange;
}

/** Fired by `<time-range-selector>` and `<metric-chart>` when the user changes the range. */
export type RangeChangeEvent = CustomEvent<RangeChangeDetail>;

/**
 * Sets `range` as the shared range of `pipelineId` and fires `pm-range-change` from `host`
 * (bubbling, composed). Does nothing and returns false when the range is already in force.
 */
export function changeRange(host: HTMLElement, store: MetricsStore, pipelineId: string, range: HistoryRange): boolean {
  if (sameRange(store.getRange(pipelineId), range)) return false;
  store.setRange(pipelineId, range);
  const detail: RangeChangeDetail = { pipelineId, range };
  host.dispatchEvent(new CustomEvent('pm-range-change', { detail, bubbles: true, composed: true }));
  return true;
}

declare global {
  interface HTMLElementEventMap {
    'pm-range-change': RangeChangeEvent;
  }
}
