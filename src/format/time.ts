import type { Locale } from './intl.js';

const formats = new Map<string, Intl.DateTimeFormat>();

/** A cached `Intl.DateTimeFormat`; a malformed locale falls back to the browser's, like the number formatters. */
function dateTimeFormat(locale: Locale, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale ?? ''}\u0000${JSON.stringify(options)}`;
  let format = formats.get(key);
  if (format === undefined) {
    try {
      format = new Intl.DateTimeFormat(locale, options);
    } catch (error) {
      if (!(error instanceof RangeError) || locale === undefined) throw error;
      format = new Intl.DateTimeFormat(undefined, options);
    }
    formats.set(key, format);
  }
  return format;
}

/** A wall-clock time with seconds, for "last updated": `12:03:04 PM` (en-US), `12:03:04` (de-DE). */
export function formatClockTime(date: Date | number, locale?: Locale): string {
  return dateTimeFormat(locale, { timeStyle: 'medium' }).format(date);
}

/** A date and time, for "running since": `May 1, 2024, 12:03 PM` (en-US). */
export function formatDateTime(date: Date | number, locale?: Locale): string {
  return dateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }).format(date);
}
