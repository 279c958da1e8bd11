/**
 * A moment shown the way an operator scans it ("3 min. ago") while the exact instant stays one
 * hover or one screen-reader phrase away. A time is text, not a control: it takes no tab stop, so
 * a table of 10,000 rows or a log of 200 errors does not cost 10,000 or 200 presses of Tab.
 */
import { css, html, type TemplateResult } from 'lit';
import { formatRelative, MISSING, type Locale } from '../../format/index.js';
import { dateTimeFormat } from '../../format/intl.js';
import { commonText } from '../../i18n/en/common.js';

const EXACT: Intl.DateTimeFormatOptions = {
  year: 'numeric',
  month: 'short',
  day: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  timeZoneName: 'short',
};

/** The exact instant in the locale's words, to the second and with the time zone: "Jan 1, 2026, 10:00:05 AM UTC". */
export function formatExact(date: Date, locale: Locale): string {
  return dateTimeFormat(locale, EXACT).format(date);
}

/**
 * `<time>` reading as relative age, with the exact instant as its `title` (hover) and in words for
 * assistive technology, read with the rest of the row. A missing date renders "—" with "No data" spoken.
 */
export function renderTime(date: Date | undefined, now: number, locale: Locale, part = 'time'): TemplateResult {
  if (date === undefined || Number.isNaN(date.getTime())) {
    return html`<span part=${part}><span aria-hidden="true">${MISSING}</span><span class="visually-hidden">${commonText(locale).noData}</span></span>`;
  }
  const exact = formatExact(date, locale);
  return html`<time part=${part} class="pm-time" datetime=${date.toISOString()} title=${exact}
    >${formatRelative(date, now, locale)}<span class="visually-hidden">, ${exact}</span></time
  >`;
}

/** Styles for {@link renderTime}: digits that do not jiggle as the age counts. Add to the element's `static styles`. */
export const timeStyles = css`
  .pm-time {
    white-space: nowrap;
    font-variant-numeric: tabular-nums;
  }
`;
