import { html, type PropertyValues, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { QueryController } from '../../controllers/query-controller.js';
import { formatInteger, formatSeconds } from '../../format/index.js';
import type { MetricsHistory, Pipeline, PipelineMetrics } from '../../schemas/index.js';
import { tokens, visuallyHidden } from '../../theme/index.js';
import { PipelineElement } from '../base/pipeline-element.js';
import { Clock } from '../shared/clock.js';
import { uptimeMs } from '../shared/pipeline-lifecycle.js';
import { renderGroupedNote, renderPartial, statusStyles } from '../shared/query-status-view.js';
import { optionalNumber } from '../metric-card/converters.js';
import '../metric-card/metric-card.js';
import { renderProblem, renderSummary } from './grid-views.js';
import { pipelineMetricsGridStyles } from './pipeline-metrics-grid.styles.js';
import { RuleLimits } from '../shared/rule-limits.js';
import { gridText } from '../../i18n/en/grid.js';
import { seedFrom, type SeededField } from './history-seed.js';
import { SampleWindow } from './samples.js';
import { cardLimit, resolveThresholds, rulesInForce, type GridThresholds } from './thresholds.js';

/** What one card shows, before it becomes a `<metric-card>`. */
interface CardModel {
  name: string;
  label: string;
  unit: 'rate' | 'seconds' | 'count';
  /** What a count counts ("events"); rates and durations carry their unit. */
  unitLabel?: string;
  value: number | undefined;
  previous: number | undefined;
  history: readonly number[];
  lowerIsBetter: boolean;
  warning?: number | undefined;
  critical?: number | undefined;
}

/**
 * @summary A pipeline's health at a glance: events per second, replication lag, buffer depth
 * and new errors as cards with thresholds, trends and sparklines, over a row of cumulative
 * totals. One column on a phone, two on a tablet, one row of four when wide.
 *
 * Sparklines show the shared history range from the first render (the charts' query), and each
 * trend compares with the value one poll interval ago in that history, a change within the usual
 * jitter shown flat; before a history arrives, the snapshots received so far serve. The errors
 * card counts errors that appeared in that window (`error_count` is cumulative), with the total
 * inside it, as the lag card holds the p95. A pipeline that is not running shows "—" for its rate
 * and lag: there is no rate of a stopped pipeline, and its last lag is not a current one.
 *
 * Where an enabled alert rule compares lag or buffer depth with a threshold (`gt`, `gte`), its
 * threshold is the card's warning or critical limit (by the rule's severity) unless the embedder
 * set that limit; the card's note names the rule.
 *
 * @tag pipeline-metrics-grid
 *
 * @csspart base - The wrapper of everything below.
 * @csspart problem - The failed-refresh message with its Retry button (`role="alert"`).
 * @csspart problem-icon - The problem's icon.
 * @csspart message - The problem's text.
 * @csspart retry - The Retry button.
 * @csspart cards - The grid of the four cards.
 * @csspart partial - "Partial data", over metrics the server marked partial (Prometheus `warnings`).
 * @csspart card - Each `<metric-card>`; also `events`, `lag`, `buffer` and `errors` on the matching one.
 * @csspart summary - The row of totals (a `<dl>`).
 * @csspart summary-item - One total; also `total-events`, `iceberg-commits`, `data-written` or `uptime`.
 * @csspart summary-label - A total's name.
 * @csspart summary-value - A total's value.
 * @csspart empty - The hint shown while no pipeline is selected.
 *
 * @cssproperty [--pipeline-metrics-grid-background=var(--pm-color-surface)] - Background behind the cards.
 * @cssproperty [--pipeline-metrics-grid-gap=var(--pm-space-md)] - Space between cards and rows.
 * @cssproperty [--pipeline-metrics-grid-summary-background=var(--pm-color-surface-muted)] - Background of the totals row.
 */
export class PipelineMetricsGrid extends PipelineElement {
  static override styles = [tokens, visuallyHidden, statusStyles, pipelineMetricsGridStyles];

  /** Limits for all cards at once, e.g. `{lagWarning: 10}`; attributes set on the element win. */
  @property({ attribute: false }) thresholds: Partial<GridThresholds> = {};

  /** Replication lag, in seconds, that shows "Warning" (default 5). */
  @property({ attribute: 'lag-warning', converter: optionalNumber }) lagWarning: number | undefined = undefined;

  /** Replication lag, in seconds, that shows "Critical" (default 30). */
  @property({ attribute: 'lag-critical', converter: optionalNumber }) lagCritical: number | undefined = undefined;

  /** Buffer depth, in events, that shows "Warning" (default 5000). */
  @property({ attribute: 'buffer-warning', converter: optionalNumber }) bufferWarning: number | undefined = undefined;

  /** Buffer depth, in events, that shows "Critical" (default 8000). */
  @property({ attribute: 'buffer-critical', converter: optionalNumber }) bufferCritical: number | undefined = undefined;

  /** New errors in the window that show "Warning" (default 1: any new error). */
  @property({ attribute: 'errors-warning', converter: optionalNumber }) errorsWarning: number | undefined = undefined;

  /** New errors in the window that show "Critical" (default: never). */
  @property({ attribute: 'errors-critical', converter: optionalNumber }) errorsCritical: number | undefined = undefined;

  private readonly metrics = new QueryController<PipelineMetrics>(this, () =>
    this.store && this.pipelineId ? this.store.metrics(this.pipelineId) : undefined,
  );

  // Uptime comes from the pipeline's started_at, as in <pipeline-status>: one source, one figure.
  private readonly pipeline = new QueryController<Pipeline>(this, () =>
    this.store && this.pipelineId ? this.store.pipeline(this.pipelineId) : undefined,
  );

  // The alerting rules' limits, one query per store; a server without alerting has none.
  private readonly ruleLimits = new RuleLimits(this);

  /** Moves the uptime each second while the pipeline runs. */
  protected readonly ticker = new Clock(this, 1000, () => uptimeMs(this.pipeline.state.data, Date.now()) !== undefined);

  // The shared range's history, as the charts read it: one request for all of them.
  private readonly history = new QueryController<MetricsHistory>(this, () =>
    this.store && this.pipelineId ? this.store.history(this.pipelineId) : undefined,
  );

  private readonly samples = new SampleWindow();

  /** The limits in force after attributes, the `thresholds` property and defaults are combined. */
  get effectiveThresholds(): GridThresholds {
    return resolveThresholds(this.#attributeLimits(), this.thresholds, this.ruleLimits.current.limits);
  }

  #attributeLimits(): Partial<GridThresholds> {
    const { lagWarning, lagCritical, bufferWarning, bufferCritical, errorsWarning, errorsCritical } = this;
    return { lagWarning, lagCritical, bufferWarning, bufferCritical, errorsWarning, errorsCritical };
  }

  /** The rules behind the limits in force on card `name` (those the embedder did not set). */
  #rulesOf(name: string): string[] {
    const limits = { lag: ['lagWarning', 'lagCritical'], buffer: ['bufferWarning', 'bufferCritical'] }[name] as (keyof GridThresholds)[] | undefined;
    const rules = rulesInForce(this.#attributeLimits(), this.thresholds, this.ruleLimits.current);
    return (limits ?? []).flatMap((limit) => (rules[limit] === undefined ? [] : [rules[limit]]));
  }

  // Not willUpdate: the query controller follows a new pipeline-id only after it, and the old
  // pipeline's snapshot must not seed the new one's trend.
  protected override update(changed: PropertyValues<this>): void {
    if (this.store) this.samples.record(`${this.store.source.key}\u0000${this.pipelineId}`, this.metrics.state.data);
    super.update(changed);
  }

  protected override render(): TemplateResult {
    if (!this.pipelineId) return html`<p part="empty" class="empty">${gridText(this.locale).noPipeline}</p>`;
    const { data, error, status, isFetching } = this.metrics.state;
    const loading = isFetching || status === 'pending';
    const retry = () => void this.metrics.refresh();
    const problem = (kept: boolean) =>
      this.metrics.grouped
        ? renderGroupedNote(kept ? this.metrics.state.updatedAt : undefined, Date.now(), this.locale)
        : renderProblem(error!, kept, retry, this.locale);
    if (data === undefined && error) {
      return html`<div part="base" class="base">${problem(false)}</div>`;
    }
    return html`<div part="base" class="base" aria-busy=${loading && data === undefined ? 'true' : 'false'}>
      ${error ? problem(true) : renderPartial(data?.partial, gridText(this.locale).partial)}
      <div part="cards" class="cards">${this.cards(data).map((card) => this.renderCard(card, data, loading))}</div>
      ${renderSummary(data, uptimeMs(this.pipeline.state.data, Date.now()), loading, this.locale)}
    </div>`;
  }

  private cards(data: PipelineMetrics | undefined): CardModel[] {
    const limits = this.effectiveThresholds;
    const history = this.history.state.data;
    const stopped = data !== undefined && data.status !== 'running';
    const field = (name: SeededField, whileStopped = true) => {
      if (stopped && !whileStopped) return { value: undefined, previous: undefined, history: [] };
      const seed = history && seedFrom(history, name, data, this.metrics.state.updatedAt, this.store?.intervalMs ?? 0);
      // A change within the usual jitter is no change: the card shows it flat.
      const value = data?.[name];
      const jitter = seed && value !== undefined && seed.previous !== undefined && Math.abs(value - seed.previous) <= seed.noise;
      if (seed) return { value, previous: jitter ? value : seed.previous, history: seed.series };
      return { value: data?.[name], previous: this.samples.previous(name), history: this.samples.series(name) };
    };
    const t = gridText(this.locale);
    return [
      { name: 'events', label: t.events, unit: 'rate', lowerIsBetter: false, ...field('events_per_second', false) },
      {
        name: 'lag', label: t.lag, unit: 'seconds', lowerIsBetter: true, ...field('lag_seconds', false),
        warning: cardLimit(limits.lagWarning), critical: cardLimit(limits.lagCritical),
      },
      {
        name: 'buffer', label: t.buffer, unit: 'count', unitLabel: t.bufferUnit, lowerIsBetter: true, ...field('buffer_depth'),
        warning: cardLimit(limits.bufferWarning), critical: cardLimit(limits.bufferCritical),
      },
      {
        name: 'errors', label: t.errors, unit: 'count', lowerIsBetter: true,
        value: data === undefined ? undefined : this.samples.newErrors(),
        previous: this.samples.previousNewErrors(),
        history: this.samples.errorsPerSample(),
        warning: cardLimit(limits.errorsWarning), critical: cardLimit(limits.errorsCritical),
      },
    ];
  }

  private renderCard(card: CardModel, data: PipelineMetrics | undefined, loading: boolean): TemplateResult {
    const { updatedAt, isStale } = this.metrics.state;
    return html`<div class="cell">
      <metric-card
        part="card ${card.name}"
        label=${card.label}
        unit=${card.unit}
        unit-label=${card.unitLabel ?? ''}
        note=${[this.noteText(card.name, data), this.#ruleText(card.name)].filter(Boolean).join(' · ')}
        .value=${card.value}
        .previous=${card.previous}
        .history=${card.history}
        ?lower-is-better=${card.lowerIsBetter}
        .warning=${card.warning}
        .critical=${card.critical}
        ?loading=${loading}
        .staleSince=${isStale && updatedAt !== undefined ? new Date(updatedAt) : undefined}
        .locale=${this.locale}
      ></metric-card>
    </div>`;
  }

  /** Inside the card's note, beside its figure: which alert rules set its limits. */
  #ruleText(name: string): string {
    const rules = this.#rulesOf(name);
    if (rules.length === 0) return '';
    return gridText(this.locale).rules(rules);
  }

  /** The second figure inside a card: the lag's p95, the errors' total. */
  private noteText(name: string, data: PipelineMetrics | undefined): string {
    if (data === undefined) return '';
    // Upstream often sends 0 for p95 when it does not compute it; 0 would read as "no lag".
    if (name === 'lag' && data.status === 'running' && data.lag_p95_seconds > 0) return gridText(this.locale).p95(formatSeconds(data.lag_p95_seconds, this.locale));
    if (name === 'errors') return gridText(this.locale).total(formatInteger(data.error_count, this.locale));
    return '';
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'pipeline-metrics-grid': PipelineMetricsGrid;
  }
}
