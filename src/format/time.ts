import { dateTimeFormat, type Locale } from './intl.js';

/** A wall-clock time with seconds, for "last updated": `12:03:04 PM` (en-US), `12:03:04` (de-DE). */
export function formatClockTime(date: Date | number, locale?: Locale): string {
  return dateTimeFormat(locale, { timeStyle: 'medium' }).format(date);
}

/** A date and time, for "running since": `May 1, 2024, 12:03 PM` (en-US). */
export function formatDateTime(date: Date | number, locale?: Locale): string {
  return dateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }).format(date);
}
