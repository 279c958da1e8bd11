import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { state } from 'lit/decorators.js';
import { QueryController } from '../../controllers/query-controller.js';
import type { MetricsHistory, PipelineMetrics } from '../../schemas/index.js';
import type { HistoryRange } from '../../sources/source.js';
import { DEFAULT_HISTORY_RANGE, rangeKey } from '../../store/range.js';
import { chartText } from '../../i18n/en/chart.js';
import { tokens, visuallyHidden } from '../../theme/index.js';
import { describeRange } from '../time-range-selector/range-text.js';
import { renderTable, SummaryMemo, type AccessibleData } from './accessible-view.js';
import { ChartAttributes } from './chart-attributes.js';
import { readChartLook } from './chart-look.js';
import type { ChartSettings } from './chart-options.js';
import { scheduleChartBuild } from './build-queue.js';
import { thresholdLines } from './chart-thresholds.js';
import { rulesInForce } from '../pipeline-metrics-grid/thresholds.js';
import { RuleLimits } from '../shared/rule-limits.js';
import { CrosshairController } from './crosshair-controller.js';
import { ChartView, type TimeWindow } from './chart-view.js';
import { rehearseChart } from './rehearsal.js';
import { DragZoom } from './drag-zoom.js';
import { HistoryFeed } from './history-feed.js';
import { renderHeader } from './header-view.js';
import { metricChartStyles } from './metric-chart.styles.js';
import type { SeriesKey } from './series.js';
import { renderEmpty, renderFailure, renderPartial, renderSkeleton, renderStale } from './status-view.js';
import { chartWindow, isLiveRange, zoomRange } from './time-window.js';
import { ZoomState } from './zoom-state.js';
import { knownZone, zoneName } from './zoned-time.js';

/** Properties whose change repaints the chart with a fresh configuration. */
const RESTYLE = ['series', 'locale', 'timeZone', 'theme', 'thresholds', 'lagWarning', 'lagCritical', 'bufferWarning', 'bufferCritical'];

/**
 * @summary A pipeline's metrics over time on Chart.js: events/s, lag, buffer depth and error
 * rate, decimated to the plot's width, following the shared history range of the store and
 * appending live snapshots between history refetches. Drag across the plot to zoom. Lag and
 * buffer depth show their warning and critical levels (the cards' thresholds) as labelled lines;
 * the pointer moves a crosshair shared by every chart of the pipeline, each saying its values at
 * that instant. A chart of more than two series shows one at a time, picked in its legend.
 *
 * @tag metric-chart
 *
 * @csspart base - The chart's frame (`role="group"`, named by the label).
 * @csspart header - The row with the label, legend and buttons.
 * @csspart label - The chart's name.
 * @csspart legend - The list of series toggles.
 * @csspart legend-item - One series toggle (`aria-pressed`).
 * @csspart legend-threshold - One level in the legend ("Lag warning · 5 s").
 * @csspart readout - The time under the crosshair and each shown series' value there.
 * @csspart reset-zoom - The "Reset zoom" button, shown after a drag zoom.
 * @csspart table-toggle - The "Show as table" button.
 * @csspart plot - The box holding the canvas; its height is `--metric-chart-height`.
 * @csspart canvas - The Chart.js canvas (`role="img"`, described by the summary).
 * @csspart selection - The box drawn while dragging to zoom.
 * @csspart skeleton - The placeholder while the first history loads.
 * @csspart empty - "No data for this range", shown instead of a plot (no axes are drawn).
 * @csspart error - The message and Retry when nothing could be loaded.
 * @csspart stale - The "Stale · updated …" note and Retry over kept data after a failed refresh.
 * @csspart partial - "Partial data", over a history the server marked partial (Prometheus `warnings`).
 * @csspart retry - The Retry buttons.
 * @csspart summary - The visually hidden lowest / highest / latest per series.
 * @csspart table-region - The scrollable box holding the data table.
 * @csspart table - The data table.
 *
 * @cssproperty [--metric-chart-height=16rem] - Height of the plot.
 * @cssproperty [--metric-chart-background=var(--pm-color-surface)] - The frame's background.
 * @cssproperty [--metric-chart-border-color=var(--pm-color-border)] - The frame's border colour.
 * @cssproperty [--metric-chart-radius=var(--pm-radius-md)] - The frame's corner radius.
 * @cssproperty [--metric-chart-padding=var(--pm-space-lg)] - Space inside the frame.
 * @cssproperty [--metric-chart-text-color=var(--pm-color-text-muted)] - Axis labels.
 * @cssproperty [--metric-chart-grid-color=var(--pm-color-border)] - Grid lines and axes.
 * @cssproperty [--metric-chart-color-events=var(--pm-color-accent)] - The events/s line.
 * @cssproperty [--metric-chart-color-lag=light-dark(#b35900, #f0883e)] - The lag line.
 * @cssproperty [--metric-chart-color-buffer=light-dark(#7a3fd1, #c297ff)] - The buffer depth line.
 * @cssproperty [--metric-chart-color-errors=var(--pm-color-critical)] - The error rate line.
 * @cssproperty [--metric-chart-table-height=20rem] - Maximum height of the data table before it scrolls.
 *
 * @fires pm-range-change - {pipelineId, range}: a drag zoomed in, or "Reset zoom" went back.
 */
export class MetricChart extends ChartAttributes {
  static override styles = [tokens, visuallyHidden, metricChartStyles];

  @state() private hiddenSeries: ReadonlySet<SeriesKey> = new Set();
  /** The series shown by a chart of more than two series. */
  @state() private chosen: SeriesKey | undefined;
  @state() private tableOpen = false;

  private readonly history = new QueryController<MetricsHistory>(this, () =>
    this.store && this.pipelineId ? this.store.history(this.pipelineId) : undefined,
  );
  private readonly live = new QueryController<PipelineMetrics>(this, () =>
    this.store && this.pipelineId && isLiveRange(this.range, Date.now()) ? this.store.metrics(this.pipelineId) : undefined,
  );
  // The alert rules' levels, where the embedder set none (one rules query per store).
  private readonly ruleLimits = new RuleLimits(this);
  /** The levels last given to the plot, to repaint when rules change them. */
  private drawnLevels = '';
  /** What the plot is configured with, derived once per update (render, build and restyle read it). */
  #settings: ChartSettings | undefined;
  private readonly feed = new HistoryFeed();
  private readonly summary = new SummaryMemo();
  private readonly zoom = new ZoomState();
  private readonly drag = new DragZoom({
    plot: () => (this.view && this.feed.columns?.x.length ? this.view.plotArea : undefined),
    instantAt: (px) => this.view?.instantAt(px) ?? NaN,
    box: () => this.renderRoot.querySelector<HTMLElement>('.selection') ?? undefined,
    zoom: (start, end) => {
      if (this.store) this.zoom.zoom(this, this.store, this.pipelineId, zoomRange(start, end));
    },
  });
  private readonly crosshair = new CrosshairController(this, {
    target: () => ({ owner: this.store, pipelineId: this.pipelineId }),
    view: () => this.view,
    columns: () => this.feed.columns,
    visibleSeries: () => this.series.filter((key) => !this.hiddenKeys.has(key)),
    locale: () => this.locale,
    timeZone: () => knownZone(this.timeZone),
    readout: () => this.renderRoot.querySelector('.readout'),
  });
  private view: ChartView | undefined;
  private cancelBuild: (() => void) | undefined;
  private window: TimeWindow = { min: 0, max: 0 };
  private drawnRange = '';
  private staleTimer: ReturnType<typeof setInterval> | undefined;
  /** The words the canvas was last labelled with: a language loaded later relabels it. */
  private words: unknown;
  private readonly scheme = matchMedia('(prefers-color-scheme: dark)');

  /** The shared history range the chart follows. */
  get range(): HistoryRange {
    return this.store && this.pipelineId ? this.store.getRange(this.pipelineId) : DEFAULT_HISTORY_RANGE;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.scheme.addEventListener('change', this.restyle);
    this.requestUpdate();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.scheme.removeEventListener('change', this.restyle);
    this.drag.cancel();
    this.view?.destroy();
    this.view = undefined;
    this.cancelBuild?.();
    this.cancelBuild = undefined;
    this.drawnRange = '';
    this.tickStale(false);
  }

  protected override willUpdate(): void {
    const feed = this.feed;
    feed.setHistory(this.history.state.data);
    const live = this.live.state;
    feed.addSnapshot(live.data, live.updatedAt, Math.max(feed.columns?.step ?? 0, this.store?.intervalMs ?? 0));
    this.zoom.follow(this.range);
    this.window = chartWindow(this.range, feed.latest, Date.now());
    this.#settings = this.#deriveSettings();
  }

  protected override updated(changed: PropertyValues): void {
    const canvas = this.renderRoot.querySelector('canvas');
    const columns = this.feed.columns;
    const range = rangeKey(this.range);
    const work = this.feed.take();
    if (!this.view) {
      rehearseChart(() => this.settings);
      // Created with its first data, so the first frame is its only layout. Never while
      // disconnected: an update can still run then, and a chart made then would never be destroyed.
      if (canvas && columns && this.isConnected && !this.cancelBuild) this.cancelBuild = scheduleChartBuild(this.build);
    } else {
      // A catalogue that arrived after the chart was built renames its axis and datasets; alert
      // rules that answered after it move its levels.
      if (RESTYLE.some((k) => changed.has(k)) || chartText(this.locale) !== this.words || JSON.stringify(this.settings.thresholds) !== this.drawnLevels) this.restyle();
      if (['hiddenSeries', 'chosen', 'series'].some((k) => changed.has(k))) this.view.setHidden(this.hiddenKeys);
      if (columns && (work === 'all' || range !== this.drawnRange)) this.view.draw(columns, this.window);
      else if (typeof work === 'number') this.view.append(work, this.window);
      this.drawnRange = range;
    }
    this.tickStale(this.history.state.status === 'error' && columns !== undefined);
  }

  protected override render(): TemplateResult {
    const { error, status, isFetching, updatedAt } = this.history.state;
    const columns = this.feed.columns;
    const hidden = this.hiddenKeys;
    const timeZone = knownZone(this.timeZone);
    const visible = this.series.filter((key) => !hidden.has(key));
    const data: AccessibleData | undefined = columns && { columns, series: visible, window: this.window, locale: this.locale, timeZone };
    const t = chartText(this.locale);
    const label = this.label || t.label;
    const names = visible.map((key) => t.series[key]).join(', ') || t.noSeries;
    const description = `${label}: ${names}, ${describeRange(this.range, this.locale, timeZone)} (${zoneName(this.timeZone)})`;
    const levels = this.settings.thresholds.filter((line) => !hidden.has(line.series));
    let overlay: TemplateResult | typeof nothing = nothing;
    if (!columns) overlay = status === 'error' && error ? renderFailure(error, this.retry, this.locale, this.history.grouped) : renderSkeleton(this.locale);
    else if (columns.x.length === 0) overlay = renderEmpty(this.locale);
    return html`<div part="base" class="chart" role="group" aria-labelledby="label" aria-busy=${isFetching ? 'true' : 'false'}>
      ${renderHeader({ label, locale: this.locale, series: this.series, hidden, thresholds: levels, single: this.series.length > 2, zoomed: this.zoom.active,
        hasData: data !== undefined, tableOpen: this.tableOpen, toggleSeries: this.toggleSeries, resetZoom: this.resetZoom,
        toggleTable: this.toggleTable })}
      ${columns ? renderStale(status === 'error' ? error : undefined, updatedAt, Date.now(), this.locale, this.retry, this.history.grouped) : nothing}
      ${renderPartial(this.history.state.data?.partial, this.locale)}
      <div part="readout" class="readout" aria-hidden="true"></div>
      <div part="plot" class="plot">
        <span class="ink" data-ink="warning"></span><span class="ink" data-ink="critical"></span><span class="ink" data-ink="crosshair"></span>
        <canvas part="canvas" class=${columns?.x.length ? '' : 'canvas--blank'} role="img" aria-label=${description}
          aria-describedby="summary" @pointerdown=${this.drag.down} @pointermove=${this.pointerMove}
          @pointerleave=${this.crosshair.leave} @pointerup=${this.drag.up} @pointercancel=${this.drag.cancel}></canvas>
        <canvas class="crosshair" aria-hidden="true"></canvas>
        <div part="selection" class="selection" hidden></div>
        ${overlay}
      </div>
      <div part="summary" id="summary" class="visually-hidden">${data ? this.summary.lines(data, rangeKey(this.range)).join(' ') : t.loading}</div>
      ${this.tableOpen && data ? renderTable(data, description) : nothing}
    </div>`;
  }

  /** The series not drawn: those toggled off, or all but the chosen one past two series. */
  private get hiddenKeys(): ReadonlySet<SeriesKey> {
    if (this.series.length <= 2) return this.hiddenSeries;
    const shown = this.chosen && this.series.includes(this.chosen) ? this.chosen : this.series[0];
    return new Set(this.series.filter((key) => key !== shown));
  }

  // Built from the newest data when its turn comes (see build-queue.ts), which may be a later task.
  private readonly build = (): void => {
    const canvas = this.renderRoot.querySelector('canvas');
    const columns = this.feed.columns;
    if (this.view || !canvas || !columns || !this.isConnected) {
      this.cancelBuild = undefined;
      return;
    }
    const settings = this.settings;
    this.drawnLevels = JSON.stringify(settings.thresholds);
    this.view = new ChartView(canvas, settings, readChartLook(this.renderRoot), { columns, window: this.window, hidden: this.hiddenKeys },
      this.renderRoot.querySelector<HTMLCanvasElement>('.crosshair') ?? undefined);
    this.words = chartText(this.locale);
    this.drawnRange = rangeKey(this.range);
  };

  private get settings(): ChartSettings {
    return (this.#settings ??= this.#deriveSettings());
  }

  #deriveSettings(): ChartSettings {
    const { series, locale } = this;
    const fromRules = this.ruleLimits.current;
    const limits = this.limitsWith(fromRules.limits);
    const rules = rulesInForce(this.attributeLimits, this.thresholds, fromRules);
    return { series, locale, timeZone: knownZone(this.timeZone), zoneName: zoneName(this.timeZone), thresholds: thresholdLines(series, limits, locale, rules) };
  }

  private readonly pointerMove = (event: PointerEvent): void => {
    this.drag.move(event);
    this.crosshair.move(event);
  };

  private readonly restyle = (): void => {
    const settings = this.settings;
    this.drawnLevels = JSON.stringify(settings.thresholds);
    this.words = chartText(this.locale);
    this.view?.configure(settings, readChartLook(this.renderRoot));
  };

  private readonly retry = (): void => void this.history.refresh();

  private readonly toggleTable = (): void => {
    this.tableOpen = !this.tableOpen;
  };

  private readonly toggleSeries = (key: SeriesKey): void => {
    if (this.series.length > 2) {
      this.chosen = key;
      return;
    }
    const next = new Set(this.hiddenSeries);
    if (!next.delete(key)) next.add(key);
    this.hiddenSeries = next;
  };

  private readonly resetZoom = (): void => {
    this.zoom.reset(this, this.store, this.pipelineId);
    this.requestUpdate();
  };

  /** Keeps the stale note's age moving while a failed refresh leaves old data on screen. */
  private tickStale(on: boolean): void {
    if (on && this.staleTimer === undefined) this.staleTimer = setInterval(() => this.requestUpdate(), 10_000);
    else if (!on && this.staleTimer !== undefined) {
      clearInterval(this.staleTimer);
      this.staleTimer = undefined;
    }
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'metric-chart': MetricChart;
  }
}
