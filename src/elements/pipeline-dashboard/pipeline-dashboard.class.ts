import { ContextProvider } from '@lit/context';
import { html, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { failureScopeContext } from '../../controllers/failure-context.js';
import { FailureScope } from '../../controllers/failure-scope.js';
import { QueryController } from '../../controllers/query-controller.js';
import { storeContext } from '../../controllers/store-context.js';
import { WatchController } from '../../controllers/watch-controller.js';
import type { Pipeline } from '../../schemas/index.js';
import type { MetricsStore } from '../../store/metrics-store.js';
import { tokens, visuallyHidden } from '../../theme/index.js';
import { PipelineElement } from '../base/pipeline-element.js';
import { rehearseCharts } from '../metric-chart/rehearsal.js';
import type { GridThresholds } from '../pipeline-metrics-grid/thresholds.js';
import { statusStyles } from '../shared/query-status-view.js';
import { gridText } from '../../i18n/en/grid.js';
import { isNotFound, renderFailureGroups, renderNotFound } from './dashboard-views.js';
import { pipelineDashboardStyles } from './pipeline-dashboard.styles.js';
import { prefetchDashboard } from './prefetch.js';
import { RevealController } from './reveal-controller.js';
import { renderSections } from './sections.js';
import { writeZoneToPage, zoneFromUrl } from './zone-picker.js';
import '../auto-refresh/auto-refresh.js';
import '../error-log/error-log.js';
import '../metric-chart/metric-chart.js';
import '../pipeline-alerts/pipeline-alerts.js';
import '../pipeline-metrics-grid/pipeline-metrics-grid.js';
import '../pipeline-status/pipeline-status.js';
import '../table-metrics/table-metrics.js';
import '../time-range-selector/time-range-selector.js';

/**
 * @summary A pipeline's whole detail page: name, status and controls; auto-refresh and the time
 * range; the metrics grid; the alerts (their firing count beside the status); charts of events per second, replication lag and buffer depth; the
 * per-table breakdown; the error log. Every element inside reads the one store the dashboard
 * holds, so the page costs one request per resource per interval.
 *
 * The dashboard takes its store like any element (a parent's, else the page's shared store for
 * `endpoint`) and provides it by context to everything inside, slotted content included.
 *
 * On a cold load the whole frame (headings, placeholders in each part's size) paints first; the
 * parts then render one task each, status and cards first, then the charts, then the tables and
 * the log, those below the fold only when scrolled near. Every first request goes out at once,
 * before the upgrade for dashboards already in the page.
 *
 * Failures are shown once per cause at the top, each with one Retry for every query it hit; the
 * sections mark their data stale meanwhile. An unknown pipeline id (404) shows "Pipeline not
 * found" in place of the sections and polls nothing until `pipeline-id` changes or Retry.
 *
 * @tag pipeline-dashboard
 *
 * @slot before-header - Above the name and status.
 * @slot after-header - Below the name and status.
 * @slot before-controls - Above auto-refresh and the range.
 * @slot after-controls - Below auto-refresh and the range.
 * @slot before-metrics - Above the metrics grid.
 * @slot after-metrics - Below the metrics grid.
 * @slot before-alerts - Above the alerts.
 * @slot after-alerts - Below the alerts.
 * @slot before-charts - Above the charts.
 * @slot after-charts - Below the charts.
 * @slot before-tables - Above the table breakdown.
 * @slot after-tables - Below the table breakdown.
 * @slot before-errors - Above the error log.
 * @slot after-errors - Below the error log, at the end of the page.
 *
 * @csspart base - The column holding every section.
 * @csspart section - Every section; also its name: `header`, `controls`, `metrics`, `alerts`, `charts`, `tables`, `errors`.
 * @csspart heading - A section's heading ("Current metrics", "Alerts", "History", "Tables", "Errors").
 * @csspart status - The `<pipeline-status>`.
 * @csspart refresh - The `<auto-refresh>`.
 * @csspart range - The `<time-range-selector>`.
 * @csspart time-zone - The labelled time-zone picker in the controls; its `<select>` is `time-zone-select`.
 * @csspart time-zone-select - The `<select>` of zones: Local, UTC, every IANA zone.
 * @csspart grid - The `<pipeline-metrics-grid>`.
 * @csspart alerts-badge - The compact `<pipeline-alerts>` beside the status: firing alerts by severity.
 * @csspart alerts - The `<pipeline-alerts>` of the Alerts section.
 * @csspart chart - Each `<metric-chart>`; also `chart-events`, `chart-lag` or `chart-buffer`.
 * @csspart table-metrics - The `<table-metrics>`.
 * @csspart error-log - The `<error-log>`.
 * @csspart status-name - Re-exported from `<pipeline-status>`; also `status-badge`, `status-since`,
 * `status-error-message`, `status-actions`.
 * @csspart chart-plot - Re-exported from each `<metric-chart>`; also `chart-base`, `chart-label`.
 * @csspart placeholder - Where a part (the status, the controls, the grid, each chart, the tables,
 * the log) will be, in its size, until it is rendered: the frame is painted first, then the parts
 * one per task in priority order, each once it comes within a viewport's height of the viewport.
 * @csspart empty - The hint shown while no pipeline is selected.
 * @csspart problems - The live region above the sections holding one `problem` per cause of failure.
 * @csspart problem - One cause of failure: its message and a `retry` button.
 * @csspart retry - The Retry of a problem, or of "Pipeline not found".
 * @csspart not-found - "Pipeline not found", shown in place of the sections for an unknown id.
 *
 * @cssproperty [--pipeline-dashboard-background=var(--pm-color-surface)] - The page's background.
 * @cssproperty [--pipeline-dashboard-gap=var(--pm-space-xl)] - Space between sections.
 * @cssproperty [--pipeline-dashboard-chart-min-width=22rem] - Below this width per chart, charts stack.
 *
 * @fires {CustomEvent<PipelineActionDetail>} pm-action - From the header: a start or stop was sent, answered, then followed until the pipeline got there.
 * @fires {CustomEvent<RangeChangeDetail>} pm-range-change - From the range selector or a chart's drag zoom.
 * @fires {CustomEvent<IntervalChangeDetail>} pm-interval-change - From auto-refresh.
 * @fires {CustomEvent<AlertAcknowledgedDetail>} pm-alert-acknowledged - From the alerts: an acknowledgement was accepted.
 */
export class PipelineDashboard extends PipelineElement {
  static override styles = [tokens, visuallyHidden, statusStyles, pipelineDashboardStyles];

  /** Shows everything without Start and Stop, for viewers who may not control pipelines. */
  @property({ type: Boolean, reflect: true }) readonly = false;

  /** Keeps the history range and time zone in the page URL (`?range=6h&tz=UTC`) and starts from them. */
  @property({ type: Boolean, attribute: 'sync-url' }) syncUrl = false;

  /** Time zone of every chart (stated on its axis): an IANA name (`UTC`) or `local`, the viewer's (default); the controls pick it too. */
  @property({ attribute: 'time-zone', reflect: true }) timeZone: string | undefined = undefined;

  /** Warning and critical limits for the metrics grid, the table breakdown and the lag and buffer charts' lines, e.g. `{lagWarning: 10}`. */
  @property({ attribute: false }) thresholds: Partial<GridThresholds> = {};

  readonly #provider = new ContextProvider(this, { context: storeContext });
  readonly #failures = new FailureScope();
  readonly #reveal = new RevealController(this);
  /** The store and pipeline last prefetched for, so each pair is prefetched once. */
  #prefetched: { store: MetricsStore | undefined; pipelineId: string } = { store: undefined, pipelineId: '' };
  // The same query as the header's <pipeline-status>: no request of its own.
  readonly #pipeline = new QueryController<Pipeline>(this, () =>
    this.store && this.pipelineId ? this.store.pipeline(this.pipelineId) : undefined,
  );

  constructor() {
    super();
    new ContextProvider(this, { context: failureScopeContext, initialValue: this.#failures });
    new WatchController(this, () => this.#failures);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.syncUrl) this.timeZone = zoneFromUrl(new URL(location.href)) ?? this.timeZone;
  }

  // Before the render that connects the children, so they find the store when they ask for it.
  protected override update(changed: PropertyValues<this>): void {
    if (this.#provider.value !== this.store) this.#provider.setValue(this.store);
    this.#prefetch();
    super.update(changed);
  }

  // Every section's first request at once, though the sections themselves render one by one.
  #prefetch(): void {
    const { store, pipelineId } = this;
    if (store === this.#prefetched.store && pipelineId === this.#prefetched.pipelineId) return;
    this.#prefetched = { store, pipelineId };
    if (store && pipelineId) void prefetchDashboard(store, pipelineId, this.syncUrl);
  }

  // Once a first part is shown, in a task after the first frame, the charts' rehearsal is asked
  // for: its steps then run between the parts that follow, not in front of the first chart.
  protected override updated(): void {
    if (this.#reveal.shown.size > 0) rehearseCharts(this.locale, this.timeZone);
  }

  protected override render(): TemplateResult {
    if (!this.pipelineId) return html`<p part="empty" class="empty">${gridText(this.locale).noPipeline}</p>`;
    const { status, error, data } = this.#pipeline.state;
    if (status === 'error' && error && isNotFound(error)) {
      return html`<div part="base" class="base">
        ${renderNotFound(this.pipelineId, this.endpoint, error, () => void this.#pipeline.refresh(), this.locale)}
      </div>`;
    }
    return html`<div part="base" class="base">
      ${renderFailureGroups(this.#failures.groups(), this.locale)}
      ${renderSections({
        pipelineId: this.pipelineId,
        pipelineName: data?.name ?? (this.pipelineName || this.pipelineId),
        locale: this.locale,
        theme: this.theme,
        readonly: this.readonly,
        syncUrl: this.syncUrl,
        thresholds: this.thresholds,
        shown: this.#reveal.shown,
        timeZone: this.timeZone,
        onTimeZone: this.pickZone,
        zonesListed: this.zonesListed,
        onListZones: this.listZones,
      })}
    </div>`;
  }

  /** The zone picker lists every zone once it is about to be used (see zone-picker.ts). */
  @state() private zonesListed = false;

  private readonly listZones = (): void => {
    this.zonesListed = true;
  };

  private readonly pickZone = (zone: string): void => {
    this.timeZone = zone;
    if (this.syncUrl) writeZoneToPage(zone);
  };
}

declare global {
  interface HTMLElementTagNameMap {
    'pipeline-dashboard': PipelineDashboard;
  }
}
