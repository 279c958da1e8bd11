import { html, nothing, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { QueryController } from '../../controllers/query-controller.js';
import type { Pipeline, PipelineList } from '../../schemas/index.js';
import { tokens, visuallyHidden } from '../../theme/index.js';
import { PipelineElement } from '../base/pipeline-element.js';
import { controlStyles, renderActions } from '../shared/control-views.js';
import { Clock } from '../shared/clock.js';
import { PipelineControl } from '../shared/pipeline-control.js';
import { renderEmpty, renderFailure, renderLoading, statusStyles } from '../shared/query-status-view.js';
import { badgeStyles } from '../shared/status-badge.js';
import { hrefFor, matches, parseStatusFilter, type StatusFilter } from './list-filter.js';
import { pipelineListStyles } from './pipeline-list.styles.js';
import { renderRow } from './row-view.js';
import { RowMetrics } from './row-metrics.js';
import { renderNoMatch, renderToolbar } from './toolbar-view.js';

export type { StatusFilter } from './list-filter.js';
export type { PipelineActionDetail } from '../shared/pipeline-control.js';

/** Detail of `pm-open-pipeline`. */
export interface OpenPipelineDetail {
  /** The pipeline whose detail the user asked for. */
  pipelineId: string;
}

/** Detail of `pm-filter-change`. */
export interface ListFilterDetail {
  status: StatusFilter;
  search: string;
}

/**
 * @summary Every pipeline with its status, table count and, while running, its events per second
 * and error count; the error message of a failed one; Start and Stop per row; a status filter and
 * a search box. Choosing a pipeline fires `pm-open-pipeline`, and with `href-template` each name is
 * a real link.
 *
 * @tag pipeline-list
 *
 * @csspart base - The wrapper of everything below.
 * @csspart toolbar - The row with the status filter, the search box and the count.
 * @csspart status-filter - The status menu (a native `<select>`).
 * @csspart search - The search input.
 * @csspart summary - "4 pipelines" or "Showing 2 of 4 pipelines".
 * @csspart list - The `<ul>` of pipelines.
 * @csspart row - Each pipeline; `data-status` and `data-id` hold its status and id.
 * @csspart name - The pipeline's name: a link with `href-template`, else a button.
 * @csspart badge - The status: icon and word.
 * @csspart error-message - The `error_message` of a pipeline in error.
 * @csspart stats - The row's figures (a `<dl>`).
 * @csspart stat - One figure; also `tables`, `events` or `errors`.
 * @csspart errors-badge - A running pipeline's errors: new ones since the previous poll (critical), else the total.
 * @csspart actions - A row's Start and Stop (absent when `readonly`).
 * @csspart start - A Start button.
 * @csspart stop - A Stop button.
 * @csspart announcement - The live region with the last action's outcome.
 * @csspart dialog - The Stop confirmation `<dialog>`; also `dialog-title`, `dialog-text`, `dialog-actions`, `cancel`, `confirm`.
 * @csspart loading - The loading line.
 * @csspart empty - "No pipelines" or the no-match line.
 * @csspart clear - The "Show all pipelines" button of the no-match line.
 * @csspart error - The failure message with its Retry button; `stale` inside when older data is kept.
 * @csspart retry - The Retry button.
 *
 * @cssproperty [--pipeline-list-background=var(--pm-color-surface)] - The element's background.
 * @cssproperty [--pipeline-list-row-background=var(--pm-color-surface)] - A row's background.
 * @cssproperty [--pipeline-list-border-color=var(--pm-color-border)] - Row borders.
 * @cssproperty [--pipeline-list-gap=var(--pm-space-md)] - Space between the toolbar and the rows.
 *
 * @fires {CustomEvent<OpenPipelineDetail>} pm-open-pipeline - A pipeline's name was chosen; cancel it to keep a link from navigating.
 * @fires {CustomEvent<ListFilterDetail>} pm-filter-change - The user changed the status filter or the search.
 * @fires {CustomEvent<PipelineActionDetail>} pm-action - A start or stop was sent (`pending`), then settled (`success`/`error`).
 */
export class PipelineListElement extends PipelineElement {
  static override styles = [tokens, visuallyHidden, statusStyles, badgeStyles, controlStyles, pipelineListStyles];

  /** Shows only pipelines with this status; `all` shows every one. */
  @property({ attribute: 'status-filter', converter: { fromAttribute: parseStatusFilter } })
  statusFilter: 'all' | 'running' | 'starting' | 'stopping' | 'stopped' | 'error' | 'unknown' = 'all';

  /** Shows only pipelines whose name, id or source id contain every word of this text. */
  @property() search = '';

  /** Makes each name a link to this URL, `{id}` replaced by the pipeline's id (e.g. `#/pipelines/{id}`); empty: names are buttons. */
  @property({ attribute: 'href-template' }) hrefTemplate = '';

  /** Shows the list without Start and Stop; implied when the source cannot control pipelines. */
  @property({ type: Boolean, reflect: true }) readonly = false;

  private readonly pipelines = new QueryController<PipelineList>(this, () => this.store?.pipelines());
  private readonly metrics = new RowMetrics(this, () => ({
    store: this.store,
    ids: this.shown().flatMap((p) => (p.status === 'running' ? [p.id] : [])),
  }));
  private readonly control = new PipelineControl(this, {
    store: () => this.store,
    enabled: () => this.controllable,
    watched: () => this.shown().map((p) => p.id),
    status: (id) => this.pipelines.state.data?.pipelines.find((p) => p.id === id)?.status,
  });
  /** Ticks each second while a stale age is shown, so "updated 2 min. ago" keeps counting. */
  protected readonly clock = new Clock(this, 1000, () => this.pipelines.state.isStale);

  protected override render(): TemplateResult {
    const { data, error, updatedAt } = this.pipelines.state;
    const loading = data === undefined && error === undefined;
    const problem = error
      ? renderFailure({ error, updatedAt: data ? updatedAt : undefined, now: Date.now(), locale: this.locale, onRetry: () => void this.pipelines.refresh() })
      : nothing;
    return html`<div part="base" class="base" aria-busy=${loading ? 'true' : 'false'}>
      ${problem} ${data && data.pipelines.length > 0 ? this.renderToolbar(data.pipelines) : nothing}
      ${this.control.renderAnnouncement()} ${loading ? this.renderSkeleton() : data ? this.renderBody(data.pipelines) : nothing}
      ${this.controllable && data && data.pipelines.length > 0 ? this.control.renderDialog() : nothing}
    </div>`;
  }

  private renderToolbar(pipelines: readonly Pipeline[]): TemplateResult {
    return renderToolbar({
      pipelines,
      status: this.statusFilter,
      search: this.search,
      shown: this.shown().length,
      locale: this.locale,
      onStatus: (status) => this.setFilter(status, this.search),
      onSearch: (text) => this.setFilter(this.statusFilter, text),
    });
  }

  private renderBody(pipelines: readonly Pipeline[]): TemplateResult {
    if (pipelines.length === 0) return renderEmpty('No pipelines');
    const shown = this.shown();
    if (shown.length === 0) return renderNoMatch(this.statusFilter, this.search, () => this.setFilter('all', ''));
    return html`<ul part="list" class="list">
      ${shown.map((pipeline) =>
        renderRow({
          pipeline,
          metrics: this.metrics.state(pipeline.id),
          newErrors: this.metrics.newErrors(pipeline.id),
          href: this.hrefTemplate ? hrefFor(this.hrefTemplate, pipeline.id) : undefined,
          locale: this.locale,
          controls: this.controllable
            ? renderActions(pipeline.status, this.control.pending(pipeline.id), (action) => this.control.request(pipeline, action), pipeline.name)
            : nothing,
          onOpen: (event) => this.open(pipeline.id, event),
        }),
      )}
    </ul>`;
  }

  private renderSkeleton(): TemplateResult {
    return html`${renderLoading('pipelines')}
      <ul class="list" aria-hidden="true">
        ${[0, 1, 2].map(() => html`<li class="row row--skeleton"><span class="skeleton skeleton--name"></span></li>`)}
      </ul>`;
  }

  /** The pipelines passing the filter and the search, in the server's order. */
  private shown(): Pipeline[] {
    const all = this.pipelines.state.data?.pipelines ?? [];
    return all.filter((pipeline) => matches(pipeline, this.statusFilter, this.search));
  }

  /** Buttons are offered unless `readonly`, or the source cannot start and stop (Prometheus). */
  private get controllable(): boolean {
    return !this.readonly && this.store?.source.capabilities.control !== false;
  }

  private setFilter(status: StatusFilter, search: string): void {
    this.statusFilter = status;
    this.search = search;
    const detail: ListFilterDetail = { status, search };
    this.dispatchEvent(new CustomEvent<ListFilterDetail>('pm-filter-change', { detail, bubbles: true, composed: true }));
  }

  /**
   * A name was activated. A link opened in a new tab or window (modifier keys, middle button) is
   * left to the browser; otherwise the event fires, and cancelling it keeps a link from navigating.
   */
  private open(pipelineId: string, event: MouseEvent): void {
    const link = event.currentTarget instanceof HTMLAnchorElement;
    if (link && (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey)) return;
    const detail: OpenPipelineDetail = { pipelineId };
    const proceed = this.dispatchEvent(
      new CustomEvent<OpenPipelineDetail>('pm-open-pipeline', { detail, bubbles: true, composed: true, cancelable: true }),
    );
    if (!proceed) event.preventDefault();
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'pipeline-list': PipelineListElement;
  }
  interface HTMLElementEventMap {
    'pm-open-pipeline': CustomEvent<OpenPipelineDetail>;
    'pm-filter-change': CustomEvent<ListFilterDetail>;
  }
}
