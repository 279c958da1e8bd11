/**
 * The custom absolute range: the text of two `datetime-local` inputs (the viewer's local time)
 * checked and turned into a history range, with a message a person can act on when it is wrong.
 */
import type { HistoryRange } from '../../sources/source.js';
import { rangeText } from '../../i18n/en/range.js';
import { MAX_SPAN_MS } from './presets.js';

/** A checked custom range, or which input is wrong and why. */
export type CustomRangeResult =
  | { ok: true; range: { start: Date; end: Date } }
  | { ok: false; field: 'from' | 'to'; message: string };

/** Local date-time text of a `datetime-local` input (`2026-01-01T09:30`) as an instant; NaN when blank or malformed. */
export function parseLocalInput(text: string): number {
  // Without an offset, ECMAScript reads a date-time form as local time, as the input means it.
  return /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?$/.test(text) ? new Date(text).getTime() : NaN;
}

/** An instant as `datetime-local` input text in the viewer's zone, to the minute. */
export function toLocalInput(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

/** Checks the inputs: both given, the end after the start, at most 7 days apart. */
export function checkCustomRange(from: string, to: string, locale?: string): CustomRangeResult {
  const t = rangeText(locale);
  const start = parseLocalInput(from);
  const end = parseLocalInput(to);
  if (Number.isNaN(start)) return { ok: false, field: 'from', message: t.noStart };
  if (Number.isNaN(end)) return { ok: false, field: 'to', message: t.noEnd };
  if (end <= start) return { ok: false, field: 'to', message: t.order };
  if (end - start > MAX_SPAN_MS) return { ok: false, field: 'to', message: t.tooLong };
  return { ok: true, range: { start: new Date(start), end: new Date(end) } };
}

/** The inputs' starting text for `range`: its own bounds, or the window a relative range covers now. */
export function draftFor(range: HistoryRange, spanMs: number, now: number): { from: string; to: string } {
  if ('range' in range) return { from: toLocalInput(new Date(now - spanMs)), to: toLocalInput(new Date(now)) };
  return { from: toLocalInput(range.start), to: toLocalInput(range.end) };
}
