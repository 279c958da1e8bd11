import { html, LitElement, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { formatRelative, formatValue, MISSING } from '../../format/index.js';
import { cardText } from '../../i18n/en/card.js';
import { localize } from '../../i18n/localize.js';
import { renderIcon, tokens, visuallyHidden } from '../../theme/index.js';
import { optionalDate, optionalNumber } from './converters.js';
import { metricCardStyles } from './metric-card.styles.js';
import { renderSparkline } from './sparkline-view.js';
import { thresholdState, type ThresholdState } from './state.js';
import { renderTrend } from './trend-view.js';

/**
 * @summary One metric at a glance: its formatted value, threshold state, change since the
 * previous sample and a sparkline of recent samples. Presentational: it shows what it is given
 * and fires no events.
 *
 * @tag metric-card
 *
 * @slot icon - An optional icon before the label.
 *
 * @csspart base - The card (`role="group"`, named by the label).
 * @csspart header - The row holding the icon, label and state badge.
 * @csspart icon - The icon slot.
 * @csspart label - The metric's name.
 * @csspart state - The "Warning"/"Critical" badge, shown when a threshold is reached.
 * @csspart state-icon - The badge's icon.
 * @csspart value - The formatted value.
 * @csspart unit - What the value counts (`unit-label`, e.g. "events").
 * @csspart note - A figure that belongs to the metric (`note`, e.g. "p95 lag 4.2 s").
 * @csspart footer - The row holding the trend and sparkline.
 * @csspart trend - The change since the previous sample.
 * @csspart trend-icon - The trend's arrow.
 * @csspart sparkline - The sparkline `<svg>`.
 * @csspart stale - The "Stale · updated 12 sec. ago" mark.
 * @csspart stale-icon - The stale mark's clock.
 * @csspart skeleton - The placeholder shown while the first value loads.
 *
 * @cssproperty [--metric-card-background=var(--pm-color-surface)] - The card's background.
 * @cssproperty [--metric-card-border-color=var(--pm-color-border)] - The card's border colour.
 * @cssproperty [--metric-card-radius=var(--pm-radius-md)] - The card's corner radius.
 * @cssproperty [--metric-card-padding=var(--pm-space-lg)] - Space inside the card.
 * @cssproperty [--metric-card-value-font-size=var(--pm-font-size-xl)] - Size of the value.
 * @cssproperty [--metric-card-sparkline-color=var(--pm-color-accent)] - The sparkline's stroke.
 * @cssproperty [--metric-card-sparkline-height=2rem] - The sparkline's height.
 *
 * @cssstate warning - The value reached the warning threshold.
 * @cssstate critical - The value reached the critical threshold.
 * @cssstate stale - `stale-since` is set.
 * @cssstate loading - `loading` is set.
 */
export class MetricCard extends LitElement {
  static override styles = [tokens, visuallyHidden, metricCardStyles];

  /** The metric's name, shown above the value and naming the card for assistive technology. */
  @property() label = '';

  /** The current value; `undefined`, NaN and ±Infinity show as "—". */
  @property({ converter: optionalNumber }) value: number | undefined = undefined;

  /** How the value is formatted: `count`, `rate` (per second), `bytes`, `seconds`, `duration` (ms) or `none`. */
  @property() unit: 'count' | 'rate' | 'bytes' | 'seconds' | 'duration' | 'none' = 'none';

  /** What a count counts, shown after the value (e.g. `events`); rates and durations carry their own unit. */
  @property({ attribute: 'unit-label' }) unitLabel = '';

  /** A second figure of the same metric, shown inside the card under the value (e.g. "p95 lag 4.2 s"). */
  @property() note = '';

  /** The previous sample; with `value` it gives the trend. */
  @property({ converter: optionalNumber }) previous: number | undefined = undefined;

  /** Recent samples, oldest first, drawn as a sparkline; NaN marks a gap. */
  @property({ attribute: false }) history: readonly number[] = [];

  /** Whether a falling value is good news (lag, errors), which flips the trend's colour and wording. */
  @property({ type: Boolean, attribute: 'lower-is-better' }) lowerIsBetter = false;

  /** The value at which the card shows "Warning" (see `critical` for lower limits). */
  @property({ converter: optionalNumber }) warning: number | undefined = undefined;

  /** The value at which the card shows "Critical"; below `warning` it makes both limits lower bounds. */
  @property({ converter: optionalNumber }) critical: number | undefined = undefined;

  /** Whether data is being fetched: a skeleton until the first value, then the value stays visible. */
  @property({ type: Boolean }) loading = false;

  /** Since when the value has not been refreshed; shows a stale mark with its age. */
  @property({ attribute: 'stale-since', converter: optionalDate }) staleSince: Date | undefined = undefined;

  /** The current time for the stale age; when unset the card uses the clock and ticks each second itself. */
  @property({ attribute: false }) now: Date | undefined = undefined;

  /** BCP 47 locale of the words (English, German), numbers, units and times; unset means the browser's. */
  @property() locale: string | undefined = undefined;

  /** Forces the light or dark palette; `auto` follows the inherited `color-scheme`. */
  @property({ reflect: true }) theme: 'auto' | 'light' | 'dark' = 'auto';

  private readonly internals = this.attachInternals();

  constructor() {
    super();
    localize(this);
  }
  private staleTimer: ReturnType<typeof setInterval> | undefined;

  /** The value's standing against the thresholds. */
  get state(): ThresholdState {
    return thresholdState(this.value, this.warning, this.critical);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.syncStaleTimer();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.syncStaleTimer();
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (changed.has('staleSince') || changed.has('now')) this.syncStaleTimer();
    const state = this.state;
    this.setState('warning', state === 'warning');
    this.setState('critical', state === 'critical');
    this.setState('stale', this.staleSince !== undefined);
    this.setState('loading', this.loading);
  }

  protected override render(): TemplateResult {
    const state = this.state;
    const stale = this.staleSince !== undefined;
    return html`
      <div
        part="base"
        class="card card--${state}${stale ? ' card--stale' : ''}"
        role="group"
        aria-labelledby="label"
        aria-busy=${this.loading ? 'true' : 'false'}
      >
        <div part="header" class="header">
          <slot name="icon" part="icon"></slot>
          <span part="label" id="label" class="label">${this.label}</span>
          ${this.renderState(state)}
        </div>
        ${this.loading && this.value === undefined ? this.renderSkeleton() : this.renderReading()}
        ${this.staleSince === undefined ? nothing : this.renderStale(this.staleSince)}
      </div>
    `;
  }

  private renderState(state: ThresholdState): TemplateResult | typeof nothing {
    if (state === 'normal') return nothing;
    const limit = state === 'critical' ? this.critical : this.warning;
    const t = cardText(this.locale);
    return html`<span part="state" class="state state--${state}"
      >${renderIcon(state, 'state-icon')}<span>${t[state]}</span
      ><span class="visually-hidden">${t.threshold(formatValue(limit, this.unit, this.locale))}</span></span
    >`;
  }

  private renderSkeleton(): TemplateResult {
    return html`<div part="skeleton" class="skeleton">
      <span class="skeleton__block skeleton__value" aria-hidden="true"></span>
      <span class="skeleton__block skeleton__line" aria-hidden="true"></span>
      <span class="visually-hidden">${cardText(this.locale).loading}</span>
    </div>`;
  }

  private renderReading(): TemplateResult {
    const text = formatValue(this.value, this.unit, this.locale);
    return html`
      <div part="value" class="value">
        ${text === MISSING
          ? html`<span aria-hidden="true">${MISSING}</span><span class="visually-hidden">${cardText(this.locale).noData}</span>`
          : text} <span part="unit" class="unit">${text === MISSING ? '' : this.unitLabel}</span>
      </div>
      <p part="note" class="note">${this.note}</p>
      <div part="footer" class="footer">
        ${renderTrend(this)} ${renderSparkline(this.history, this.unit, this.locale)}
      </div>
    `;
  }

  private renderStale(since: Date): TemplateResult {
    const age = formatRelative(since, this.now ?? Date.now(), this.locale);
    return html`<p part="stale" class="stale">
      ${renderIcon('stale', 'stale-icon')}<span>${cardText(this.locale).staleUpdated(age)}</span>
    </p>`;
  }

  /** Ticks once a second while stale on the page's own clock, so the age text keeps moving. */
  private syncStaleTimer(): void {
    const needed = this.isConnected && this.staleSince !== undefined && this.now === undefined;
    if (needed && this.staleTimer === undefined) {
      this.staleTimer = setInterval(() => this.requestUpdate(), 1000);
    } else if (!needed && this.staleTimer !== undefined) {
      clearInterval(this.staleTimer);
      this.staleTimer = undefined;
    }
  }

  private setState(name: string, on: boolean): void {
    if (on) this.internals.states.add(name);
    else this.internals.states.delete(name);
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'metric-card': MetricCard;
  }
}
