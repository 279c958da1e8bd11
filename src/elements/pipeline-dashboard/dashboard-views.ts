/**
 * What `<pipeline-dashboard>` shows instead of, or above, its sections: one message per cause of
 * failure with one Retry each, and "Pipeline not found" in place of everything for an unknown id.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { FailureGroup } from '../../controllers/failure-scope.js';
import type { MonitorError } from '../../errors.js';
import type { Locale } from '../../format/index.js';
import { commonText } from '../../i18n/en/common.js';
import { dashboardText } from '../../i18n/en/dashboard.js';
import { renderIcon } from '../../theme/index.js';

/**
 * One message for a group: the failure's own message when it stands alone; else the first one's,
 * naming every resource it hit ("The pipeline, pipeline metrics and error log requests failed…").
 */
export function groupMessage(errors: readonly MonitorError[], locale: Locale): string {
  if (errors.length === 0) return '';
  return dashboardText(locale).groupError(errors, (items) => new Intl.ListFormat(locale, { type: 'conjunction' }).format(items));
}

/**
 * Every current failure of the dashboard's queries, once per cause, each with a Retry that retries
 * every query it hit. The live region stays in the page so a new failure is announced.
 */
export function renderFailureGroups(groups: readonly FailureGroup[], locale: Locale): TemplateResult {
  return html`<div part="problems" class="problems" role="alert">
    ${groups.map(
      (group) => html`<div part="problem" class="problem">
        ${renderIcon('critical', 'problem-icon')}
        <p class="problem__message">${groupMessage(group.errors, locale)}</p>
        <button part="retry" type="button" class="pm-button" @click=${() => void group.retry()}>${commonText(locale).retry}</button>
      </div>`,
    )}
  </div>`;
}

/** Whether `error` says the pipeline itself does not exist (as opposed to the server failing). */
export function isNotFound(error: MonitorError | undefined): boolean {
  return error?.kind === 'http' && (error.status === 404 || error.status === 410);
}

/** In place of the sections: the pipeline `id` does not exist at `endpoint`; one Retry. */
export function renderNotFound(id: string, endpoint: string, error: MonitorError, onRetry: () => void, locale: Locale): TemplateResult {
  const t = dashboardText(locale);
  const [before, at, check] = t.notFoundText;
  const [and, end] = t.notFoundEnd;
  return html`<div part="not-found" class="not-found" role="alert">
    <h2 class="not-found__title">${renderIcon('warning', 'not-found-icon')}${t.notFound}</h2>
    <p>${before}<code class="id">${id}</code>${at}<code>${endpoint}</code>${check}<code>pipeline-id</code>${and}<code>endpoint</code>${end}</p>
    ${error.problem?.detail ? html`<p class="detail">${t.serverSaid}<bdi>${error.problem.detail}</bdi></p>` : nothing}
    <button part="retry" type="button" class="pm-button" @click=${onRetry}>${commonText(locale).retry}</button>
  </div>`;
}
