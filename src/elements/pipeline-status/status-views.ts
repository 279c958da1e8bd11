import { html, nothing, type TemplateResult } from 'lit';
import { formatDateTime } from '../../format/time.js';
import { formatDuration, type Locale } from '../../format/index.js';
import { commonText } from '../../i18n/en/common.js';
import { statusText } from '../../i18n/en/status.js';
import type { Pipeline } from '../../schemas/index.js';
import { renderIcon } from '../../theme/index.js';
import { uptimeMs } from '../shared/pipeline-lifecycle.js';

function timeOf(date: Date, locale: Locale): TemplateResult {
  return html`<time datetime=${date.toISOString()}>${formatDateTime(date, locale)}</time>`;
}

/** "Running for 2h 30m, since May 1, 12:03 PM" or "Stopped since …"; nothing for other states. */
export function renderSince(pipeline: Pipeline, now: number, locale: Locale): TemplateResult | typeof nothing {
  const t = statusText(locale);
  const uptime = uptimeMs(pipeline, now);
  if (uptime !== undefined && pipeline.started_at !== undefined) {
    return html`<p part="since" class="since">
      ${t.runningFor(formatDuration(uptime, locale))}${timeOf(pipeline.started_at, locale)}
    </p>`;
  }
  if (pipeline.status === 'stopped' && pipeline.stopped_at !== undefined) {
    return html`<p part="since" class="since">${t.stoppedSince}${timeOf(pipeline.stopped_at, locale)}</p>`;
  }
  return nothing;
}

/** The pipeline's own error text, shown as text: it comes from the server. */
export function renderErrorMessage(pipeline: Pipeline): TemplateResult | typeof nothing {
  if (!pipeline.error_message) return nothing;
  return html`<p part="error-message" class="error-message">
    ${renderIcon('critical', 'error-message-icon')}<span>${pipeline.error_message}</span>
  </p>`;
}

/**
 * A failed refresh: with data kept, how old it is; without, that nothing could be loaded. The
 * message is the error's, shown as text, and Retry fetches again. `grouped`: a parent shows the
 * message and the Retry, so only the data's age is said here.
 */
export function renderProblem(message: string, age: string | undefined, onRetry: () => void, locale: Locale, grouped = false): TemplateResult {
  const t = statusText(locale);
  const common = commonText(locale);
  if (grouped) {
    return html`<p part="problem stale" class="problem" role="status">
      ${renderIcon('stale', 'problem-icon')}${age ? common.staleUpdated(age) : common.notLoaded}
    </p>`;
  }
  return html`<div part="problem" class="problem">
    <p>
      ${renderIcon(age ? 'stale' : 'critical', 'problem-icon')}
      <span>${age ? t.notCurrent(age) : t.couldNotLoad}${message}</span>
    </p>
    <button part="retry" type="button" @click=${onRetry}>${common.retry}</button>
  </div>`;
}
