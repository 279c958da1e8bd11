import { formatBytes } from './bytes.js';
import { formatDuration, formatSeconds } from './duration.js';
import { MISSING, type Locale } from './intl.js';
import { formatCount, formatNumber, formatRate } from './numbers.js';

/** Every unit a metric value can carry, for runtime checks of attribute input. */
export const METRIC_UNITS = ['count', 'rate', 'bytes', 'seconds', 'duration', 'none'] as const;

/**
 * How a metric value is read: `count` (compact, "1.2K"), `rate` (per second, "1.2K/s"),
 * `bytes` (IEC, "1.5 KiB"), `seconds` (a value in seconds shown as a duration, e.g. lag),
 * `duration` (a value in milliseconds shown as a duration), `none` (a plain number).
 */
export type MetricUnit = (typeof METRIC_UNITS)[number];

/** Formats `value` according to `unit`; unknown units (bad attribute text) fall back to `none`. */
export function formatValue(value: number | undefined, unit: MetricUnit, locale?: Locale): string {
  switch (unit) {
    case 'count':
      return formatCount(value, locale);
    case 'rate':
      return formatRate(value, locale);
    case 'bytes':
      return formatBytes(value, locale);
    case 'seconds':
      return formatSeconds(value, locale);
    case 'duration':
      return formatDuration(value, locale);
    default:
      return formatNumber(value, locale);
  }
}

/** A signed difference in `unit`: "+150/s", "-1.5 KiB", "0". */
export function formatDelta(delta: number | undefined, unit: MetricUnit, locale?: Locale): string {
  const text = formatValue(delta, unit, locale);
  return delta !== undefined && delta > 0 && text !== MISSING ? `+${text}` : text;
}
