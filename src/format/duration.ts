import { isShowable, MISSING, numberFormat, type Locale } from './intl.js';

const SECOND = 1000;
const MINUTE = 60 * SECOND;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

type CompoundUnit = 'day' | 'hour' | 'minute' | 'second';

/**
 * One part of a compound duration: English's narrow symbols ("3m", "12s"), other languages' short
 * abbreviations ("3 Min.", "4 Std."), since their narrow forms mix styles (de: "3 T 4h").
 */
function part(value: number, unit: CompoundUnit, locale: Locale): string {
  const unitDisplay = numberFormat(locale, {}).resolvedOptions().locale.startsWith('en') ? 'narrow' : 'short';
  return numberFormat(locale, { style: 'unit', unit, unitDisplay, maximumFractionDigits: 0 }).format(value);
}

/** "2h 30m", or just "2h" when the smaller part is zero: a card has little room. */
function compound(big: number, bigUnit: CompoundUnit, small: number, smallUnit: CompoundUnit, locale: Locale): string {
  const head = part(big, bigUnit, locale);
  return small === 0 ? head : `${head} ${part(small, smallUnit, locale)}`;
}

/**
 * A duration in milliseconds, short enough for a card, with two significant units at most:
 * `850 → "850 ms"`, `4200 → "4.2 s"`, `192_000 → "3m 12s"`, `9_000_000 → "2h 30m"`,
 * `273_600_000 → "3d 4h"` (en-US). Negative durations keep their sign.
 */
export function formatDuration(ms: number | undefined, locale?: Locale): string {
  if (!isShowable(ms)) return MISSING;
  if (ms < 0) return `-${formatDuration(-ms, locale)}`;
  // Each bucket is chosen on the value rounded the way that bucket would print it, so 59.98 s
  // reads "1m" instead of "60 s".
  if (ms < 1 && ms > 0) {
    return numberFormat(locale, { style: 'unit', unit: 'millisecond', unitDisplay: 'short', maximumSignificantDigits: 2 }).format(ms);
  }
  if (Math.round(ms) < SECOND) {
    return numberFormat(locale, { style: 'unit', unit: 'millisecond', unitDisplay: 'short', maximumFractionDigits: 0 }).format(ms);
  }
  if (Math.round(ms / 100) * 100 < MINUTE) {
    // The SI symbol "s" reads the same in every language; Intl's short form would say "sec"/"Sek.".
    return `${numberFormat(locale, { maximumFractionDigits: 1 }).format(ms / SECOND)} s`;
  }
  const seconds = Math.round(ms / SECOND);
  if (seconds < HOUR / SECOND) return compound(Math.floor(seconds / 60), 'minute', seconds % 60, 'second', locale);
  const minutes = Math.round(ms / MINUTE);
  if (minutes < DAY / MINUTE) return compound(Math.floor(minutes / 60), 'hour', minutes % 60, 'minute', locale);
  const hours = Math.round(ms / HOUR);
  return compound(Math.floor(hours / 24), 'day', hours % 24, 'hour', locale);
}

/** {@link formatDuration} for a value in seconds, such as `lag_seconds`. */
export function formatSeconds(seconds: number | undefined, locale?: Locale): string {
  return isShowable(seconds) ? formatDuration(seconds * SECOND, locale) : MISSING;
}
