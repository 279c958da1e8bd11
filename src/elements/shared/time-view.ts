/**
 * A moment shown the way an operator scans it ("3 min. ago") while the exact instant stays one
 * hover, one focus or one screen-reader phrase away.
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
 * `<time>` reading as relative age, with the exact instant as its `title` (hover), in a tooltip
 * while focused (`data-exact`, styled by the element) and in words for assistive technology.
 * A missing date renders "—" with "No data" spoken.
 */
export function renderTime(date: Date | undefined, now: number, locale: Locale, part = 'time'): TemplateResult {
  if (date === undefined || Number.isNaN(date.getTime())) {
    return html`<span part=${part}><span aria-hidden="true">${MISSING}</span><span class="visually-hidden">${commonText(locale).noData}</span></span>`;
  }
  const exact = formatExact(date, locale);
  return html`<time part=${part} class="pm-time" datetime=${date.toISOString()} title=${exact} data-exact=${exact} tabindex="0"
    >${formatRelative(date, now, locale)}<span class="visually-hidden">, ${exact}</span></time
  >`;
}

/**
 * Styles for {@link renderTime}: the exact instant as a tooltip while the time has keyboard focus
 * (a mouse gets the native `title`). Add to the element's `static styles`.
 */
export const timeStyles = css`
  .pm-time {
    position: relative;
    white-space: nowrap;
    font-variant-numeric: tabular-nums;
    border-radius: var(--_pm-radius-sm);
  }

  .pm-time:focus-visible {
    outline: var(--_pm-focus-ring);
    outline-offset: var(--_pm-focus-ring-offset);
  }

  .pm-time:focus-visible::after {
    content: attr(data-exact);
    position: absolute;
    inset-block-start: calc(100% + var(--_pm-space-xs));
    inset-inline-end: 0;
    z-index: 2;
    padding: var(--_pm-space-xs) var(--_pm-space-sm);
    border-radius: var(--_pm-radius-sm);
    background: var(--_pm-color-text);
    color: var(--_pm-color-surface);
    font-size: var(--_pm-font-size-xs);
    pointer-events: none;
  }
`;
