import { html, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { MonitorError } from '../../errors.js';
import {
  formatBytes,
  formatCount,
  formatDuration,
  formatInteger,
  type Locale,
} from '../../format/index.js';
import type { PipelineMetrics } from '../../schemas/index.js';
import { commonText, errorText } from '../../i18n/en/common.js';
import { gridText } from '../../i18n/en/grid.js';
import { renderIcon } from '../../theme/index.js';

/**
 * The failure of the latest refresh, said in words, with a Retry button. With `kept` data the
 * cards stay visible and marked stale, so the message says that what is shown is not current.
 */
export function renderProblem(error: MonitorError, kept: boolean, onRetry: () => void, locale: Locale): TemplateResult {
  const t = gridText(locale);
  return html`<div part="problem" class="problem" role="alert">
    ${renderIcon('critical', 'problem-icon')}
    <p part="message">
      ${kept ? t.notCurrent : t.couldNotLoad}<span>${errorText(locale)(error)}</span>
    </p>
    <button part="retry" type="button" @click=${onRetry}>${commonText(locale).retry}</button>
  </div>`;
}

interface SummaryItem {
  name: string;
  label: string;
  value: string;
  /** The exact figure, for a tooltip where the shown value is rounded. */
  exact: string | undefined;
}

function summaryItems(metrics: PipelineMetrics | undefined, uptime: number | undefined, locale: Locale): SummaryItem[] {
  const exact = (value: number | undefined, suffix = '') =>
    value === undefined ? undefined : `${formatInteger(value, locale)}${suffix}`;
  const t = gridText(locale);
  return [
    {
      name: 'total-events',
      label: t.totalEvents,
      value: formatCount(metrics?.events_processed, locale),
      exact: exact(metrics?.events_processed),
    },
    {
      name: 'iceberg-commits',
      label: t.commits,
      value: formatCount(metrics?.iceberg_commits, locale),
      exact: exact(metrics?.iceberg_commits),
    },
    {
      name: 'data-written',
      label: t.written,
      value: formatBytes(metrics?.iceberg_bytes_written, locale),
      exact: exact(metrics?.iceberg_bytes_written, t.bytes),
    },
    { name: 'uptime', label: t.uptime, value: formatDuration(uptime, locale), exact: undefined },
  ];
}

/**
 * The cumulative figures under the cards, as a description list; placeholders while loading.
 * `uptime` (ms) is the pipeline's, the same figure `<pipeline-status>` shows.
 */
export function renderSummary(
  metrics: PipelineMetrics | undefined,
  uptime: number | undefined,
  loading: boolean,
  locale: Locale,
): TemplateResult {
  const placeholder = loading && metrics === undefined;
  return html`<dl part="summary" class="summary">
    ${summaryItems(metrics, uptime, locale).map(
      (item) => html`<div part="summary-item ${item.name}" class="summary-item">
        <dt part="summary-label">${item.label}</dt>
        <dd part="summary-value" title=${ifDefined(placeholder ? undefined : item.exact)}>
          ${placeholder
            ? html`<span class="skeleton" aria-hidden="true"></span><span class="visually-hidden">${gridText(locale).loading}</span>`
            : item.value}
        </dd>
      </div>`,
    )}
  </dl>`;
}
