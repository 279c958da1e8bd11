import { html, nothing, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { QueryController } from '../../controllers/query-controller.js';
import type { MonitorError } from '../../errors.js';
import { formatRelative } from '../../format/index.js';
import { errorText } from '../../i18n/en/common.js';
import { statusText } from '../../i18n/en/status.js';
import type { Pipeline } from '../../schemas/index.js';
import { tokens, visuallyHidden } from '../../theme/index.js';
import { PipelineElement } from '../base/pipeline-element.js';
import { controlStyles, renderActions } from '../shared/control-views.js';
import { Clock } from '../shared/clock.js';
import { PipelineControl } from '../shared/pipeline-control.js';
import { badgeStyles, renderBadge } from '../shared/status-badge.js';
import { pipelineStatusStyles } from './pipeline-status.styles.js';
import { renderErrorMessage, renderProblem, renderSince } from './status-views.js';

export type { PipelineActionDetail } from '../shared/pipeline-control.js';

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
 * @fires {CustomEvent<PipelineActionDetail>} pm-action - A start or stop was sent (`pending`), answered (`success`/`error`), then, once accepted, followed until the pipeline got there (`settled`).
 */
export class PipelineStatusElement extends PipelineElement {
  static override styles = [tokens, visuallyHidden, badgeStyles, controlStyles, pipelineStatusStyles];

  /** Shows status only, without Start and Stop, for viewers who may not control pipelines; implied when the source cannot control them. */
  @property({ type: Boolean, reflect: true }) readonly = false;

  /** The current time for uptime and ages; when unset the element uses the clock and ticks each second. */
  @property({ attribute: false }) now: Date | undefined = undefined;

  private readonly pipeline = new QueryController<Pipeline>(this, () =>
    this.store && this.pipelineId ? this.store.pipeline(this.pipelineId) : undefined,
  );
  private readonly control = new PipelineControl(this, {
    store: () => this.store,
    enabled: () => this.controllable,
    watched: () => (this.pipelineId ? [this.pipelineId] : []),
    status: () => this.pipeline.state.data?.status,
  });
  /** Ticks each second only while an uptime runs or a stale note ages, and the clock is not pinned by `now`. */
  protected readonly ticker = new Clock(this, 1000, () => {
    const { data, isStale } = this.pipeline.state;
    const ageing = (data?.status === 'running' && data.started_at !== undefined) || isStale;
    return this.now === undefined && ageing;
  });

  protected override render(): TemplateResult {
    const { data, error, status } = this.pipeline.state;
    const loading = data === undefined && status === 'pending' && this.pipelineId !== '';
    return html`<div part="base" class="base" aria-busy=${loading ? 'true' : 'false'}>
      ${data ? this.renderPipeline(data) : loading ? this.renderSkeleton() : nothing}
      ${error ? this.renderProblem(error, data !== undefined) : nothing}
      ${data && this.controllable
        ? renderActions(data.status, this.control.pending(data.id), (action) => this.control.request(data, action), this.locale)
        : nothing}
      ${this.control.renderAnnouncement()} ${data && this.controllable ? this.control.renderDialog(data.name) : nothing}
    </div>`;
  }

  private renderPipeline(pipeline: Pipeline): TemplateResult {
    return html`<div part="header" class="header">
        <span part="name" class="name">${pipeline.name}</span>
        ${renderBadge(pipeline.status, this.locale)}
      </div>
      ${renderSince(pipeline, this.clock(), this.locale)} ${renderErrorMessage(pipeline)}`;
  }

  private renderSkeleton(): TemplateResult {
    return html`<div part="header" class="header">
      <span class="skeleton skeleton--name" aria-hidden="true"></span>
      <span class="skeleton skeleton--badge" aria-hidden="true"></span>
      <span class="visually-hidden">${statusText(this.locale).loading}</span>
    </div>`;
  }

  private renderProblem(error: MonitorError, kept: boolean): TemplateResult {
    const { updatedAt } = this.pipeline.state;
    const age = kept && updatedAt !== undefined ? formatRelative(updatedAt, this.clock(), this.locale) : undefined;
    return renderProblem(errorText(this.locale)(error), age, () => void this.pipeline.refresh(), this.locale, this.pipeline.grouped);
  }

  /** Buttons are offered unless `readonly`, or the source cannot start and stop (Prometheus). */
  private get controllable(): boolean {
    return !this.readonly && this.store?.source.capabilities.control !== false;
  }

  private clock(): number {
    return (this.now ?? new Date()).getTime();
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'pipeline-status': PipelineStatusElement;
  }
}
