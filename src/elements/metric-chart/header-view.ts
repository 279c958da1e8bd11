import { html, nothing, type TemplateResult } from 'lit';
import { chartText } from '../../i18n/en/chart.js';
import { renderLegend } from './legend-view.js';
import type { ThresholdLine } from './chart-thresholds.js';
import type { SeriesKey } from './series.js';

/** What the header shows and where its buttons report to. */
export interface HeaderInput {
  label: string;
  series: readonly SeriesKey[];
  hidden: ReadonlySet<SeriesKey>;
  /** Levels drawn on the plot, listed after the series. */
  thresholds: readonly ThresholdLine[];
  /** Whether the legend picks one series at a time. */
  single: boolean;
  zoomed: boolean;
  /** Whether there is data a table could show. */
  hasData: boolean;
  tableOpen: boolean;
  toggleSeries(key: SeriesKey): void;
  resetZoom(): void;
  toggleTable(): void;
  locale: string | undefined;
}

/** The label, the legend (series and levels), and the "Reset zoom" and "Show as table" buttons. */
export function renderHeader(input: HeaderInput): TemplateResult {
  const open = input.tableOpen && input.hasData;
  const t = chartText(input.locale);
  return html`<div part="header" class="header">
    <span part="label" id="label" class="label">${input.label}</span>
    ${renderLegend(input.series, input.hidden, input.toggleSeries, input.thresholds, input.single, input.locale)}
    <div class="actions">
      ${input.zoomed
        ? html`<button type="button" part="reset-zoom" class="button" @click=${input.resetZoom}>${t.resetZoom}</button>`
        : nothing}
      <button
        type="button"
        part="table-toggle"
        class="button"
        ?disabled=${!input.hasData}
        aria-expanded=${open ? 'true' : 'false'}
        aria-controls=${open ? 'table' : nothing}
        @click=${input.toggleTable}
      >
        ${open ? t.hideTable : t.showTable}
      </button>
    </div>
  </div>`;
}
