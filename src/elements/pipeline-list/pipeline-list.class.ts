import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, query } from 'lit/decorators.js';
import { guard } from 'lit/directives/guard.js';
import { repeat } from 'lit/directives/repeat.js';
import { QueryController } from '../../controllers/query-controller.js';
import { listText } from '../../i18n/en/list.js';
import type { PipelineList } from '../../schemas/index.js';
import { tokens, visuallyHidden } from '../../theme/index.js';
import { PipelineElement } from '../base/pipeline-element.js';
import { controlStyles, renderActions } from '../shared/control-views.js';
import { Clock } from '../shared/clock.js';
import { PipelineControl } from '../shared/pipeline-control.js';
import { RovingFocus } from '../shared/roving-focus.js';
import { ScrollHint } from '../shared/scroll-hint.js';
import { isPrinting } from '../shared/print-media.js';
import { renderEmpty, renderFailure, renderLoading, statusStyles } from '../shared/query-status-view.js';
import { scrollerStyles } from '../shared/scroller-styles.js';
import { badgeStyles } from '../shared/status-badge.js';
import { RowWindow } from '../table-metrics/row-window.js';
import { renderHeader } from './header-view.js';
import { InViewPolling } from './in-view-polling.js';
import { hrefFor, parseStatusFilter, type StatusFilter } from './list-filter.js';
import type { FleetModel } from './list-model.js';
import type { FigureSource } from './list-order.js';
import { formatListSort, nextListSort, parseListSort, type ListSortColumn, type ListSortLevel } from './list-sort.js';
import { ListView } from './list-view.js';
import { ListKeyboard } from './list-keyboard.js';
import { pipelineListStyles } from './pipeline-list.styles.js';
import { RowMetrics } from './row-metrics.js';
import { renderRow } from './row-view.js';
import { RowSlots } from './row-slots.js';
import { rowHeight, type ScrollParts } from './scroll-keeper.js';
import { renderFleet, renderNoMatch, renderProblems, renderSortNote, renderToolbar } from './toolbar-view.js';

export type { StatusFilter } from './list-filter.js';
export type { ListSortColumn, ListSortLevel } from './list-sort.js';
export type { PipelineActionDetail } from '../shared/pipeline-control.js';
export type { OpenPipelineDetail, ListFilterDetail, ListSortChangeDetail } from './list-events.js';
import type { ListFilterDetail, ListSortChangeDetail, OpenPipelineDetail } from './list-events.js';

/** Row height assumed until a row is measured, in px (the styles' default of 3.5rem). */
const ROW_HEIGHT = 56;

/**
 * @summary Every pipeline of a fleet (10,000 stay responsive): a summary of how many run, stopped
 * or failed and their events per second; a status filter and a search; a table sortable by name,
 * status, events/s, lag and new errors; Start and Stop per row. Only the rows in view are in the
 * DOM, and only their metrics are polled. Choosing a pipeline fires `pm-open-pipeline`, and with
 * `href-template` each name is a real link.
 *
 * Keyboard: the rows are one tab stop (roving tabindex): Tab reaches the current row's name, Start
 * and Stop, then leaves the table; on a name, Up and Down, Page Up/Down, Home and End move to
 * another row's name. The column headers are one more stop, Left and Right moving between them.
 *
 * @tag pipeline-list
 *
 * @csspart base - The wrapper of everything below.
 * @csspart fleet - The fleet summary (a `<dl>`); each figure is a `fleet-stat`, also `running`, `stopped`, `failed` or `rate`.
 * @csspart toolbar - The row with the status filter, the search box and the count.
 * @csspart status-filter - The status menu (a native `<select>`).
 * @csspart search - The search input.
 * @csspart summary - "4 pipelines" or "Showing 2 of 4 pipelines" (a live region).
 * @csspart notice - What could not be trusted in the server's answer (count or duplicate ids).
 * @csspart sort-note - Under a sort by figures: which rows it ranked, with the `resort` button ("Sort again").
 * @csspart table - The scrolling `role="table"` box.
 * @csspart header - The sticky header row group; `column-header` and `sort-button` inside.
 * @csspart body - The row group holding the rendered rows.
 * @csspart row - Each pipeline; `data-status` and `data-id` hold its status and id.
 * @csspart cell - Each cell; also `identity`, `status`, `tables`, `events`, `lag` or `errors`.
 * @csspart name - The pipeline's name: a link with `href-template`, else a button.
 * @csspart badge - The status: icon and word.
 * @csspart error-message - The `error_message` of a pipeline in error, on one line.
 * @csspart errors-badge - Errors: new ones since the previous snapshot (critical), else the total.
 * @csspart actions - A row's Start and Stop (absent when `readonly`); `start`, `stop` inside.
 * @csspart announcement - The live region with the last action's outcome.
 * @csspart dialog - The Stop confirmation `<dialog>`; also `dialog-title`, `dialog-text`, `dialog-actions`, `cancel`, `confirm`.
 * @csspart loading - The loading line.
 * @csspart empty - "No pipelines" or the no-match line, with `clear` ("Show all pipelines").
 * @csspart error - The failure message with its `retry` button; `stale` inside when older data is kept.
 *
 * @cssproperty [--pipeline-list-background=var(--pm-color-surface)] - The element's background.
 * @cssproperty [--pipeline-list-row-background=var(--pm-color-surface)] - A row's background.
 * @cssproperty [--pipeline-list-border-color=var(--pm-color-border)] - Row borders.
 * @cssproperty [--pipeline-list-gap=var(--pm-space-md)] - Space between the parts above the rows and the rows.
 * @cssproperty [--pipeline-list-max-height=70vh] - Height at which the rows scroll within the element.
 * @cssproperty [--pipeline-list-min-width=56rem] - Width below which the table scrolls sideways.
 * @cssproperty [--pipeline-list-row-height=3.5rem] - The height of every row.
 * @cssproperty --pipeline-list-columns - The grid template of the columns.
 *
 * @fires {CustomEvent<OpenPipelineDetail>} pm-open-pipeline - A pipeline's name was chosen; cancel it to keep a link from navigating.
 * @fires {CustomEvent<ListFilterDetail>} pm-filter-change - The user changed the status filter or the search.
 * @fires {CustomEvent<ListSortChangeDetail>} pm-sort-change - The user changed the sort from a column header; detail `{sort}`.
 * @fires {CustomEvent<PipelineActionDetail>} pm-action - A start or stop was sent (`pending`), then settled (`success`/`error`).
 */
export class PipelineListElement extends PipelineElement {
  static override styles = [tokens, visuallyHidden, statusStyles, badgeStyles, controlStyles, scrollerStyles, pipelineListStyles];

  /** Shows only pipelines with this status; `all` shows every one. */
  @property({ attribute: 'status-filter', converter: { fromAttribute: parseStatusFilter } })
  statusFilter: 'all' | 'running' | 'starting' | 'stopping' | 'stopped' | 'error' | 'unknown' = 'all';

  /** Shows only pipelines whose name, id or source id contain every word of this text. */
  @property() search = '';

  /** The sort, first level first (attribute: `"lag desc, name"`); empty keeps the server's order. */
  @property({ converter: { fromAttribute: parseListSort, toAttribute: formatListSort } }) sort: readonly ListSortLevel[] = [];

  /** Makes each name a link to this URL, `{id}` replaced by the pipeline's id (e.g. `#/pipelines/{id}`); empty: names are buttons. */
  @property({ attribute: 'href-template' }) hrefTemplate = '';

  /** Shows the list without Start and Stop; implied when the source cannot control pipelines. */
  @property({ type: Boolean, reflect: true }) readonly = false;

  private readonly pipelines = new QueryController<PipelineList>(this, () => this.store?.pipelines());
  private readonly metrics = new RowMetrics(this, () => this.store);
  private readonly control = new PipelineControl(this, {
    store: () => this.store,
    enabled: () => this.controllable,
    watched: () => this.#slice.map((i) => this.#view.model!.pipelines[i]!.id),
    status: (id) => this.#view.model?.pipelines[this.#view.model.indexOf.get(id) ?? -1]?.status,
  });
  /** Ticks each second while a stale age is shown, so "updated 2 min. ago" keeps counting. */
  protected readonly clock = new Clock(this, 1000, () => this.pipelines.state.isStale);
  /** A shadow at the edge the columns are cut at (a phone shows two of seven). */
  protected readonly scrollHint = new ScrollHint(this, '.scroller');
  /** The rows are one tab stop (the current row's name, Start and Stop); ListKeyboard moves between names. */
  protected readonly rowFocus = new RovingFocus(this, { items: '[part~="body"] > [role="row"]', focusables: 'a, button', keys: 'none' });
  /** The column headers are one tab stop: Left and Right (Home, End) move between their sort buttons. */
  protected readonly headerFocus = new RovingFocus(this, { items: '[part~="sort-button"]', keys: 'horizontal' });
  readonly #window = new RowWindow(this, { overscan: 3, rowHeight: ROW_HEIGHT });
  readonly #view = new ListView(ROW_HEIGHT);
  readonly #polling = new InViewPolling(this, () => this.#pollInView());
  readonly #keyboard = new ListKeyboard(this, {
    parts: () => this.#parts(),
    shown: () => this.#view.shown.map((i) => this.#view.model!.pipelines[i]!.id),
    height: () => rowHeight(this.body, ROW_HEIGHT),
  });
  @query('.scroller') private scroller: HTMLElement | undefined;
  @query('.body') private body: HTMLElement | undefined;
  /** Indices of the pipelines rendered. */
  #slice: readonly number[] = [];
  readonly #slots = new RowSlots();
  /** This update follows the user's sort, filter or search: rows are refilled in place. */
  #refill = false;

  protected override willUpdate(changed: PropertyValues<this>): void {
    const answered = this.#view.derive({
      data: this.pipelines.state.data,
      locale: this.locale,
      sort: this.sort,
      status: this.statusFilter,
      search: this.search,
      userMoved: (this.#refill = changed.has('sort') || changed.has('search') || changed.has('statusFilter')),
      figures: this.#figureSource,
      parts: this.#parts(),
      active: this.shadowRoot?.activeElement ?? null,
    });
    if (answered && this.#view.model) this.metrics.keepOnly(this.#view.model.indexOf);
  }

  protected override render(): TemplateResult {
    const { data, error, updatedAt } = this.pipelines.state;
    const loading = data === undefined && error === undefined;
    const model = this.#view.model;
    const problem = error
      ? renderFailure({ error, updatedAt: data ? updatedAt : undefined, now: Date.now(), locale: this.locale, onRetry: () => void this.pipelines.refresh() })
      : nothing;
    const any = model !== undefined && model.pipelines.length > 0;
    return html`<div part="base" class="base" aria-busy=${loading ? 'true' : 'false'}>
      ${problem} ${any ? this.#renderAbove(model) : nothing} ${this.control.renderAnnouncement()}
      ${loading ? renderLoading('pipelines', this.locale) : !model ? nothing : !any ? renderEmpty(listText(this.locale).none) : this.#renderBody(model)}
      ${this.controllable && any ? this.control.renderDialog() : nothing}
    </div>`;
  }

  #renderAbove(model: FleetModel): TemplateResult {
    const { locale } = this;
    const { counts, statuses } = model;
    const total = model.pipelines.length;
    const rate = this.metrics.total(model.indexOf, (i) => statuses[i] === 'running', (f) => f.eventsPerSecond);
    return html`${renderFleet({ counts, rate, running: counts.get('running') ?? 0, locale })} ${renderProblems(model.problems)}
      ${renderToolbar({
        counts,
        total,
        status: this.statusFilter,
        search: this.search,
        shown: this.#view.shown.length,
        locale,
        onStatus: (status) => this.#setFilter(status, this.search),
        onSearch: (text) => this.#setFilter(this.statusFilter, text),
      })}
      ${renderSortNote(this.sort, this.#view.ranked, total, locale, this.#resort)}`;
  }

  #renderBody(model: FleetModel): TemplateResult {
    const shown = this.#view.shown;
    if (shown.length === 0) return renderNoMatch(this.statusFilter, this.search, () => this.#setFilter('all', ''), this.locale);
    const { start, end } = this.#window.range(shown.length);
    this.#slice = shown.slice(start, end);
    const focused = this.shadowRoot?.activeElement?.closest<HTMLElement>('[role="row"][data-id]')?.dataset['id'];
    const keys = this.#slots.assign(this.#slice.map((i) => model.pipelines[i]!.id), focused, this.#refill);
    const controllable = this.controllable;
    // A row whose inputs are all the same objects as at the last render is skipped whole: when the
    // figures of a few rows arrive, only those are rendered again.
    const row = (i: number, n: number) => {
      const pipeline = model.pipelines[i]!;
      const figures = this.#figureSource.of(pipeline);
      const metrics = this.metrics.state(pipeline.id);
      const pending = controllable ? this.control.pending(pipeline.id) : undefined;
      const { hrefTemplate, locale } = this;
      return guard([pipeline, start + n, figures, metrics, hrefTemplate, locale, controllable, pending], () =>
        renderRow({
          pipeline,
          index: start + n,
          figures,
          metrics,
          href: hrefTemplate ? hrefFor(hrefTemplate, pipeline.id) : undefined,
          locale,
          controls: controllable ? renderActions(pipeline.status, pending, (action) => this.control.request(pipeline, action), locale, pipeline.name) : nothing,
          onOpen: (event) => this.#open(pipeline.id, event),
        }),
      );
    };
    return html`<div class="scroll-hint"><div part="table" class=${controllable ? 'scroller scroller--actions' : 'scroller'} role="table" aria-label=${listText(this.locale).label} aria-rowcount=${shown.length + 1} tabindex="0" @scroll=${this.#onScroll}>
      ${renderHeader({ sort: this.sort, actions: controllable, onSort: this.#onSort, locale: this.locale })}
      <div role="rowgroup" part="body" class="body" @keydown=${this.#keyboard.onKeydown}>
        ${repeat(this.#slice, (_, n) => keys[n], row)}
      </div>
    </div></div>`;
  }

  protected override updated(): void {
    const { body } = this;
    if (!body) return;
    // Set through the CSSOM, not a style attribute, which `style-src 'self'` pages refuse.
    const { before, total } = this.#window.range(this.#view.shown.length);
    body.style.height = `${total}px`;
    body.style.paddingBlockStart = `${before}px`;
    this.#window.observe(this.scroller, body.querySelector<HTMLElement>(':scope > [role="row"]') ?? undefined);
    this.#view.settle(this.#parts());
  }

  /** Watches the metrics of the running pipelines rendered now (InViewPolling says when). */
  #pollInView(): void {
    const model = this.#view.model;
    // Printing renders every row; only those on screen before are worth polling.
    if (!model || isPrinting()) return;
    this.metrics.watch(this.#slice.flatMap((i) => (model.statuses[i] === 'running' ? [model.pipelines[i]!.id] : [])));
  }

  #onScroll = {
    handleEvent: (event: Event): void => {
      this.#window.onScroll.handleEvent(event);
      this.#polling.scrolled();
    },
    passive: true,
  };

  /** Figures of a pipeline that stopped since are not its figures now. */
  #figureSource: FigureSource = {
    of: (p) => (p.status === 'running' ? this.metrics.figures(p.id) : undefined),
    loaded: (model) =>
      [...this.metrics.loaded()].flatMap((id) => {
        const i = model.indexOf.get(id);
        return i !== undefined && model.statuses[i] === 'running' ? [i] : [];
      }),
  };

  #parts(): ScrollParts {
    return { scroller: this.scroller, body: this.body, window: this.#window };
  }

  /** Buttons are offered unless `readonly`, or the source cannot start and stop (Prometheus). */
  private get controllable(): boolean {
    return !this.readonly && this.store?.source.capabilities.control !== false;
  }

  #resort = (): void => {
    this.#view.resort();
    this.requestUpdate();
  };

  #onSort = (column: ListSortColumn, additive: boolean): void => {
    this.sort = nextListSort(this.sort, column, additive);
    const detail: ListSortChangeDetail = { sort: [...this.sort] };
    this.dispatchEvent(new CustomEvent<ListSortChangeDetail>('pm-sort-change', { detail, bubbles: true, composed: true }));
  };

  #setFilter(status: StatusFilter, search: string): void {
    this.statusFilter = status;
    this.search = search;
    const detail: ListFilterDetail = { status, search };
    this.dispatchEvent(new CustomEvent<ListFilterDetail>('pm-filter-change', { detail, bubbles: true, composed: true }));
  }

  /**
   * A name was activated. A link opened in a new tab or window (modifier keys, middle button) is
   * left to the browser; otherwise the event fires, and cancelling it keeps a link from navigating.
   */
  #open(pipelineId: string, event: MouseEvent): void {
    const link = event.currentTarget instanceof HTMLAnchorElement;
    if (link && (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey)) return;
    const detail: OpenPipelineDetail = { pipelineId };
    const proceed = this.dispatchEvent(new CustomEvent<OpenPipelineDetail>('pm-open-pipeline', { detail, bubbles: true, composed: true, cancelable: true }));
    if (!proceed) event.preventDefault();
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'pipeline-list': PipelineListElement;
  }
  // `pm-sort-change` is declared once, by <table-metrics>, with its detail; the list's detail is ListSortChangeDetail.
  interface HTMLElementEventMap {
    'pm-open-pipeline': CustomEvent<OpenPipelineDetail>;
    'pm-filter-change': CustomEvent<ListFilterDetail>;
  }
}
