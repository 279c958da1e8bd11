import { html, nothing, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { HistoryRange } from '../../sources/source.js';
import { parseDurationMs, rangeKey } from '../../store/range.js';
import { tokens, visuallyHidden } from '../../theme/index.js';
import { PipelineElement } from '../base/pipeline-element.js';
import { checkCustomRange, draftFor } from './custom-range.js';
import { DEFAULT_PRESETS, parsePresets } from './presets.js';
import { changeRange } from './range-change.js';
import { rangeText } from '../../i18n/en/range.js';
import { describeRange, formatSpan } from './range-text.js';
import { SharedRangeController } from './shared-range.js';
import { timeRangeSelectorStyles } from './time-range-selector.styles.js';
import { rangeFromUrl, writeRangeToPage } from './url-sync.js';

/**
 * @summary Picks the history range every chart of a pipeline shows: presets (last 15 min … 7 days)
 * or a custom start and end. Writes the store's shared range, so all elements on the same store
 * follow, and optionally keeps it in the page URL.
 *
 * @tag time-range-selector
 *
 * @csspart base - The group of controls (`role="group"`, "Time range").
 * @csspart presets - The row of preset buttons.
 * @csspart preset - One preset button (`aria-pressed` while its range is in force).
 * @csspart custom-toggle - The "Custom" button that opens the start/end form.
 * @csspart custom - The start/end form.
 * @csspart from - The start input (`datetime-local`, the viewer's time).
 * @csspart to - The end input.
 * @csspart apply - The button that applies the custom range.
 * @csspart error - Why the custom range was refused.
 * @csspart current - The range in force, in words.
 *
 * @cssproperty [--time-range-selector-gap=var(--pm-space-xs)] - Space between the buttons.
 *
 * @fires pm-range-change - {pipelineId, range}: the user picked a preset or applied a custom range.
 */
export class TimeRangeSelector extends PipelineElement {
  static override styles = [tokens, visuallyHidden, timeRangeSelectorStyles];

  /** The preset ranges, as space- or comma-separated durations up to 7 days (`15m 1h 6h 24h 7d`). */
  @property({ converter: { fromAttribute: parsePresets, toAttribute: (presets: readonly string[]) => presets.join(' ') } })
  presets: readonly string[] = DEFAULT_PRESETS;

  /** Keep the range in the page URL (`?range=6h`, `?from=…&to=…`) and start from it; one per page. */
  @property({ type: Boolean, attribute: 'sync-url' }) syncUrl = false;

  @state() private customOpen = false;
  @state() private draft = { from: '', to: '' };
  @state() private problem: { field: 'from' | 'to'; message: string } | undefined;

  private readonly shared = new SharedRangeController(this, () => ({ store: this.store, pipelineId: this.pipelineId }));
  /** The range last read from or written to the URL; undefined until the URL has been read. */
  private urlRange: string | undefined;

  protected override willUpdate(): void {
    const store = this.store;
    if (!this.syncUrl || !store || !this.pipelineId) return;
    if (this.urlRange === undefined) {
      // The URL wins once, on arrival; afterwards the element writes the range there.
      const fromUrl = rangeFromUrl(new URL(location.href));
      if (fromUrl) store.setRange(this.pipelineId, fromUrl);
    }
  }

  protected override updated(): void {
    if (!this.syncUrl || !this.store || !this.pipelineId) return;
    const key = rangeKey(this.shared.range);
    if (this.urlRange !== undefined && key !== this.urlRange) writeRangeToPage(this.shared.range);
    this.urlRange = key;
  }

  protected override render(): TemplateResult {
    const range = this.shared.range;
    const active = 'range' in range ? range.range : undefined;
    const t = rangeText(this.locale);
    return html`<div part="base" class="selector" role="group" aria-label=${t.label}>
      <div part="presets" class="presets">
        ${this.presets.map((preset) => this.renderPreset(preset, preset === active))}
        <button type="button" part="custom-toggle" class="button" aria-expanded=${this.customOpen ? 'true' : 'false'}
          aria-controls=${this.customOpen ? 'custom' : nothing} @click=${this.toggleCustom}>${t.custom}</button>
      </div>
      ${this.customOpen ? this.renderCustom() : nothing}
      <p part="current" class="current" aria-live="polite">${t.showing(describeRange(range, this.locale))}</p>
    </div>`;
  }

  private renderPreset(preset: string, pressed: boolean): TemplateResult {
    return html`<button type="button" part="preset" class="button" aria-pressed=${pressed ? 'true' : 'false'}
      @click=${() => this.apply({ range: preset })}>${formatSpan(preset, 'narrow', this.locale)}<span class="visually-hidden"
        >${rangeText(this.locale).presetLong(formatSpan(preset, 'long', this.locale))}</span></button>`;
  }

  private renderCustom(): TemplateResult {
    const invalid = (field: 'from' | 'to') => (this.problem?.field === field ? 'true' : 'false');
    const described = (field: 'from' | 'to') => (this.problem?.field === field ? 'custom-error' : nothing);
    const t = rangeText(this.locale);
    return html`<form part="custom" id="custom" class="custom" novalidate @submit=${this.submit} @keydown=${this.escape}>
      <label class="field">${t.from}
        <input part="from" name="from" type="datetime-local" .value=${this.draft.from} aria-invalid=${invalid('from')}
          aria-describedby=${described('from')} @input=${this.edit} />
      </label>
      <label class="field">${t.to}
        <input part="to" name="to" type="datetime-local" .value=${this.draft.to} aria-invalid=${invalid('to')}
          aria-describedby=${described('to')} @input=${this.edit} />
      </label>
      <button type="submit" part="apply" class="button">${t.apply}</button>
      <p part="error" id="custom-error" class="error" role="alert">${this.problem?.message ?? ''}</p>
    </form>`;
  }

  private apply(range: HistoryRange): void {
    if (this.store && this.pipelineId) changeRange(this, this.store, this.pipelineId, range);
  }

  private readonly toggleCustom = (): void => {
    this.customOpen = !this.customOpen;
    this.problem = undefined;
    if (this.customOpen) {
      const range = this.shared.range;
      const span = 'range' in range ? (parseDurationMs(range.range) ?? 3_600_000) : 0;
      this.draft = draftFor(range, span, Date.now());
    }
  };

  private readonly edit = (event: Event): void => {
    const input = event.target as HTMLInputElement;
    this.draft = { ...this.draft, [input.name]: input.value };
  };

  private readonly submit = (event: SubmitEvent): void => {
    event.preventDefault();
    const result = checkCustomRange(this.draft.from, this.draft.to, this.locale);
    if (!result.ok) {
      this.problem = { field: result.field, message: result.message };
      this.renderRoot.querySelector<HTMLInputElement>(`input[name="${result.field}"]`)?.focus();
      return;
    }
    this.problem = undefined;
    this.customOpen = false;
    this.apply(result.range);
  };

  private readonly escape = (event: KeyboardEvent): void => {
    if (event.key !== 'Escape') return;
    this.customOpen = false;
    this.problem = undefined;
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('[part~="custom-toggle"]')?.focus());
  };
}

declare global {
  interface HTMLElementTagNameMap {
    'time-range-selector': TimeRangeSelector;
  }
}
