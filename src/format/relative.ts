import { MISSING, relativeTimeFormat, type Locale } from './intl.js';

const STEPS: readonly { unit: Intl.RelativeTimeFormatUnit; ms: number; below: number }[] = [
  { unit: 'second', ms: 1000, below: 60 },
  { unit: 'minute', ms: 60_000, below: 60 },
  { unit: 'hour', ms: 3_600_000, below: 24 },
  { unit: 'day', ms: 86_400_000, below: Infinity },
];

/**
 * How long ago `date` was, seen from `now`: "12 sec. ago", "3 min. ago", "2 hr. ago" (en-US),
 * "vor 3 Min." (de-DE), always rounded down. A timestamp less than a second old or in the future
 * (the server's clock ahead of the browser's) reads as the locale's "now", never a negative age.
 */
export function formatRelative(date: Date | number, now: Date | number = Date.now(), locale?: Locale): string {
  const age = Number(now) - Number(date);
  if (Number.isNaN(age) || !Number.isFinite(Number(date))) return MISSING;
  if (age < 1000) return relativeTimeFormat(locale, { numeric: 'auto', style: 'short' }).format(0, 'second');
  const format = relativeTimeFormat(locale, { numeric: 'always', style: 'short' });
  for (const step of STEPS) {
    const amount = Math.floor(age / step.ms);
    if (amount < step.below) return format.format(-amount, step.unit);
  }
  return MISSING;
}
