/**
 * Which span of time a chart shows for a history range: an absolute range is its own window; a
 * relative one ("last 6 h") ends at the newest sample and moves along as live samples arrive.
 */
import type { HistoryRange } from '../../sources/source.js';
import { DEFAULT_HISTORY_RANGE, parseDurationMs } from '../../store/range.js';
import type { TimeWindow } from './chart-view.js';

/** The narrowest window a drag can zoom into; narrower selections widen around their middle. */
export const MIN_ZOOM_MS = 60_000;

const DEFAULT_SPAN_MS = parseDurationMs((DEFAULT_HISTORY_RANGE as { range: string }).range) ?? 3_600_000;

/** How long `range` is, in ms; an unparseable relative range counts as the server default. */
export function rangeSpanMs(range: HistoryRange): number {
  if ('range' in range) return parseDurationMs(range.range) || DEFAULT_SPAN_MS;
  return range.end.getTime() - range.start.getTime();
}

/** Whether `range` reaches the present, so live snapshots belong in it. */
export function isLiveRange(range: HistoryRange, now: number): boolean {
  return 'range' in range || range.end.getTime() > now;
}

/** The window to show for `range` when the newest sample is at `latest` (undefined: none yet). */
export function chartWindow(range: HistoryRange, latest: number | undefined, now: number): TimeWindow {
  if (!('range' in range)) return { min: range.start.getTime(), max: range.end.getTime() };
  const max = latest ?? now;
  return { min: max - rangeSpanMs(range), max };
}

/** The absolute range a drag from `a` to `b` (ms) selects: at least a minute, whole seconds. */
export function zoomRange(a: number, b: number): HistoryRange {
  const mid = (a + b) / 2;
  const half = Math.max(Math.abs(b - a), MIN_ZOOM_MS) / 2;
  return { start: new Date(Math.floor((mid - half) / 1000) * 1000), end: new Date(Math.ceil((mid + half) / 1000) * 1000) };
}
