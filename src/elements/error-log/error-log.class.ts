import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { QueryController } from '../../controllers/query-controller.js';
import type { PipelineError, PipelineErrorPage, PipelineErrorType, PipelineMetrics } from '../../schemas/index.js';
import type { ErrorCountsByType } from '../../sources/source.js';
import { tokens, visuallyHidden } from '../../theme/index.js';
import { PipelineElement } from '../base/pipeline-element.js';
import { renderFailure, renderLoading, statusStyles } from '../shared/query-status-view.js';
import { Clock } from '../shared/clock.js';
import { timeStyles } from '../shared/time-view.js';
import { RovingFocus } from '../shared/roving-focus.js';
import { fieldStyles } from '../shared/field-views.js';
import { scrollerStyles } from '../shared/scroller-styles.js';
import { TaskSlicer } from '../shared/task-slicer.js';
import { renderCountsByType, renderTotalOnly } from './counts-view.js';
import { errorLogStyles } from './error-log.styles.js';
import { scopeStyles } from './scope-styles.js';
import { ErrorHistory } from './error-history.js';
import type { ExportFormat } from './error-export.js';
import { exportVisible } from './export-action.js';
import { renderExportState } from './export-view.js';
import { EXPORT_PAGE, LogExport, type PageAt } from './log-export.js';
import { LogQuery, type ServerFilter } from './log-query.js';
import { LogLoader } from './log-loader.js';
import { LogViewModel } from './log-view-model.js';
import { renderList, renderStatus } from './log-view.js';
import { ReadingPlace } from './reading-place.js';
import { CHUNK, MERGE_SLICING, mergeInChunks } from './sliced-merge.js';
import { renderLogToolbar } from './toolbar-view.js';
import { chipCounts, renderScope } from './scope-view.js';
import { filterErrors } from './error-groups.js';

/**
 * Entries from the top that are always drawn: more than fill the scroll box. Those below are
 * drawn when scrolled near (see `.entry--lazy`).
 */
const EAGER = 12;

/**
 * @summary A pipeline's error log, newest first: type badges, relative and exact times, tables and
 * messages shown as text; filter by type, search, identical errors collapsed with a count, details,
 * "Load older" paging, new errors arriving without moving what the reader looks at, and export of
 * the errors shown as CSV or JSON. For sources without a log (Prometheus) it shows error counts.
 *
 * The type counts, the type filter, the search (sent once typing pauses) and the export cover the
 * server's whole log when the server sends `counts` and echoes `search`; the export then reads the
 * log 500 errors at a time, with progress and Cancel, and saves nothing unless every page came.
 * With a server that does neither, they cover the loaded errors and the log says so.
 *
 * Keyboard: the entries are one tab stop (roving tabindex); Up and Down, Home and End move between
 * their Details, Enter or Space opens one. Times are text, not tab stops.
 *
 * @tag error-log
 *
 * @cssstate loading - Showing its loading line: the first page of the log has not come yet.
 *
 * @csspart base - The frame around everything.
 * @csspart toolbar - Type filter, search, grouping and export controls.
 * @csspart type-filter - Each type filter button (`aria-pressed`).
 * @csspart search - The search input.
 * @csspart group-toggle - The "Group repeats" checkbox.
 * @csspart export - The export format and its Copy and Download buttons.
 * @csspart copy - The Copy button.
 * @csspart download - The Download button.
 * @csspart status - The line with the counts, new arrivals and notices.
 * @csspart new-errors - The "↑ 3 new errors" button shown while scrolled down.
 * @csspart gap - The note that some errors may be missing.
 * @csspart notice - The outcome of the last copy or download.
 * @csspart scope - "Searching…", and what counts and search cover when it is not the whole log.
 * @csspart export-progress - "Exporting 500 of 1,656…" with its Cancel, or "Export cancelled".
 * @csspart export-cancel - The Cancel button of an export in progress.
 * @csspart export-error - Why an export failed (nothing was saved).
 * @csspart scroller - The scroll box holding the list.
 * @csspart list - The `<ol>` of entries.
 * @csspart entry - Each entry.
 * @csspart badge - The type badge.
 * @csspart time - The entry's time.
 * @csspart table - The entry's table.
 * @csspart count - "×12" on collapsed repeats.
 * @csspart message - The message, clamped to three lines.
 * @csspart details - The `<details>` of an entry.
 * @csspart full-message - The whole message inside the details.
 * @csspart load-older - The "Load older" button.
 * @csspart end - "No older errors".
 * @csspart older-error - Why an older page failed, with a retry.
 * @csspart counts - The error counts shown for sources without a log.
 * @csspart loading - The loading line.
 * @csspart empty - "No errors" or "No errors match the filter".
 * @csspart error - The failure message with its Retry button.
 * @csspart retry - The Retry button.
 *
 * @cssproperty [--error-log-background=var(--pm-color-surface)] - The frame's background.
 * @cssproperty [--error-log-border-color=var(--pm-color-border)] - The frame's border colour.
 * @cssproperty [--error-log-radius=var(--pm-radius-md)] - The frame's corner radius.
 * @cssproperty [--error-log-padding=var(--pm-space-md)] - Space inside the frame.
 * @cssproperty [--error-log-max-height=32rem] - Height at which the list scrolls.
 */
export class ErrorLog extends PipelineElement {
  static override styles = [tokens, visuallyHidden, statusStyles, timeStyles, fieldStyles, scrollerStyles, errorLogStyles, scopeStyles];

  /** Errors per request: the live page polled for new errors, and each older page. */
  @property({ type: Number, attribute: 'page-size' }) pageSize = 100;

  /** Shows identical errors (same type, table and message) once with a count (`repeats`), or each (`none`). */
  @property() grouping: 'repeats' | 'none' = 'repeats';

  /** Shows only errors of this type. */
  @property({ attribute: 'error-type' }) errorType: PipelineErrorType | 'all' = 'all';

  /**
   * Shows only errors whose type, table or message contains this text (case-insensitive): over
   * the whole log when the server searches, else over the loaded errors.
   */
  @property() search = '';

  @state() private shown = this.pageSize;
  @state() private openKeys: ReadonlySet<string> = new Set();
  @state() private format: ExportFormat = 'csv';
  @state() private notice = '';
  @query('.scroller') private scroller: HTMLElement | undefined;

  /** Which filters the server applies; declared before `live`, whose selection reads it. */
  readonly #query = new LogQuery(this);
  private readonly live = new QueryController<PipelineErrorPage>(this, () =>
    this.#target() && !this.#countsOnly() ? this.store!.errors(this.pipelineId, { limit: this.pageSize, ...this.#serverFilter() }) : undefined,
  );
  private readonly counts = new QueryController<ErrorCountsByType>(this, () =>
    this.#target() && this.#countsOnly() ? this.store!.errorCounts(this.pipelineId) : undefined,
  );
  private readonly metrics = new QueryController<PipelineMetrics>(this, () =>
    this.#target() && this.#countsOnly() && !this.#canCount() ? this.store!.metrics(this.pipelineId) : undefined,
  );

  readonly #history = new ErrorHistory();
  /** Carries the `loading` custom state. */
  readonly #internals = this.attachInternals();
  readonly #loader = new LogLoader(this);
  /** Applies a new filter to many loaded errors over several tasks. */
  readonly #filtering = new TaskSlicer(this, MERGE_SLICING);
  readonly #view = new LogViewModel((work, done) => this.#filtering.start(work, done));
  readonly #place = new ReadingPlace(this, () => this.scroller);
  readonly #slices = new TaskSlicer(this, MERGE_SLICING);
  /** Moves relative times between polls (and with polling off); a log needs no second-by-second. */
  protected readonly clock = new Clock(this, 10_000);
  readonly #export = new LogExport(this);
  /** The entries are one tab stop: Up and Down (Home, End) move between their Details. */
  protected readonly roving = new RovingFocus(this, { items: '[part~="entry"]', focusables: 'summary, [part~="full-message"]', target: 'summary', keys: 'vertical' });
  #owner = '';
  #page: PipelineErrorPage | undefined;
  /** The server filter the loaded errors were fetched with (their older pages use it too). */
  #loadedWith: ServerFilter = {};
  /**
   * Entries drawn wherever they are: the first screen, and the last arrivals placed above the
   * reader (until the next arrivals), whose real heights the reading place is restored with.
   */
  #eager = EAGER;

  #target(): boolean {
    return this.store !== undefined && this.pipelineId !== '';
  }

  #countsOnly(): boolean {
    return this.store?.source.capabilities.errorLog === false;
  }

  /** Runs after the query controllers followed any change of pipeline, before rendering. */
  protected override update(changed: PropertyValues<this>): void {
    this.#merge();
    super.update(changed);
  }

  #serverFilter(): ServerFilter {
    return this.#query.server(this.errorType, this.search);
  }

  /**
   * Takes in a new live page: new errors go on top, the reader's place is kept. A page for
   * another server filter replaces the log; until it comes, the log loaded before stays.
   */
  #merge(): void {
    const owner = `${this.store?.source.key ?? ''}\u0000${this.pipelineId}`;
    if (owner !== this.#owner) {
      this.#owner = owner;
      this.#query.reset();
      this.#export.clear();
      this.#forget();
    }
    const page = this.live.state.data;
    if (!page || page === this.#page) return;
    const sentWith = this.#serverFilter();
    if (JSON.stringify(sentWith) !== JSON.stringify(this.#loadedWith)) {
      this.#forget();
      this.#loadedWith = sentWith;
    }
    // The server's answer may show it filters less than was asked: ask again for what it can do,
    // once this update is done (a request made during it would be folded into it and lost).
    if (this.#query.learn(page, sentWith)) void this.updateComplete.then(() => this.requestUpdate());
    const first = this.#page === undefined;
    this.#page = page;
    // A first page too large to index in one task (nothing loaded yet: no gap, no place to keep).
    if (first && page.errors.length > CHUNK) {
      this.#slices.start(mergeInChunks(this.#history, page.errors), () => undefined);
      return;
    }
    const outcome = this.#history.add(page.errors);
    if (outcome.added === 0) return;
    if (outcome.disjoint && page.errors.length >= this.pageSize) {
      void this.#loader.fillGap(this.#fetchOlder, page.errors.at(-1)!.timestamp, this.pageSize, (errors) => this.#history.add(errors));
    }
    if (first) return;
    // Entries pushed down stay rendered, so nobody's reading place falls out of the list.
    this.shown += outcome.added;
    this.#eager = EAGER + outcome.added;
    this.#place.beforeInsert(outcome.added);
  }

  /**
   * Forgets the loaded log and what was done to it (another pipeline, another server filter). An
   * export goes on: it reads the filter it started with.
   */
  #forget(): void {
    this.#history.clear();
    this.#slices.cancel();
    this.#loader.reset();
    this.#page = undefined;
    this.#place.reset();
    Object.assign(this, { shown: this.pageSize, openKeys: new Set(), notice: '' });
    this.#eager = EAGER;
  }

  #fetchOlder = (before: Date, signal: AbortSignal): Promise<PipelineErrorPage> =>
    this.store!.fetchErrors(this.pipelineId, { limit: this.pageSize, before, ...this.#loadedWith }, signal);

  /** The query the log follows now, and the page it shows of it. */
  #shownNow() {
    const active = !this.#countsOnly() ? this.live : this.counts.state.data || this.#canCount() ? this.counts : this.metrics;
    // The log of the previous filter stays while the new filter's first page loads.
    return { active, shown: active.state.data ?? (active === this.live ? this.#page : undefined) };
  }

  protected override updated(): void {
    const { active, shown } = this.#shownNow();
    this.#internals.states[shown === undefined && !active.state.error ? 'add' : 'delete']('loading');
  }

  protected override render(): TemplateResult {
    const now = Date.now();
    const { active, shown } = this.#shownNow();
    const { error, data, updatedAt } = active.state;
    const onRetry = () => void active.refresh();
    return html`<div part="base" class="frame">
      ${error
        ? renderFailure({ error, updatedAt: data ? updatedAt : undefined, now, locale: this.locale, onRetry, grouped: active.grouped })
        : nothing}
      ${shown === undefined ? (error ? nothing : renderLoading('errors', this.locale)) : this.#renderData(now)}
    </div>`;
  }

  #canCount(): boolean {
    return this.store?.errorCounts(this.pipelineId) !== undefined;
  }

  #renderData(now: number): TemplateResult {
    if (this.#countsOnly()) {
      const counts = this.counts.state.data;
      return counts ? renderCountsByType(counts, this.locale) : renderTotalOnly(this.metrics.state.data?.error_count, this.locale);
    }
    const history = this.#history;
    const entries = history.entries;
    const client = this.#query.client(this.errorType, this.search);
    const { visible, groups, complete } = this.#view.shown(history, client.type, client.search, this.grouping === 'repeats');
    const total = Math.max(this.#page?.total_count ?? 0, entries.length);
    const serverFiltered = this.#loadedWith.type !== undefined || this.#loadedWith.search !== undefined;
    const chips = chipCounts(this.#page?.counts, this.errorType) ?? { counts: this.#view.counts(history), total: entries.length };
    const whole = this.#wholeLogLoaded(total);
    return html`${entries.length > 0 || serverFiltered
        ? renderLogToolbar({
            ...chips,
            type: this.errorType,
            search: this.search,
            collapse: this.grouping === 'repeats',
            format: this.format,
            exportable: this.#export.running ? 0 : whole ? visible.length : total,
            locale: this.locale,
            onType: (type) => (this.errorType = type),
            onSearch: (text) => {
              this.#query.typed(this.search);
              this.search = text;
            },
            onCollapse: (on) => (this.grouping = on ? 'repeats' : 'none'),
            onFormat: (format) => (this.format = format),
            onCopy: () => void this.#exportLog('copy', whole ? visible : undefined),
            onDownload: () => void this.#exportLog('download', whole ? visible : undefined),
          })
        : nothing}
      ${renderExportState(this.#export.state, this.locale, () => this.#export.cancel())}
      ${renderScope({
        searching: this.#query.typing || (this.live.state.data === undefined && this.live.state.error === undefined),
        loaded: entries.length,
        // Of the loaded errors only when some are not loaded.
        countsLoaded: this.#page?.counts === undefined && !whole,
        searchLoaded: client.search.trim() !== '' && !whole,
        locale: this.locale,
      })}
      ${entries.length === 0 ? nothing : renderStatus({ loaded: entries.length, total, filtering: !complete, unseen: this.#place.unseen, gap: this.#loader.gap, notice: this.notice, locale: this.locale, onShowNew: this.#place.showNew })}
      ${renderList({
        groups,
        pipelineLabel: this.pipelineLabel,
        filtering: !complete,
        shown: this.shown,
        eager: this.#eager,
        loaded: entries.length,
        filtered: serverFiltered,
        total,
        loader: this.#loader,
        openKeys: this.openKeys,
        now,
        locale: this.locale,
        onToggle: this.#onToggle,
        onOlder: () => this.#older(groups.length),
        onClearFilter: () => Object.assign(this, { errorType: 'all', search: '' }),
        onScroll: this.#place.onScroll,
      })}`;
  }

  #older(groupCount: number): void {
    if (groupCount > this.shown) {
      this.shown += this.pageSize;
      return;
    }
    const before = this.#history.oldest;
    if (!before) return;
    void this.#loader.older(this.#fetchOlder, before, this.pageSize, (errors) => {
      this.#history.add(errors);
      this.shown += this.pageSize;
    });
  }

  /** Whether every error of the loaded filter is loaded (then an export needs no request). */
  #wholeLogLoaded(total: number): boolean {
    return this.#loader.gap === undefined && (this.#loader.exhausted || this.#history.entries.length >= total);
  }

  /**
   * Copies or downloads the errors matching the filter: `loaded` when they are all loaded, else
   * the server's log read page by page, filtered as the list is.
   */
  async #exportLog(how: 'copy' | 'download', loaded: readonly PipelineError[] | undefined): Promise<void> {
    const { format, pipelineId: id, store } = this;
    this.notice = '';
    let errors = loaded;
    if (errors === undefined && store) {
      const filter = { ...this.#loadedWith };
      const client = this.#query.client(this.errorType, this.search);
      const fetch = (at: PageAt, signal: AbortSignal) => store.fetchErrors(id, { limit: EXPORT_PAGE, ...filter, ...at }, signal);
      const all = await this.#export.collect(fetch, this.#page?.total_count ?? 0);
      errors = all && filterErrors(all, client.type, client.search);
    }
    if (errors) this.notice = await exportVisible({ errors, format, how, pipelineId: id, locale: this.locale });
  }

  #onToggle = (key: string, open: boolean): void => {
    if (open === this.openKeys.has(key)) return;
    const next = new Set(this.openKeys);
    if (open) next.add(key);
    else next.delete(key);
    this.openKeys = next;
  };
}

declare global {
  interface HTMLElementTagNameMap {
    'error-log': ErrorLog;
  }
}
