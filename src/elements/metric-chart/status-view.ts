import { html, nothing, type TemplateResult } from 'lit';
import type { MonitorError } from '../../errors.js';
import { formatRelative } from '../../format/index.js';
import { renderIcon } from '../../theme/index.js';

/** A placeholder the size of the plot while the first history loads. */
export function renderSkeleton(): TemplateResult {
  return html`<div part="skeleton" class="overlay skeleton">
    <span class="skeleton__block" aria-hidden="true"></span>
    <span class="visually-hidden">Loading history</span>
  </div>`;
}

/** Shown over the empty plot when the range holds no samples. */
export function renderEmpty(): TemplateResult {
  return html`<div part="empty" class="overlay message">
    <p>No data for this range</p>
  </div>`;
}

/**
 * The failure of a first load: nothing to show but the reason and a way to try again; `grouped`
 * when a parent shows the reason and the Retry.
 */
export function renderFailure(error: MonitorError, retry: () => void, grouped = false): TemplateResult {
  if (grouped) {
    return html`<div part="error" class="overlay message" role="status">
      <p>${renderIcon('stale', 'error-icon')}<span>History not loaded · see the message above</span></p>
    </div>`;
  }
  return html`<div part="error" class="overlay message message--error" role="alert">
    <p>${renderIcon('critical', 'error-icon')}<span>Could not load the history: ${error.message}</span></p>
    <button type="button" part="retry" class="button" @click=${retry}>Retry</button>
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
  const age = updatedAt === undefined ? '' : ` · updated ${formatRelative(updatedAt, now, locale)}`;
  if (grouped) {
    return html`<div part="stale" class="stale" role="status">${renderIcon('stale', 'stale-icon')}<span class="stale__text">Stale${age}</span></div>`;
  }
  return html`<div part="stale" class="stale" role="status">
    ${renderIcon('stale', 'stale-icon')}
    <span class="stale__text">Stale${age}: ${error.message}</span>
    <button type="button" part="retry" class="button" @click=${retry}>Retry</button>
  </div>`;
}

/** Above a chart whose history the server marked partial: series may miss points or be absent. */
export function renderPartial(partial: boolean | undefined): TemplateResult | typeof nothing {
  if (partial !== true) return nothing;
  return html`<div part="partial" class="stale" role="note">
    ${renderIcon('stale', 'stale-icon')}<span class="stale__text">Partial data · the metrics server answered for only part of the series</span>
  </div>`;
}
