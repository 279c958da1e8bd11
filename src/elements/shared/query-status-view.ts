/**
 * What a data-bound element shows around its data: a loading placeholder before the first answer,
 * and after a failure the server's message as text with a Retry button, plus "stale" with the age
 * of the data still on screen.
 */
import { css, html, nothing, type TemplateResult } from 'lit';
import type { MonitorError } from '../../errors.js';
import { formatRelative, type Locale } from '../../format/index.js';
import { commonText } from '../../i18n/en/common.js';
import type common from '../../i18n/en/common.js';
import { renderIcon } from '../../theme/index.js';

type Common = typeof common;

/** A polite "Loading …" line. */
export function renderLoading(what: Parameters<Common['loading']>[0], locale: Locale): TemplateResult {
  return html`<p part="loading" class="pm-status pm-status--loading" role="status">
    <span class="pm-spinner" aria-hidden="true"></span>${commonText(locale).loading(what)}
  </p>`;
}

/** Everything {@link renderFailure} shows. */
export interface FailureInput {
  error: MonitorError;
  /** When the data still shown was loaded; undefined when there is none. */
  updatedAt: number | undefined;
  now: number;
  locale: Locale;
  onRetry(): void;
  /** A parent shows the message and the Retry (see FailureScope); only the data's age is shown here. */
  grouped?: boolean;
}

/**
 * Where a parent shows the failure once for every section: only what this section's data is,
 * "Stale · updated 2 min. ago", or that nothing is loaded.
 */
export function renderGroupedNote(updatedAt: number | undefined, now: number, locale: Locale): TemplateResult {
  const t = commonText(locale);
  return html`<p part="stale" class="pm-status pm-status--grouped" role="status">
    ${renderIcon('stale', 'stale-icon')}${updatedAt === undefined
      ? t.notLoaded
      : t.staleUpdated(formatRelative(updatedAt, now, locale))}
  </p>`;
}

/**
 * The failure, as an alert when nothing else is shown, else as a status beside the stale data:
 * "Stale · updated 2 min. ago", the message, Retry. Grouped, only the data's age.
 */
export function renderFailure({ error, updatedAt, now, locale, onRetry, grouped }: FailureInput): TemplateResult {
  if (grouped) return renderGroupedNote(updatedAt, now, locale);
  const stale = updatedAt !== undefined;
  const t = commonText(locale);
  return html`<div part="error" class="pm-status pm-status--error" role=${stale ? 'status' : 'alert'}>
    ${stale
      ? html`<span part="stale" class="pm-stale">${renderIcon('stale', 'stale-icon')}${t.staleUpdated(formatRelative(updatedAt, now, locale))}</span>`
      : renderIcon('critical', 'error-icon')}
    <span class="pm-status__message">${t.error(error)}</span>
    <button type="button" part="retry" class="pm-button" @click=${onRetry}>${t.retry}</button>
  </div>`;
}

/**
 * Over data the server marked partial (Prometheus' `warnings` or `isPartial`, or the gateway's
 * `partial: true`): what is shown may miss series, so a low figure may be too low.
 */
export function renderPartial(partial: boolean | undefined, text: string): TemplateResult | typeof nothing {
  if (partial !== true) return nothing;
  return html`<p part="partial" class="pm-status" role="note">${renderIcon('stale', 'partial-icon')}${text}</p>`;
}

/** A line of text in place of the data: "No tables configured". */
export function renderEmpty(text: string, action?: TemplateResult): TemplateResult {
  return html`<p part="empty" class="pm-status pm-status--empty">${text}${action ?? nothing}</p>`;
}

/** Styles for the status lines and the shared button look; add to the element's `static styles`. */
export const statusStyles = css`
  .pm-status {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_pm-space-sm);
    margin: 0;
    padding: var(--_pm-space-sm) var(--_pm-space-md);
    font-size: var(--_pm-font-size-sm);
    color: var(--_pm-color-text-muted);
  }

  .pm-status--error {
    color: var(--_pm-color-text);
    background: var(--_pm-color-critical-surface);
    border-radius: var(--_pm-radius-sm);
  }

  .pm-status--error > .pm-icon {
    color: var(--_pm-color-critical);
  }

  .pm-status__message {
    flex: 1 1 12rem;
    min-width: 0;
    overflow-wrap: anywhere;
    unicode-bidi: isolate;
  }

  .pm-stale {
    display: inline-flex;
    align-items: center;
    gap: var(--_pm-space-xs);
    font-weight: var(--_pm-font-weight-strong);
  }

  .pm-spinner {
    width: 0.9em;
    height: 0.9em;
    border: 2px solid var(--_pm-color-border);
    border-top-color: var(--_pm-color-accent);
    border-radius: 50%;
    animation: pm-spin calc(var(--_pm-motion-duration) * 6) linear infinite;
  }

  @keyframes pm-spin {
    to {
      transform: rotate(1turn);
    }
  }

  .pm-button {
    font: inherit;
    font-size: var(--_pm-font-size-sm);
    padding: var(--_pm-space-xs) var(--_pm-space-sm);
    color: var(--_pm-color-text);
    background: var(--_pm-color-surface);
    border: var(--_pm-border-width) solid var(--_pm-color-border);
    border-radius: var(--_pm-radius-sm);
    cursor: pointer;
  }

  .pm-button:hover {
    background: var(--_pm-color-surface-muted);
  }

  .pm-button:disabled {
    cursor: default;
    color: var(--_pm-color-text-muted);
  }

  .pm-button:focus-visible,
  input:focus-visible,
  select:focus-visible,
  summary:focus-visible {
    outline: var(--_pm-focus-ring);
    outline-offset: var(--_pm-focus-ring-offset);
  }
`;
