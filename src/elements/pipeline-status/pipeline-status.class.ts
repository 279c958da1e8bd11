import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { QueryController } from '../../controllers/query-controller.js';
import { WatchController } from '../../controllers/watch-controller.js';
import { isAbort, type MonitorError } from '../../errors.js';
import { formatRelative } from '../../format/index.js';
import type { Pipeline } from '../../schemas/index.js';
import type { ControlAction, Mutation } from '../../store/mutation.js';
import { renderIcon, tokens, visuallyHidden } from '../../theme/index.js';
import { PipelineElement } from '../base/pipeline-element.js';
import { renderActions, renderStopDialog } from './actions-view.js';
import { canRun } from './lifecycle.js';
import { pipelineStatusStyles } from './pipeline-status.styles.js';
import { renderBadge, renderErrorMessage, renderProblem, renderSince } from './status-views.js';

/** Detail of `pm-action`. */
export interface PipelineActionDetail {
  /** The pipeline acted on. */
  pipelineId: string;
  /** What was asked for. */
  action: ControlAction;
  /** `pending` when the request is sent, then `success` or `error`. */
  status: 'pending' | 'success' | 'error';
  /** The server's confirmation, or the failure's message (a 409's detail). */
  message: string | undefined;
}

/**
 * @summary A pipeline's name and lifecycle status with Start and Stop. Stop asks for
 * confirmation in a dialog; the outcome, or the server's refusal, is announced politely.
 *
 * @tag pipeline-status
 *
 * @csspart base - The wrapper of everything below.
 * @csspart header - The row holding the name and the badge.
 * @csspart name - The pipeline's name.
 * @csspart badge - The status: icon and word; `data-status` holds the status.
 * @csspart badge-icon - The badge's icon.
 * @csspart since - "Running for 2h 30m, since …" or "Stopped since …".
 * @csspart error-message - The pipeline's `error_message`.
 * @csspart actions - The row of buttons (absent when `readonly`).
 * @csspart start - The Start button.
 * @csspart stop - The Stop button.
 * @csspart announcement - The live region with the last action's outcome.
 * @csspart problem - The failed-refresh message with its Retry button.
 * @csspart retry - The Retry button.
 * @csspart dialog - The Stop confirmation `<dialog>`.
 * @csspart dialog-title - Its heading.
 * @csspart dialog-text - Its explanation.
 * @csspart dialog-actions - Its row of buttons.
 * @csspart cancel - Its Cancel button.
 * @csspart confirm - Its "Stop pipeline" button.
 *
 * @cssproperty [--pipeline-status-background=var(--pm-color-surface)] - The element's background.
 * @cssproperty [--pipeline-status-gap=var(--pm-space-sm)] - Space between rows.
 *
 * @fires {CustomEvent<PipelineActionDetail>} pm-action - A start or stop was sent (`pending`), then settled (`success`/`error`).
 */
export class PipelineStatusElement extends PipelineElement {
  static override styles = [tokens, visuallyHidden, pipelineStatusStyles];

  /** Shows status only, without Start and Stop, for viewers who may not control pipelines; implied when the source cannot control them. */
  @property({ type: Boolean, reflect: true }) readonly = false;

  /** The current time for uptime and ages; when unset the element uses the clock and ticks each second. */
  @property({ attribute: false }) now: Date | undefined = undefined;

  @state() private announcement: { text: string; ok: boolean } | undefined = undefined;
  @query('dialog') private dialog!: HTMLDialogElement | null;

  private readonly pipeline = new QueryController<Pipeline>(this, () =>
    this.store && this.pipelineId ? this.store.pipeline(this.pipelineId) : undefined,
  );
  private readonly control = new WatchController<Mutation>(this, () =>
    this.store && this.pipelineId ? this.store.mutation(this.pipelineId) : undefined,
  );
  private timer: ReturnType<typeof setInterval> | undefined;

  override connectedCallback(): void {
    super.connectedCallback();
    this.syncTimer();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.syncTimer();
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    this.syncTimer();
  }

  protected override render(): TemplateResult {
    const { data, error, status } = this.pipeline.state;
    const loading = data === undefined && status === 'pending' && this.pipelineId !== '';
    return html`<div part="base" class="base" aria-busy=${loading ? 'true' : 'false'}>
      ${data ? this.renderPipeline(data) : loading ? this.renderSkeleton() : nothing}
      ${error ? this.renderProblem(error, data !== undefined) : nothing}
      ${data && this.controllable ? renderActions(data.status, this.pendingAction(), (action) => this.request(action)) : nothing}
      <p part="announcement" class="announcement ${this.announcement?.ok === false ? 'failed' : ''}" role="status">
        ${this.announcement
          ? html`${renderIcon(this.announcement.ok ? 'ok' : 'critical', 'announcement-icon')}<span
                >${this.announcement.text}</span
              >`
          : nothing}
      </p>
      ${data && this.controllable ? renderStopDialog(data.name, () => this.dialog?.close(), () => this.confirmStop()) : nothing}
    </div>`;
  }

  private renderPipeline(pipeline: Pipeline): TemplateResult {
    return html`<div part="header" class="header">
        <span part="name" class="name">${pipeline.name}</span>
        ${renderBadge(pipeline.status)}
      </div>
      ${renderSince(pipeline, this.clock(), this.locale)} ${renderErrorMessage(pipeline)}`;
  }

  private renderSkeleton(): TemplateResult {
    return html`<div part="header" class="header">
      <span class="skeleton skeleton--name" aria-hidden="true"></span>
      <span class="skeleton skeleton--badge" aria-hidden="true"></span>
      <span class="visually-hidden">Loading pipeline status</span>
    </div>`;
  }

  private renderProblem(error: MonitorError, kept: boolean): TemplateResult {
    const { updatedAt } = this.pipeline.state;
    const age = kept && updatedAt !== undefined ? formatRelative(updatedAt, this.clock(), this.locale) : undefined;
    return renderProblem(error.message, age, () => void this.pipeline.refresh());
  }

  /** Buttons are offered unless `readonly`, or the source cannot start and stop (Prometheus). */
  private get controllable(): boolean {
    return !this.readonly && this.store?.source.capabilities.control !== false;
  }

  private pendingAction(): ControlAction | undefined {
    const state = this.control.target?.state;
    return state?.status === 'pending' ? state.action : undefined;
  }

  /** Whether `action` may be sent now, read live so a second click before re-render is refused too. */
  private allowed(action: ControlAction): boolean {
    const status = this.pipeline.state.data?.status;
    const pending = this.control.target?.state.status === 'pending';
    return this.controllable && !pending && canRun(action, status);
  }

  private request(action: ControlAction): void {
    if (!this.allowed(action)) return;
    if (action === 'stop') this.dialog?.showModal();
    else void this.run('start');
  }

  private confirmStop(): void {
    this.dialog?.close();
    if (this.allowed('stop')) void this.run('stop');
  }

  private async run(action: ControlAction): Promise<void> {
    const store = this.store;
    const pipelineId = this.pipelineId;
    const name = this.pipeline.state.data?.name ?? pipelineId;
    if (!store) return;
    this.announcement = undefined;
    this.emit({ pipelineId, action, status: 'pending', message: undefined });
    try {
      const message = await (action === 'start' ? store.start(pipelineId) : store.stop(pipelineId));
      this.announcement = { text: `${name}: ${message}`, ok: true };
      this.emit({ pipelineId, action, status: 'success', message });
    } catch (error) {
      if (isAbort(error)) return;
      const message = error instanceof Error ? error.message : String(error);
      this.announcement = { text: `Could not ${action} ${name}. ${message}`, ok: false };
      this.emit({ pipelineId, action, status: 'error', message });
    }
  }

  private emit(detail: PipelineActionDetail): void {
    this.dispatchEvent(new CustomEvent<PipelineActionDetail>('pm-action', { detail, bubbles: true, composed: true }));
  }

  private clock(): number {
    return (this.now ?? new Date()).getTime();
  }

  /** Ticks each second while something shown ages (uptime, a stale age) on the page's own clock. */
  private syncTimer(): void {
    const { data, isStale } = this.pipeline.state;
    const ageing = (data?.status === 'running' && data.started_at !== undefined) || isStale;
    const needed = this.isConnected && this.now === undefined && ageing;
    if (needed && this.timer === undefined) {
      this.timer = setInterval(() => this.requestUpdate(), 1000);
    } else if (!needed && this.timer !== undefined) {
      clearInterval(this.timer);
      this.timer = undefined;
    }
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'pipeline-status': PipelineStatusElement;
  }
  interface HTMLElementEventMap {
    'pm-action': CustomEvent<PipelineActionDetail>;
  }
}
