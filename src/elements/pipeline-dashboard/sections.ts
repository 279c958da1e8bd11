/**
 * The sections of `<pipeline-dashboard>`, each the composition of one or more elements, framed by
 * a `before-<name>` and an `after-<name>` slot so a portal can add its own content around it.
 */
import { html, type TemplateResult } from 'lit';
import type { Locale } from '../../format/index.js';
import { dashboardText } from '../../i18n/en/dashboard.js';
import { DEFAULT_THRESHOLDS, type GridThresholds } from '../pipeline-metrics-grid/thresholds.js';
import { later } from './placeholder-view.js';
import type { RevealUnit } from './reveal-controller.js';
import { renderZonePicker } from './zone-picker.js';

/** What every section passes on to its elements. */
export interface SectionInput {
  pipelineId: string;
  /** Completes every section's accessible name, so two dashboards on a page have distinct landmarks. */
  pipelineName: string;
  locale: Locale;
  theme: 'auto' | 'light' | 'dark';
  readonly: boolean;
  syncUrl: boolean;
  thresholds: Partial<GridThresholds>;
  /** The parts rendered so far; the others show a placeholder of their size. */
  shown: ReadonlySet<RevealUnit>;
  /** The charts' zone: an IANA name or `local`. */
  timeZone: string | undefined;
  /** Called with the zone picked in the controls. */
  onTimeZone(zone: string): void;
  /** Whether the zone picker lists every zone, not only Local and the current one. */
  zonesListed: boolean;
  /** Called when the picker is about to be used: list every zone. */
  onListZones(): void;
}

/** The names of the sections, top to bottom; each is a `part` and names its two slots. */
export const SECTIONS = ['header', 'controls', 'metrics', 'alerts', 'charts', 'tables', 'errors'] as const;

/** One section's name. */
export type SectionName = (typeof SECTIONS)[number];

// Parts of the children a portal is most likely to restyle, re-exported under a prefix.
const STATUS_PARTS = 'name: status-name, badge: status-badge, since: status-since, error-message: status-error-message, actions: status-actions';
const CHART_PARTS = 'base: chart-base, plot: chart-plot, label: chart-label';

function framed(name: SectionName, content: TemplateResult): TemplateResult {
  return html`<slot name="before-${name}"></slot>${content}<slot name="after-${name}"></slot>`;
}

function headed(name: SectionName, heading: string, pipelineName: string, content: TemplateResult): TemplateResult {
  return framed(
    name,
    html`<section part="section ${name}" class="section section--${name}" aria-labelledby="${name}-heading">
      <h2 part="heading" id="${name}-heading" class="heading">
        ${heading}<span class="visually-hidden"> · ${pipelineName}</span>
      </h2>
      ${content}
    </section>`,
  );
}

/** Name, status, Start/Stop and the error message; the firing alerts counted beside the status. */
function header(input: SectionInput): TemplateResult {
  return framed(
    'header',
    html`<div part="section header" class="section section--header">
      ${later(input.shown, 'header', html`<pipeline-status
        part="status"
        exportparts=${STATUS_PARTS}
        pipeline-id=${input.pipelineId}
        .locale=${input.locale}
        theme=${input.theme}
        ?readonly=${input.readonly}
      ></pipeline-status>
      <pipeline-alerts
        part="alerts-badge"
        compact
        pipeline-id=${input.pipelineId}
        pipeline-name=${input.pipelineName}
        .locale=${input.locale}
        theme=${input.theme}
      ></pipeline-alerts>`)}
    </div>`,
  );
}

/** Auto-refresh, the history range and the charts' time zone. */
function controls(input: SectionInput): TemplateResult {
  return framed(
    'controls',
    html`<div part="section controls" class="section section--controls">
      ${later(input.shown, 'controls', html`<auto-refresh part="refresh" pipeline-id=${input.pipelineId} .locale=${input.locale} theme=${input.theme}></auto-refresh>
      <time-range-selector
        part="range"
        pipeline-id=${input.pipelineId}
        .locale=${input.locale}
        theme=${input.theme}
        ?sync-url=${input.syncUrl}
      ></time-range-selector>
      ${renderZonePicker(input.timeZone, input.onTimeZone, input.locale, input.zonesListed, input.onListZones)}`)}
    </div>`,
  );
}

function metrics(input: SectionInput): TemplateResult {
  return headed(
    'metrics',
    dashboardText(input.locale).metrics,
    input.pipelineName,
    later(input.shown, 'metrics', html`<pipeline-metrics-grid
      part="grid"
      pipeline-id=${input.pipelineId}
      .locale=${input.locale}
      theme=${input.theme}
      .thresholds=${input.thresholds}
    ></pipeline-metrics-grid>`),
  );
}

/** The firing and recently resolved alerts, with Acknowledge unless read-only. */
function alerts(input: SectionInput): TemplateResult {
  return headed(
    'alerts',
    dashboardText(input.locale).alerts,
    input.pipelineName,
    later(input.shown, 'alerts', html`<pipeline-alerts
      part="alerts"
      pipeline-id=${input.pipelineId}
      pipeline-name=${input.pipelineName}
      .locale=${input.locale}
      theme=${input.theme}
      ?readonly=${input.readonly}
    ></pipeline-alerts>`),
  );
}

function chart(input: SectionInput, name: 'events' | 'lag' | 'buffer', series: string): TemplateResult {
  const label = dashboardText(input.locale)[name];
  // The same thresholds as the cards: the lag and buffer charts draw them as lines.
  return later(input.shown, `chart-${name}`, html`<metric-chart
    part="chart chart-${name}"
    exportparts=${CHART_PARTS}
    pipeline-id=${input.pipelineId}
    series=${series}
    label=${label}
    .locale=${input.locale}
    .timeZone=${input.timeZone}
    .thresholds=${input.thresholds}
    theme=${input.theme}
  ></metric-chart>`);
}

/** Events per second, replication lag and buffer depth over the shared range. */
function charts(input: SectionInput): TemplateResult {
  return headed(
    'charts',
    dashboardText(input.locale).charts,
    input.pipelineName,
    html`<div class="charts">
      ${chart(input, 'events', 'events_per_second')}
      ${chart(input, 'lag', 'lag_seconds')} ${chart(input, 'buffer', 'buffer_depth')}
    </div>`,
  );
}

function tables(input: SectionInput): TemplateResult {
  const { lagWarning, lagCritical } = input.thresholds;
  return headed(
    'tables',
    dashboardText(input.locale).tables,
    input.pipelineName,
    later(input.shown, 'tables', html`<table-metrics
      part="table-metrics"
      pipeline-id=${input.pipelineId}
      pipeline-name=${input.pipelineName}
      .locale=${input.locale}
      theme=${input.theme}
      .lagWarning=${lagWarning ?? DEFAULT_THRESHOLDS.lagWarning}
      .lagCritical=${lagCritical ?? DEFAULT_THRESHOLDS.lagCritical}
    ></table-metrics>`),
  );
}

function errors(input: SectionInput): TemplateResult {
  return headed(
    'errors',
    dashboardText(input.locale).errors,
    input.pipelineName,
    later(input.shown, 'errors', html`<error-log part="error-log" pipeline-id=${input.pipelineId} pipeline-name=${input.pipelineName} .locale=${input.locale} theme=${input.theme}></error-log>`),
  );
}

/** Every section in order. */
export function renderSections(input: SectionInput): TemplateResult {
  return html`${header(input)} ${controls(input)} ${metrics(input)} ${alerts(input)} ${charts(input)} ${tables(input)} ${errors(input)}`;
}
