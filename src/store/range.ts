/**
 * History ranges as the store needs them: a stable cache key, and the server's step
 * (range / 100, at least 1 s), which bounds how often a history is worth refetching.
 */
import type { HistoryRange } from '../sources/source.js';

/** The range the REST API uses when none is given. */
export const DEFAULT_HISTORY_RANGE: HistoryRange = Object.freeze({ range: '1h' });

const UNIT_MS: Record<string, number> = {
  ns: 1e-6,
  us: 1e-3,
  µs: 1e-3,
  ms: 1,
  s: 1000,
  m: 60_000,
  h: 3_600_000,
  d: 86_400_000,
  w: 604_800_000,
};

const DURATION = /^(?:\d+(?:\.\d+)?(?:ns|us|µs|ms|s|m|h|d|w))+$/;
const PART = /(\d+(?:\.\d+)?)(ns|us|µs|ms|s|m|h|d|w)/g;

/**
 * Parses a Go-style duration with the API's day and week extension (`15m`, `1h30m`, `7d`)
 * into milliseconds; `undefined` for anything else.
 */
export function parseDurationMs(text: string): number | undefined {
  if (!DURATION.test(text)) return undefined;
  let total = 0;
  for (const [, amount, unit] of text.matchAll(PART)) total += Number(amount) * (UNIT_MS[unit ?? ''] ?? 0);
  return total;
}

/** A key that is equal for equal ranges, for caching one history per range. */
export function rangeKey(range: HistoryRange): string {
  return 'range' in range ? range.range : `${range.start.toISOString()}/${range.end.toISOString()}`;
}

/** Whether two ranges denote the same window. */
export function sameRange(a: HistoryRange, b: HistoryRange): boolean {
  return rangeKey(a) === rangeKey(b);
}

/**
 * The shortest useful refetch period of a history: its step, since no new point appears
 * sooner. A window that ended in the past never changes, so it never needs a refetch
 * (`Infinity`). An unparseable relative range falls back to the server default of 1 h.
 */
export function historyRefetchFloorMs(range: HistoryRange, now: number): number {
  let span: number;
  if ('range' in range) {
    span = parseDurationMs(range.range) ?? 3_600_000;
  } else {
    if (range.end.getTime() <= now) return Infinity;
    span = range.end.getTime() - range.start.getTime();
  }
  return Math.max(1000, span / 100);
}
