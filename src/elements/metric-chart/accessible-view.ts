/**
 * What the canvas says, for people who cannot see it: a summary per series (lowest, highest,
 * latest) that the canvas points to with `aria-describedby`, and the data as a table on demand.
 */
import { html, type TemplateResult } from 'lit';
import { formatValue } from '../../format/index.js';
import { chartText } from '../../i18n/en/chart.js';
import type { TimeWindow } from './chart-view.js';
import { seriesStats, type ChartColumns, type SeriesStats } from './columns.js';
import { formatTime } from './date-adapter.js';
import { decimateShared } from './decimate.js';
import { SERIES, type SeriesKey } from './series.js';

/** What the summary and table show. */
export interface AccessibleData {
  columns: ChartColumns;
  /** The visible series, in legend order. */
  series: readonly SeriesKey[];
  window: TimeWindow;
  locale: string | undefined;
  timeZone: string | undefined;
}

/** At most this many intervals in the table; each keeps the lowest and highest sample per series. */
export const TABLE_INTERVALS = 60;

type Stats = SeriesStats | undefined;

function sentence(key: SeriesKey, stats: Stats, locale: string | undefined): string {
  const { unit } = SERIES[key];
  const t = chartText(locale);
  const label = t.series[key];
  if (stats === undefined) return t.noData(label);
  const f = (v: number) => formatValue(v, unit, locale);
  return t.summary(label, f(stats.min), f(stats.max), f(stats.latest));
}

/** One sentence per visible series: "Lag: lowest 1 s, highest 4 s, latest 2 s." */
export function summaryLines({ columns, series, window, locale }: AccessibleData): string[] {
  return series.map((key) => sentence(key, seriesStats(columns.x, columns.y[key], window.min, window.max), locale));
}

/**
 * {@link summaryLines} without rescanning the window on every render: a new history, range,
 * series list or locale recomputes them; live rows appended since are folded in one by one
 * (samples sliding out of a relative window count until the next history arrives).
 */
export class SummaryMemo {
  #columns: ChartColumns | undefined;
  #identity = '';
  #rows = 0;
  #stats = new Map<SeriesKey, Stats>();
  #lines: string[] = [];

  /** The summary of `data`; `range` is the key of the range the window belongs to. */
  lines(data: AccessibleData, range: string): string[] {
    const { columns, series, window, locale } = data;
    const identity = `${range}|${series.join()}|${locale ?? ''}`;
    const rows = columns.x.length;
    if (columns !== this.#columns || identity !== this.#identity || rows < this.#rows) {
      // Totals gathered while filling the columns do when the window holds all of them and nothing was appended.
      const { totals, x } = columns;
      const whole = totals.rows === rows && (rows === 0 || (window.min <= (x[0] as number) && window.max >= (x[rows - 1] as number)));
      for (const key of series) {
        this.#stats.set(key, whole ? totals.stats[key] : seriesStats(x, columns.y[key], window.min, window.max));
      }
    } else if (rows > this.#rows) {
      for (const key of series) this.#stats.set(key, fold(this.#stats.get(key), columns.y[key], this.#rows, rows));
    } else {
      return this.#lines;
    }
    this.#columns = columns;
    this.#identity = identity;
    this.#rows = rows;
    this.#lines = series.map((key) => sentence(key, this.#stats.get(key), locale));
    return this.#lines;
  }
}

/** `stats` with the finite values of `ys` from row `from` to `to` (exclusive) added, as a new object. */
function fold(stats: Stats, ys: readonly number[], from: number, to: number): Stats {
  let next = stats;
  for (let row = from; row < to; row++) {
    const v = ys[row] as number;
    if (!Number.isFinite(v)) continue;
    next = next ? { min: Math.min(next.min, v), max: Math.max(next.max, v), latest: v } : { min: v, max: v, latest: v };
  }
  return next;
}

/**
 * The rows of the table: real samples inside the window, at most the lowest and highest of each
 * series per interval, so spikes survive; gap markers are left out.
 */
export function tableRows({ columns, series, window }: AccessibleData): number[] {
  const values = series.map((key) => columns.y[key]);
  return decimateShared(columns.x, values, TABLE_INTERVALS, window.min, window.max).filter((row) => {
    const t = columns.x[row] as number;
    return t >= window.min && t <= window.max && values.some((ys) => Number.isFinite(ys[row]));
  });
}

/** The data as a table in a scrollable, keyboard-focusable region. */
export function renderTable(data: AccessibleData, caption: string): TemplateResult {
  const { columns, series, locale, timeZone } = data;
  const rows = tableRows(data);
  const t = chartText(locale);
  return html`<div part="table-region" class="table-region" id="table" role="region" aria-label=${caption} tabindex="0">
    <table part="table" class="table">
      <caption>${t.caption(caption, rows.length)}</caption>
      <thead>
        <tr>
          <th scope="col">${t.time}</th>
          ${series.map((key) => html`<th scope="col">${t.series[key]}</th>`)}
        </tr>
      </thead>
      <tbody>
        ${rows.map(
          (row) => html`<tr>
            <th scope="row">${formatTime(columns.x[row] as number, 'datetime', locale, timeZone)}</th>
            ${series.map((key) => html`<td>${formatValue(columns.y[key][row], SERIES[key].unit, locale)}</td>`)}
          </tr>`,
        )}
      </tbody>
    </table>
  </div>`;
}
