import { html, nothing, type TemplateResult } from 'lit';
import type { MonitorError } from '../../errors.js';
import { formatRelative } from '../../format/index.js';
import { errorText } from '../../i18n/en/common.js';
import { chartText } from '../../i18n/en/chart.js';
import { renderIcon } from '../../theme/index.js';

/** A placeholder the size of the plot while the first history loads. */
export function renderSkeleton(locale: string | undefined): TemplateResult {
  return html`<div part="skeleton" class="overlay skeleton">
    <span class="skeleton__block" aria-hidden="true"></span>
    <span class="visually-hidden">${chartText(locale).loadingHistory}</span>
  </div>`;
}

/** Shown over the empty plot when the range holds no samples. */
export function renderEmpty(locale: string | undefined): TemplateResult {
  return html`<div part="empty" class="overlay message">
    <p>${chartText(locale).empty}</p>
  </div>`;
}

/**
 * The failure of a first load: nothing to show but the reason and a way to try again; `grouped`
 * when a parent shows the reason and the Retry.
 */
export function renderFailure(error: MonitorError, retry: () => void, locale: string | undefined, grouped = false): TemplateResult {
  const t = chartText(locale);
  if (grouped) {
    return html`<div part="error" class="overlay message" role="status">
      <p>${renderIcon('stale', 'error-icon')}<span>${t.notLoaded}</span></p>
    </div>`;
  }
  return html`<div part="error" class="overlay message message--error" role="alert">
    <p>${renderIcon('critical', 'error-icon')}<span>${t.failed(errorText(locale)(error))}</span></p>
    <button type="button" part="retry" class="button" @click=${retry}>${t.retry}</button>
  </div>`;
}

/**
 * Above a chart whose refresh failed: it still shows the last good data, marked stale with its
 * age, with the reason and a Retry (only the age when `grouped`).
 */
export function renderStale(
  error: MonitorError | undefined,
  updatedAt: number | undefined,
  now: number,
  locale: string | undefined,
  retry: () => void,
  grouped = false,
): TemplateResult | typeof nothing {
  if (error === undefined) return nothing;
  const t = chartText(locale);
  const age = updatedAt === undefined ? '' : t.updated(formatRelative(updatedAt, now, locale));
  if (grouped) {
    return html`<div part="stale" class="stale" role="status">${renderIcon('stale', 'stale-icon')}<span class="stale__text">${t.stale}${age}</span></div>`;
  }
  return html`<div part="stale" class="stale" role="status">
    ${renderIcon('stale', 'stale-icon')}
    <span class="stale__text">${t.stale}${age}: ${errorText(locale)(error)}</span>
    <button type="button" part="retry" class="button" @click=${retry}>${t.retry}</button>
  </div>`;
}

/** Above a chart whose history the server marked partial: series may miss points or be absent. */
export function renderPartial(partial: boolean | undefined, locale: string | undefined): TemplateResult | typeof nothing {
  if (partial !== true) return nothing;
  return html`<div part="partial" class="stale" role="note">
    ${renderIcon('stale', 'stale-icon')}<span class="stale__text">${chartText(locale).partial}</span>
  </div>`;
}
