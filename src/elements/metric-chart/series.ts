/**
 * The series a chart can draw from a pipeline's history: what each is called, its unit, and the
 * class that gives it its colour. `error_rate` is derived: the history carries a cumulative error
 * counter, and the chart shows how fast it grows.
 */
import type { MetricUnit } from '../../format/index.js';

/** Every series key, in the default drawing order. */
export const SERIES_KEYS = ['events_per_second', 'lag_seconds', 'buffer_depth', 'error_rate'] as const;

/** One drawable series of a pipeline's history. */
export type SeriesKey = (typeof SERIES_KEYS)[number];

/** How one series is formatted. */
export interface SeriesInfo {
  readonly key: SeriesKey;
  readonly unit: MetricUnit;
}

/** Units of every series; their names are words of the catalogue (`chartText(locale).series`). */
export const SERIES: Readonly<Record<SeriesKey, SeriesInfo>> = {
  events_per_second: { key: 'events_per_second', unit: 'rate' },
  lag_seconds: { key: 'lag_seconds', unit: 'seconds' },
  buffer_depth: { key: 'buffer_depth', unit: 'count' },
  error_rate: { key: 'error_rate', unit: 'rate' },
};

const KNOWN: ReadonlySet<string> = new Set(SERIES_KEYS);

/** Whether `text` names a series. */
export function isSeriesKey(text: string): text is SeriesKey {
  return KNOWN.has(text);
}

/**
 * The series named in attribute text (space- or comma-separated), unknown names dropped and
 * duplicates kept once; blank or wholly unknown text means every series.
 */
export function parseSeriesList(text: string | null): SeriesKey[] {
  const keys = [...new Set((text ?? '').split(/[\s,]+/).filter(isSeriesKey))];
  return keys.length > 0 ? keys : [...SERIES_KEYS];
}
