import { html, nothing, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { QueryController } from '../../controllers/query-controller.js';
import type { Pipeline } from '../../schemas/index.js';
import { errorText } from '../../i18n/en/common.js';
import { alertsText } from '../../i18n/en/alerts.js';
import { type AlertFeed, type AlertRuleFeed } from '../../store/alert-feed.js';
import { alertRulesQuery, alertsQuery } from '../../store/alert-queries.js';
import { tokens, visuallyHidden } from '../../theme/index.js';
import { PipelineElement } from '../base/pipeline-element.js';
import { Clock } from '../shared/clock.js';
import { renderEmpty, renderFailure, renderLoading, statusStyles } from '../shared/query-status-view.js';
import { timeStyles } from '../shared/time-view.js';
import { defaultAlertMatcher, type AlertMatcher } from './alert-matcher.js';
import { alertRows, countFiring, type AlertRow } from './alert-rows.js';
import { pipelineIdentity, rulesById } from './alert-scope.js';
import { renderAlert } from './alert-view.js';
import { Acknowledgements, type AlertAcknowledgedDetail } from './acknowledgements.js';
import { pipelineAlertsStyles } from './pipeline-alerts.styles.js';
import { renderCounts, severityStyles } from './severity-view.js';

export type { AlertMatcher, PipelineIdentity } from './alert-matcher.js';
export { defaultAlertMatcher } from './alert-matcher.js';

export type { AlertAcknowledgedDetail } from './acknowledgements.js';

/**
 * @summary The firing and recently resolved alerts of one pipeline: severity (icon and word), rule,
 * summary, current value with its unit, since when and who acknowledged, firing and most severe
 * first. Acknowledge opens a form in place (who, comment) and sends one request per click. With
 * `compact`, only the firing alerts counted by severity, for headers and list rows.
 *
 * All elements of a page read one alerts query per endpoint, whatever the number of pipelines.
 * Which alerts are the pipeline's: a `pipeline_id` label equal to its id; else a `pipeline` label
 * equal to its id or name; else a `source` label equal to `postgres-<database>` (the database from
 * the pipeline's `config`, or the `source` of `selector` with `source="prometheus"`). Set `matcher`
 * to decide otherwise. With `source="prometheus"` the alerts are Prometheus' own
 * (`ALERTS{alertstate="firing"}`), which cannot be acknowledged here. A server without alerting
 * (404 on `/alerts`) is said once and not asked again.
 *
 * @tag pipeline-alerts
 *
 * @csspart base - The frame around everything.
 * @csspart badge - The firing counts (the whole element when `compact`); also `badge-count`, `badge-critical`, `badge-warning`, `badge-info`, `badge-unknown`, and `badge-none` on "No alerts".
 * @csspart list - The list of alerts.
 * @csspart alert - Each alert; also `alert-firing`, `alert-resolved` or `alert-unknown`.
 * @csspart severity - The severity icon and word.
 * @csspart rule - The rule's name.
 * @csspart subject - The table or error type the alert is about.
 * @csspart status - "Firing", "Resolved" or "Unknown status".
 * @csspart summary - The alert's summary annotation.
 * @csspart facts - Value, since when and who acknowledged.
 * @csspart value - The current value with its unit.
 * @csspart acknowledged - Who acknowledged, and when.
 * @csspart acknowledge - The Acknowledge button.
 * @csspart ack-form - The acknowledge form; with `ack-who`, `ack-comment`, `ack-submit`, `ack-cancel`.
 * @csspart ack-result - The outcome of an acknowledgement.
 * @csspart note - Notes: Prometheus cannot acknowledge; the pipeline no longer exists.
 * @csspart loading - The loading line.
 * @csspart empty - "No alerts", or "Alerting is not enabled on this server".
 * @csspart error - The failure message with its Retry button.
 * @csspart retry - The Retry button.
 *
 * @cssproperty [--pipeline-alerts-background=var(--pm-color-surface)] - The frame's background.
 * @cssproperty [--pipeline-alerts-border-color=var(--pm-color-border)] - The frame's and items' border colour.
 * @cssproperty [--pipeline-alerts-radius=var(--pm-radius-md)] - The frame's corner radius.
 * @cssproperty [--pipeline-alerts-max-height=32rem] - Height at which the list scrolls.
 *
 * @fires {CustomEvent<AlertAcknowledgedDetail>} pm-alert-acknowledged - The server accepted an acknowledgement.
 */
export class PipelineAlertsElement extends PipelineElement {
  static override styles = [tokens, visuallyHidden, statusStyles, timeStyles, severityStyles, pipelineAlertsStyles];

  /** Shows only the firing alerts counted by severity. */
  @property({ type: Boolean, reflect: true }) compact = false;

  /** Decides which alerts are the pipeline's; see the class description for the default. */
  @property({ attribute: false }) matcher: AlertMatcher = defaultAlertMatcher;

  /** The pipeline, when the embedder has it (a list row): saves reading it. */
  @property({ attribute: false }) pipeline: Pipeline | undefined = undefined;

  /** Lists the alerts without Acknowledge, for viewers who may not acknowledge. */
  @property({ type: Boolean, reflect: true }) readonly = false;

  /** The name the acknowledge form starts with. */
  @property({ attribute: 'acknowledged-by' }) acknowledgedBy = '';

  /** At most this many resolved alerts are listed below the firing ones. */
  @property({ type: Number, attribute: 'resolved-limit' }) resolvedLimit = 10;

  private readonly feed = new QueryController<AlertFeed>(this, () => this.store && alertsQuery(this.store));
  private readonly rules = new QueryController<AlertRuleFeed>(this, () =>
    this.store && this.source === 'rest' ? alertRulesQuery(this.store) : undefined,
  );
  private readonly pipelineQuery = new QueryController<Pipeline>(this, () =>
    this.store && this.pipelineId && !this.pipeline && this.source === 'rest' ? this.store.pipeline(this.pipelineId) : undefined,
  );

  protected readonly clock = new Clock(this, 1000);
  readonly #acks = new Acknowledgements(this, () => this.store);

  override connectedCallback(): void {
    this.#inheritSource();
    super.connectedCallback();
  }

  /** `pipeline-name`, else the name the API gave, else the start of the id. */
  protected override get pipelineLabel(): string {
    return this.pipelineName || (this.pipeline ?? this.pipelineQuery.state.data)?.name || super.pipelineLabel;
  }

  /** Rows of this pipeline's alerts from the current answers. */
  #rows(feed: Extract<AlertFeed, { available: true }>): AlertRow[] {
    const pipeline = this.pipeline ?? this.pipelineQuery.state.data;
    const identity = pipelineIdentity(this.pipelineId, pipeline, this.source, this.selector, this.pipelineName);
    return alertRows(feed.alerts, rulesById(this.rules.state.data), identity, this.matcher, this.locale);
  }

  protected override render(): TemplateResult | typeof nothing {
    return this.compact ? this.#renderCompact() : this.#renderFull();
  }

  #renderCompact(): TemplateResult | typeof nothing {
    const { data, error } = this.feed.state;
    if (data === undefined) {
      return error
        ? html`<span part="badge" class="badge badge--unavailable" title=${errorText(this.locale)(error)}>${alertsText(this.locale).unavailable}</span>`
        : html`<span part="badge" class="badge badge--loading" aria-busy="true"><span class="visually-hidden">${alertsText(this.locale).loading}</span></span>`;
    }
    if (!data.available) return nothing;
    return renderCounts(countFiring(this.#rows(data)), this.pipelineLabel, this.locale);
  }

  #renderFull(): TemplateResult {
    const { data, error, updatedAt } = this.feed.state;
    const now = Date.now();
    return html`<section part="base" class="frame" aria-label=${alertsText(this.locale).label(this.pipelineLabel)}>
      ${error
        ? renderFailure({
            error,
            updatedAt: data ? updatedAt : undefined,
            now,
            locale: this.locale,
            onRetry: () => void this.feed.refresh(),
            grouped: this.feed.grouped,
          })
        : nothing}
      ${this.#renderNotes()}
      ${data === undefined
        ? error ? nothing : renderLoading('alerts', this.locale)
        : data.available
          ? this.#renderAlerts(this.#rows(data), now)
          : renderEmpty(alertsText(this.locale).absent)}
    </section>`;
  }

  #renderNotes(): TemplateResult | typeof nothing {
    if (this.source === 'prometheus') {
      return html`<p part="note" class="note">${alertsText(this.locale).prometheus}</p>`;
    }
    const error = this.pipelineQuery.state.error;
    if (error?.kind === 'http' && (error.status === 404 || error.status === 410)) {
      return html`<p part="note" class="note">${alertsText(this.locale).pipelineGone}</p>`;
    }
    return nothing;
  }

  #renderAlerts(rows: AlertRow[], now: number): TemplateResult {
    const firing = rows.filter((row) => row.alert.status !== 'resolved');
    const resolved = rows.filter((row) => row.alert.status === 'resolved').slice(0, Math.max(0, this.resolvedLimit));
    const shown = [...firing, ...resolved];
    const canAcknowledge = !this.readonly && this.source === 'rest' && this.store?.source.capabilities.acknowledge === true;
    return html`<div class="top">${renderCounts(countFiring(rows), this.pipelineLabel, this.locale)}</div>
      ${shown.length === 0
        ? renderEmpty(alertsText(this.locale).none)
        : html`<ul part="list" class="list" aria-label=${alertsText(this.locale).label(this.pipelineLabel)}>
            ${shown.map((row) =>
              renderAlert({
                row,
                now,
                locale: this.locale,
                canAcknowledge,
                ack: this.#acks.get(row.alert.id),
                who: this.#acks.who || this.acknowledgedBy,
                onOpen: (id) => this.#acks.open(id, () => this.renderRoot.querySelector<HTMLInputElement>(`#who-${CSS.escape(id)}`)?.focus()),
                onSubmit: this.#acks.submit,
                onCancel: this.#acks.cancel,
              }),
            )}
          </ul>`}`;
  }

  /**
   * Inside another element's shadow root (a `<pipeline-list>` row) with no endpoint of its own,
   * reads where that element reads, so a row's badge shares the list's store.
   */
  #inheritSource(): void {
    const host = (this.getRootNode() as ShadowRoot).host;
    if (!(host instanceof PipelineElement) || this.hasAttribute('endpoint') || this.hasAttribute('source')) return;
    this.endpoint = host.endpoint;
    this.source = host.source;
    this.prometheusUrl = host.prometheusUrl;
    this.selector = host.selector;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'pipeline-alerts': PipelineAlertsElement;
  }
  interface HTMLElementEventMap {
    'pm-alert-acknowledged': CustomEvent<AlertAcknowledgedDetail>;
  }
}
