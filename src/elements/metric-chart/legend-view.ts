import { html, type TemplateResult } from 'lit';
import { SERIES, type SeriesKey } from './series.js';

/**
 * The legend as toggle buttons (`aria-pressed`), so series are switched by keyboard and screen
 * readers hear which are shown. A hidden series is struck through and its swatch hollow: the
 * state never rests on colour alone. The swatches also carry each series' resolved colour,
 * which the canvas reads back.
 */
export function renderLegend(
  series: readonly SeriesKey[],
  hidden: ReadonlySet<SeriesKey>,
  toggle: (key: SeriesKey) => void,
): TemplateResult {
  return html`<ul part="legend" class="legend" aria-label="Series">
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
          <span class="legend__label">${SERIES[key].label}</span>
        </button>
      </li>`,
    )}
  </ul>`;
}
