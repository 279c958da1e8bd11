import { html, nothing, type TemplateResult } from 'lit';
import type { ThresholdLine } from './chart-thresholds.js';
import { chartText } from '../../i18n/en/chart.js';
import type { SeriesKey } from './series.js';

/**
 * The legend as toggle buttons (`aria-pressed`), so series are switched by keyboard and screen
 * readers hear which are shown. A hidden series is struck through and its swatch hollow: the
 * state never rests on colour alone. The swatches also carry each series' resolved colour,
 * which the canvas reads back. With `single`, the buttons pick the one series shown (a chart of
 * more than two series would need an axis each). Threshold levels follow, as plain entries.
 */
export function renderLegend(
  series: readonly SeriesKey[],
  hidden: ReadonlySet<SeriesKey>,
  toggle: (key: SeriesKey) => void,
  thresholds: readonly ThresholdLine[] = [],
  single = false,
  locale?: string,
): TemplateResult {
  const t = chartText(locale);
  return html`<ul part="legend" class="legend" aria-label=${single ? t.legendSingle : t.legend}>
    ${series.map(
      (key) => html`<li class="legend__entry">
        <button
          type="button"
          part="legend-item"
          class="legend__item series--${key}"
          aria-pressed=${hidden.has(key) ? 'false' : 'true'}
          @click=${() => toggle(key)}
        >
          <span class="swatch" data-series=${key} aria-hidden="true"></span>
          <span class="legend__label">${t.series[key]}</span>
        </button>
      </li>`,
    )}
    ${thresholds.map(
      // The rule's name is read out and shown on hover, not drawn: it arrives after the history,
      // and a longer legend would move the plot.
      (line) => html`<li part="legend-threshold" class="legend__entry legend__threshold" data-level=${line.level}
        title=${line.rule === undefined ? nothing : t.ruleTitle(line.rule)}>
        <span class="threshold-swatch threshold-swatch--${line.level}" aria-hidden="true"></span>
        <span class="legend__label">${line.label}</span>${line.rule === undefined ? nothing : html`<span class="visually-hidden">${t.ruleSpoken(line.rule)}</span>`}
      </li>`,
    )}
  </ul>`;
}
