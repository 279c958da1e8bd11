import { html, nothing, type TemplateResult } from 'lit';
import { property, query } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import { QueryController } from '../../controllers/query-controller.js';
import type { PipelineMetrics } from '../../schemas/index.js';
import { tableText } from '../../i18n/en/table.js';
import { tokens, visuallyHidden } from '../../theme/index.js';
import { PipelineElement } from '../base/pipeline-element.js';
import { renderEmpty, renderFailure, renderLoading, statusStyles } from '../shared/query-status-view.js';
import { Clock } from '../shared/clock.js';
import { timeStyles } from '../shared/time-view.js';
import { RovingFocus } from '../shared/roving-focus.js';
import { ScrollHint } from '../shared/scroll-hint.js';
import type { LagThresholds } from './filter.js';
import type { TableRow } from './rows.js';
import { RowWindow } from './row-window.js';
import { nextSort, type SortColumn, type SortLevel } from './sort.js';
import { fieldStyles } from '../shared/field-views.js';
import { scrollerStyles } from '../shared/scroller-styles.js';
import { TaskSlicer } from '../shared/task-slicer.js';

export type { SortColumn, SortLevel } from './sort.js';
import { TableModel } from './table-model.js';
import { tableMetricsStyles } from './table-metrics.styles.js';
import { renderHeader, renderRow } from './table-view.js';
import { renderNoMatch, renderToolbar } from './toolbar-view.js';

/** Detail of `pm-sort-change`. */
export interface SortChangeDetail {
  /** The new sort, primary level first. */
  sort: SortLevel[];
}

const rowKey = (row: TableRow): string => row.key;

/**
 * @summary Per-table replication progress of one pipeline: events processed, events per second,
 * lag against thresholds and the last event, sortable and filterable. Only the rows in view are
 * in the DOM (at most 200), so 10,000 tables stay responsive.
 *
 * Keyboard: the column headers are one tab stop (roving tabindex), Left and Right, Home and End
 * move between them, Enter sorts (Shift+Enter adds a level); the table itself is one more stop, to
 * scroll it by arrow keys. Times are text, not tab stops.
 *
 * @tag table-metrics
 *
 * @cssstate loading - Showing its loading line: no answer yet, or the first snapshot's tables still being ranked.
 *
 * @csspart base - The frame around toolbar and table.
 * @csspart toolbar - The row holding the filter, the "lagging only" toggle and the summary.
 * @csspart filter - The text filter input.
 * @csspart lagging-toggle - The "lagging only" checkbox.
 * @csspart summary - "Showing 12 of 340 tables".
 * @csspart table - The scrolling `role="table"` element.
 * @csspart header - The sticky header row group.
 * @csspart column-header - Each column header.
 * @csspart sort-button - The button inside each column header.
 * @csspart body - The row group holding the rendered rows.
 * @csspart row - Each table's row; lagging rows also carry `row-warning` or `row-critical`.
 * @csspart cell - Each cell.
 * @csspart name - The `schema.table` text.
 * @csspart lag - The lag value with its state.
 * @csspart lag-icon - The warning/critical icon beside a lag.
 * @csspart time - The last event time.
 * @csspart loading - The loading line.
 * @csspart empty - "No tables configured" or the no-match line.
 * @csspart error - The failure message with its Retry button.
 * @csspart retry - The Retry button.
 *
 * @cssproperty [--table-metrics-background=var(--pm-color-surface)] - The frame's background.
 * @cssproperty [--table-metrics-border-color=var(--pm-color-border)] - The frame's border colour.
 * @cssproperty [--table-metrics-radius=var(--pm-radius-md)] - The frame's corner radius.
 * @cssproperty [--table-metrics-padding=var(--pm-space-md)] - Space inside the frame.
 * @cssproperty [--table-metrics-max-height=28rem] - Height at which the table scrolls.
 * @cssproperty [--table-metrics-min-width=44rem] - Width below which the table scrolls sideways.
 * @cssproperty [--table-metrics-row-height=2.25rem] - The height of every row (rows are one line high).
 * @cssproperty [--table-metrics-header-background=var(--pm-color-surface-muted)] - The sticky header's background.
 * @cssproperty --table-metrics-columns - The grid template of the five columns.
 *
 * @fires pm-sort-change - The user changed the sort; detail `{sort}`.
 */
export class TableMetricsElement extends PipelineElement {
  static override styles = [tokens, visuallyHidden, statusStyles, timeStyles, fieldStyles, scrollerStyles, tableMetricsStyles];

  /** Lag in seconds at which a table shows "Warning" (and counts as lagging). */
  @property({ type: Number, attribute: 'lag-warning' }) lagWarning = 5;

  /** Lag in seconds at which a table shows "Critical". */
  @property({ type: Number, attribute: 'lag-critical' }) lagCritical = 30;

  /** Shows only tables whose `schema.table` contains this text (case-insensitive). */
  @property() filter = '';

  /** Shows only tables whose lag reached the warning threshold. */
  @property({ type: Boolean, attribute: 'lagging-only' }) laggingOnly = false;

  /** The sort, primary level first; the user changes it from the column headers. */
  @property({ attribute: false }) sort: readonly SortLevel[] = [{ column: 'lag', direction: 'descending' }];

  private readonly metrics = new QueryController<PipelineMetrics>(this, () =>
    this.store && this.pipelineId ? this.store.metrics(this.pipelineId) : undefined,
  );

  /** Takes in a snapshot of many new tables over several short tasks, not one long one. */
  readonly #slicer = new TaskSlicer(this);
  readonly #model = new TableModel((work, done) => this.#slicer.start(work, done));
  readonly #window = new RowWindow(this);
  @query('.scroller') private scroller: HTMLElement | undefined;
  @query('.body > [role="row"]') private firstRow: HTMLElement | undefined;
  @query('.body') private body: HTMLElement | undefined;
  /** Store and pipeline the rows are of. */
  #owner = '';
  /** The scroll body's size and offset for the rows in view, applied after render. */
  #bodyBox: { before: number; total: number } | undefined;
  /** Moves relative times ("12 sec. ago") between polls; only the rows in view re-render. */
  protected readonly clock = new Clock(this, 1000);
  /** Carries the `loading` custom state. */
  readonly #internals = this.attachInternals();
  /** A shadow at the edge the columns are cut at (a phone shows two of five). */
  protected readonly scrollHint = new ScrollHint(this, '.scroller');
  /** The column headers are one tab stop: Left and Right (Home, End) move between their sort buttons. */
  protected readonly roving = new RovingFocus(this, { items: '[part~="sort-button"]', keys: 'horizontal' });

  protected override render(): TemplateResult {
    const { state } = this.metrics;
    const tables = state.data?.tables;
    const rows = this.#derive();
    const total = this.#model.rows.length;
    const now = Date.now();
    return html`<div part="base" class="frame">
      ${total > 0 ? this.#renderToolbar(rows.length, total) : nothing}
      ${state.error
        ? renderFailure({
            error: state.error,
            updatedAt: state.data ? state.updatedAt : undefined,
            now,
            locale: this.locale,
            onRetry: () => void this.metrics.refresh(),
            grouped: this.metrics.grouped,
          })
        : nothing}
      ${this.#loading
        ? renderLoading('tables', this.locale)
        : state.data === undefined
          ? nothing
          : !tables || tables.length === 0
            ? renderEmpty(tableText(this.locale).none)
            : rows.length === 0
              ? renderNoMatch(this.filter, this.laggingOnly, this.#clearFilters, this.locale)
              : this.#renderTable(rows, now)}
    </div>`;
  }

  #limits(): LagThresholds {
    return { warning: this.lagWarning, critical: this.lagCritical };
  }

  #derive(): readonly TableRow[] {
    const owner = `${this.store?.source.key ?? ''}\u0000${this.pipelineId}`;
    if (owner !== this.#owner) {
      // Another pipeline's tables (its metrics possibly cached already): none of these rows.
      this.#owner = owner;
      this.#model.reset();
    }
    const { data, updatedAt } = this.metrics.state;
    const view = { filter: this.filter, laggingOnly: this.laggingOnly, limits: this.#limits(), sort: this.sort };
    this.#model.update(data?.tables, updatedAt ?? Date.now(), this.locale, view);
    return this.#model.shown(view);
  }

  #renderToolbar(shown: number, total: number): TemplateResult {
    return renderToolbar({
      filter: this.filter,
      laggingOnly: this.laggingOnly,
      lagging: this.#model.lagging(this.#limits()),
      shown,
      total,
      locale: this.locale,
      onFilter: (text) => (this.filter = text),
      onLaggingOnly: (on) => (this.laggingOnly = on),
    });
  }

  #clearFilters = (): void => {
    this.filter = '';
    this.laggingOnly = false;
  };

  #renderTable(rows: readonly TableRow[], now: number): TemplateResult {
    const input = { limits: this.#limits(), locale: this.locale, now };
    const { start, end, before, total } = this.#window.range(rows.length);
    this.#bodyBox = { before, total };
    return html`<div class="scroll-hint"><div
      part="table"
      class="scroller"
      role="table"
      aria-label=${tableText(this.locale).label(this.pipelineLabel)}
      aria-rowcount=${rows.length + 1}
      tabindex="0"
      @scroll=${this.#window.onScroll}
    >
      ${renderHeader({ sort: this.sort, onSort: this.#onSort, locale: this.locale })}
      <div role="rowgroup" part="body" class="body">
        ${repeat(rows.slice(start, end), rowKey, (row, i) => renderRow(row, start + i, input))}
      </div>
    </div></div>`;
  }

  protected override updated(): void {
    // Set through the CSSOM, not a style attribute, which `style-src 'self'` pages refuse.
    if (this.body && this.#bodyBox) {
      this.body.style.height = `${this.#bodyBox.total}px`;
      this.body.style.paddingBlockStart = `${this.#bodyBox.before}px`;
    }
    this.#window.observe(this.scroller, this.firstRow);
    this.#internals.states[this.#loading ? 'add' : 'delete']('loading');
  }

  /**
   * Whether the loading line shows: no answer and no failure yet, or tables listed and none taken
   * in yet (the first snapshot of many is ranked over several tasks). Read after `#derive()`.
   */
  get #loading(): boolean {
    const { data, error } = this.metrics.state;
    return data === undefined ? !error : (data.tables?.length ?? 0) > 0 && this.#model.rows.length === 0;
  }

  #onSort = (column: SortColumn, additive: boolean): void => {
    this.sort = nextSort(this.sort, column, additive);
    const detail: SortChangeDetail = { sort: [...this.sort] };
    this.dispatchEvent(new CustomEvent('pm-sort-change', { detail, bubbles: true, composed: true }));
  };
}

declare global {
  interface HTMLElementTagNameMap {
    'table-metrics': TableMetricsElement;
  }
  interface HTMLElementEventMap {
    'pm-sort-change': CustomEvent<SortChangeDetail>;
  }
}
