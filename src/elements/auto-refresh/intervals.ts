import { formatDuration, type Locale } from '../../format/index.js';
import { numberFormat } from '../../format/intl.js';
import { refreshText } from '../../i18n/en/refresh.js';

/** Off, 5 s, 15 s, 30 s and 60 s, in milliseconds. */
export const DEFAULT_INTERVALS: readonly number[] = Object.freeze([0, 5000, 15_000, 30_000, 60_000]);

/** The interval Resume returns to when the page never had one (the store's own default). */
export const FALLBACK_INTERVAL = 15_000;

/** How an interval reads in the menu: "Off", "5 s", "1 min", "2 min 30 s"… */
export function intervalLabel(ms: number, locale: Locale): string {
  if (ms === 0) return refreshText(locale).off;
  if (ms < 60_000 || ms % 60_000 !== 0) return formatDuration(ms, locale);
  return numberFormat(locale, { style: 'unit', unit: 'minute', unitDisplay: 'short' }).format(ms / 60_000);
}

/**
 * The menu's choices: the embedder's list, sorted, without duplicates or invalid entries, plus the
 * store's current interval when it is not among them, so the menu never shows a value it lacks.
 */
export function intervalChoices(intervals: readonly number[], current: number): number[] {
  // The store turns anything between 0 and 1 s into 1 s; offering it would show a choice that cannot stick.
  const valid = intervals.filter((ms) => ms === 0 || (Number.isFinite(ms) && ms >= 1000));
  return [...new Set([...valid, current])].sort((a, b) => a - b);
}
