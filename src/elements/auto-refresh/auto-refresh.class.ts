import { html, nothing, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { WatchController } from '../../controllers/watch-controller.js';
import { formatClockTime } from '../../format/time.js';
import type { MetricsStore, QueryHandle } from '../../store/metrics-store.js';
import { renderControlIcon } from '../../theme/control-icons.js';
import { tokens, visuallyHidden } from '../../theme/index.js';
import { refreshText } from '../../i18n/en/refresh.js';
import { PipelineElement } from '../base/pipeline-element.js';
import { autoRefreshStyles } from './auto-refresh.styles.js';
import { DEFAULT_INTERVALS, FALLBACK_INTERVAL, intervalChoices, intervalLabel } from './intervals.js';

/** Detail of `pm-interval-change`. */
export interface IntervalChangeDetail {
  /** The new poll period in milliseconds; 0 when refreshing is off or paused. */
  intervalMs: number;
  /** The period before the change. */
  previousMs: number;
}

/**
 * @summary How often the dashboard refreshes: an interval menu, pause/resume, "Refresh now",
 * a spinner while data is being fetched and the time of the last update. It sets the shared
 * store's poll interval, so every element reading that store follows it; it fetches nothing itself.
 *
 * @tag auto-refresh
 *
 * @csspart base - The row of controls.
 * @csspart label - The menu's visible label.
 * @csspart select - The interval menu (a native `<select>`).
 * @csspart toggle - The Pause/Resume button.
 * @csspart refresh - The "Refresh now" button.
 * @csspart spinner - The indicator shown while the store is fetching.
 * @csspart updated - The "Updated 12:03:04" text.
 *
 * @cssproperty [--auto-refresh-background=var(--pm-color-surface)] - The row's background.
 * @cssproperty [--auto-refresh-gap=var(--pm-space-sm)] - Space between the controls.
 *
 * @fires {CustomEvent<IntervalChangeDetail>} pm-interval-change - The user chose an interval, paused or resumed.
 */
export class AutoRefresh extends PipelineElement {
  static override styles = [tokens, visuallyHidden, autoRefreshStyles];

  /** The intervals offered, in milliseconds; 0 is "Off". Default Off, 5 s, 15 s, 30 s, 60 s. */
  @property({ attribute: false }) intervals: readonly number[] = DEFAULT_INTERVALS;

  private readonly watch = new WatchController<MetricsStore>(this, () => this.store);
  private resumeTo: number | undefined;
  private lastSettledAt: number | undefined;
  private wasFetching = false;

  protected override willUpdate(): void {
    const store = this.watch.target;
    if (!store) return;
    if (store.intervalMs > 0) this.resumeTo = store.intervalMs;
    if (this.wasFetching && !store.isFetching) this.lastSettledAt = Date.now();
    this.wasFetching = store.isFetching;
  }

  protected override render(): TemplateResult {
    const store = this.watch.target;
    const current = store?.intervalMs ?? 0;
    const fetching = store?.isFetching ?? false;
    const paused = current === 0;
    const t = refreshText(this.locale);
    return html`<div part="base" class="base">
      <label part="label" for="interval">${t.label}</label>
      <select part="select" id="interval" ?disabled=${!store} @change=${this.onSelect}>
        ${intervalChoices(this.intervals, current).map(
          (ms) => html`<option value=${ms} ?selected=${ms === current}>${intervalLabel(ms, this.locale)}</option>`,
        )}
      </select>
      <button part="toggle" type="button" ?disabled=${!store} @click=${this.onToggle}>
        ${renderControlIcon(paused ? 'play' : 'pause', 'toggle-icon')}<span
          >${paused ? t.resume : t.pause}<span class="visually-hidden">${t.what}</span></span
        >
      </button>
      <button part="refresh" type="button" ?disabled=${!store} @click=${this.onRefresh}>
        ${renderControlIcon('refresh', 'refresh-icon')}<span>${t.now}</span>
      </button>
      ${fetching
        ? html`<span part="spinner" class="spinner"
            >${renderControlIcon('progress', 'spinner-icon', 'pm-spin')}<span class="visually-hidden">${t.refreshing}</span></span
          >`
        : nothing}
      ${this.renderUpdated(store)}
    </div>`;
  }

  private renderUpdated(store: MetricsStore | undefined): TemplateResult {
    const at = store ? this.updatedAt(store) : undefined;
    const t = refreshText(this.locale);
    if (at === undefined) return html`<span part="updated" class="updated">${t.never}</span>`;
    return html`<span part="updated" class="updated"
      >${t.updated}<time datetime=${new Date(at).toISOString()}>${formatClockTime(at, this.locale)}</time></span
    >`;
  }

  /**
   * When what this element stands for last loaded: its pipeline's data when `pipeline-id` is set,
   * else the pipeline list; the end of the store's last fetch when none of those is cached.
   */
  private updatedAt(store: MetricsStore): number | undefined {
    const id = this.pipelineId;
    const handles: QueryHandle<unknown>[] = id ? [store.metrics(id), store.pipeline(id), store.history(id)] : [store.pipelines()];
    const times = handles.map((handle) => handle.state.updatedAt).filter((at): at is number => at !== undefined);
    return times.length > 0 ? Math.max(...times) : this.lastSettledAt;
  }

  private onSelect(event: Event): void {
    this.apply(Number((event.target as HTMLSelectElement).value));
  }

  private onToggle(): void {
    const store = this.watch.target;
    if (!store) return;
    if (store.intervalMs > 0) this.apply(0);
    else this.apply(this.resumeTo ?? this.intervals.find((ms) => ms > 0) ?? FALLBACK_INTERVAL);
  }

  private onRefresh(): void {
    void this.watch.target?.refresh();
  }

  private apply(intervalMs: number): void {
    const store = this.watch.target;
    if (!store) return;
    const previousMs = store.intervalMs;
    store.setInterval(intervalMs);
    if (store.intervalMs === previousMs) return;
    this.dispatchEvent(
      new CustomEvent<IntervalChangeDetail>('pm-interval-change', {
        detail: { intervalMs: store.intervalMs, previousMs },
        bubbles: true,
        composed: true,
      }),
    );
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'auto-refresh': AutoRefresh;
  }
  interface HTMLElementEventMap {
    'pm-interval-change': CustomEvent<IntervalChangeDetail>;
  }
}
