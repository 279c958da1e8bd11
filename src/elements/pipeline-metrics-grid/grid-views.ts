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
import { renderIcon } from '../../theme/index.js';

/**
 * The failure of the latest refresh, said in words, with a Retry button. With `kept` data the
 * cards stay visible and marked stale, so the message says that what is shown is not current.
 */
export function renderProblem(error: MonitorError, kept: boolean, onRetry: () => void): TemplateResult {
  return html`<div part="problem" class="problem" role="alert">
    ${renderIcon('critical', 'problem-icon')}
    <p part="message">
      ${kept ? 'Metrics are not current. ' : 'Metrics could not be loaded. '}<span>${error.message}</span>
    </p>
    <button part="retry" type="button" @click=${onRetry}>Retry</button>
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
  return [
    {
      name: 'total-events',
      label: 'Total events',
      value: formatCount(metrics?.events_processed, locale),
      exact: exact(metrics?.events_processed),
    },
    {
      name: 'iceberg-commits',
      label: 'Iceberg commits',
      value: formatCount(metrics?.iceberg_commits, locale),
      exact: exact(metrics?.iceberg_commits),
    },
    {
      name: 'data-written',
      label: 'Data written',
      value: formatBytes(metrics?.iceberg_bytes_written, locale),
      exact: exact(metrics?.iceberg_bytes_written, ' bytes'),
    },
    { name: 'uptime', label: 'Uptime', value: formatDuration(uptime, locale), exact: undefined },
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
            ? html`<span class="skeleton" aria-hidden="true"></span><span class="visually-hidden">Loading</span>`
            : item.value}
        </dd>
      </div>`,
    )}
  </dl>`;
}
