/**
 * History ranges in words, for buttons, labels and screen readers: `6h` → "6h" / "last 6 hours",
 * an absolute window → "May 1, 10:00 AM – May 1, 12:00 PM".
 */
import type { HistoryRange } from '../../sources/source.js';
import { dateTimeFormat, numberFormat } from '../../format/intl.js';
import { rangeText } from '../../i18n/en/range.js';
import { parseDurationMs } from '../../store/range.js';

const UNITS = [
  { unit: 'day', ms: 86_400_000 },
  { unit: 'hour', ms: 3_600_000 },
  { unit: 'minute', ms: 60_000 },
  { unit: 'second', ms: 1000 },
] as const;

const SINGLE_UNIT = /^(\d+)(s|m|h|d)$/;
const UNIT_OF: Record<string, (typeof UNITS)[number]> = { d: UNITS[0], h: UNITS[1], m: UNITS[2], s: UNITS[3] };

/**
 * A duration in words: `"6h"` → "6 hours" (`long`) or "6h" (`narrow`, en). Text in one unit keeps
 * it ("24h" stays 24 hours); other durations, and milliseconds, use the largest unit dividing them.
 */
export function formatSpan(span: string | number, display: 'long' | 'narrow', locale?: string): string {
  const single = typeof span === 'string' ? SINGLE_UNIT.exec(span) : null;
  const ms = typeof span === 'number' ? span : (parseDurationMs(span) ?? 0);
  const { unit, ms: size } = (single && UNIT_OF[single[2] ?? '']) || (UNITS.find((u) => ms % u.ms === 0 && ms >= u.ms) ?? UNITS[3]);
  const format = numberFormat(locale, { style: 'unit', unit, unitDisplay: display });
  return format.format(ms / size);
}

/** A local date and time, short: "May 1, 10:00 AM" (en-US). */
export function formatMoment(date: Date, locale?: string, timeZone?: string): string {
  const format = dateTimeFormat(locale, { month: 'short', day: 'numeric', hour: 'numeric', minute: '2-digit', timeZone });
  return format.format(date);
}

/** A range as a phrase: "last 6 hours", or "May 1, 10:00 AM to May 1, 12:00 PM". */
export function describeRange(range: HistoryRange, locale?: string, timeZone?: string): string {
  if ('range' in range) {
    const ms = parseDurationMs(range.range);
    return rangeText(locale).last(ms === undefined || ms <= 0 ? range.range : formatSpan(range.range, 'long', locale));
  }
  return rangeText(locale).between(formatMoment(range.start, locale, timeZone), formatMoment(range.end, locale, timeZone));
}
