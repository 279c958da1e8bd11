/**
 * The hook `<pipeline-list>` uses to show each row's firing alerts: a compact `<pipeline-alerts>`
 * given the row's pipeline, so it reads nothing of its own but the one alerts query of the store
 * (shared by every row), and takes the list's endpoint and source (see `#inheritSource`). The
 * element's module is imported on the first row, so pages with a list but no alerting pay for it
 * only as a chunk loaded after the list.
 */
import { html, type TemplateResult } from 'lit';
import type { Locale } from '../../format/index.js';
import type { Pipeline } from '../../schemas/index.js';

let loading: Promise<unknown> | undefined;

/** A row's firing alerts counted by severity: `part="alerts"`, nothing when the server has no alerting. */
export function renderRowAlerts(pipeline: Pipeline, locale: Locale): TemplateResult {
  // Registered on first use, so a list bundle carries the element only as a chunk it loads later.
  loading ??= import('./pipeline-alerts.js').catch(() => (loading = undefined));
  return html`<pipeline-alerts
    part="alerts"
    compact
    .pipelineId=${pipeline.id}
    .pipelineName=${pipeline.name}
    .pipeline=${pipeline}
    .locale=${locale}
  ></pipeline-alerts>`;
}
