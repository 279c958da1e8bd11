/**
 * The range in the page URL, so a link or a reload shows the same window: `?range=6h` for a
 * relative range, `?from=…&to=…` (RFC 3339) for an absolute one. Written with
 * `history.replaceState`, so changing the range adds no Back-button entries.
 */
import type { HistoryRange } from '../../sources/source.js';
import { MAX_SPAN_MS, isPreset } from './presets.js';

const PARAMS = ['range', 'from', 'to'] as const;

/** The range `url` names, or undefined when it names none or an invalid one. */
export function rangeFromUrl(url: URL): HistoryRange | undefined {
  const params = url.searchParams;
  const relative = params.get('range');
  if (relative !== null) return isPreset(relative) ? { range: relative } : undefined;
  const from = params.get('from');
  const to = params.get('to');
  if (from === null || to === null) return undefined;
  const start = Date.parse(from);
  const end = Date.parse(to);
  if (!(end > start) || end - start > MAX_SPAN_MS) return undefined;
  return { start: new Date(start), end: new Date(end) };
}

const iso = (date: Date) => date.toISOString().replace(/\.000Z$/, 'Z');

/** `url` with its range parameters replaced by `range`; every other parameter and the hash kept. */
export function urlWithRange(url: URL, range: HistoryRange): URL {
  const next = new URL(url);
  for (const name of PARAMS) next.searchParams.delete(name);
  if ('range' in range) next.searchParams.set('range', range.range);
  else {
    next.searchParams.set('from', iso(range.start));
    next.searchParams.set('to', iso(range.end));
  }
  return next;
}

/** Puts `range` into the page's URL without a navigation or a history entry. */
export function writeRangeToPage(range: HistoryRange): void {
  const next = urlWithRange(new URL(location.href), range);
  if (next.href !== location.href) history.replaceState(history.state, '', next);
}
