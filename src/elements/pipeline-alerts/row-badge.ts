/**
 * The hook `<pipeline-list>` uses to show each row's firing alerts: a compact `<pipeline-alerts>`
 * given the row's pipeline, so it reads nothing of its own but the one alerts query of the store
 * (shared by every row), and takes the list's endpoint and source (see `#inheritSource`).
 */
import { html, type TemplateResult } from 'lit';
import type { Locale } from '../../format/index.js';
import type { Pipeline } from '../../schemas/index.js';
import './pipeline-alerts.js';

/** A row's firing alerts counted by severity: `part="alerts"`, nothing when the server has no alerting. */
export function renderRowAlerts(pipeline: Pipeline, locale: Locale): TemplateResult {
  return html`<pipeline-alerts
    part="alerts"
    compact
    pipeline-id=${pipeline.id}
    pipeline-name=${pipeline.name}
    .pipeline=${pipeline}
    .locale=${locale}
  ></pipeline-alerts>`;
}
