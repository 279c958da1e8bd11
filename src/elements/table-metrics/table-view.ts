/** The table's header and rows as templates; the element owns state, these only draw it. */
import { html, nothing, type TemplateResult } from 'lit';
import { classMap } from 'lit/directives/class-map.js';
import { formatInteger, formatRate, formatSeconds, MISSING, type Locale } from '../../format/index.js';
import { sortText } from '../../i18n/en/sort.js';
import { tableText } from '../../i18n/en/table.js';
import { renderIcon } from '../../theme/index.js';
import { visibleText } from '../shared/visible-text.js';
import { renderTime } from '../shared/time-view.js';
import { lagState, type LagThresholds } from './filter.js';
import type { TableRow } from './rows.js';
import { SORT_COLUMNS, type SortColumn, type SortLevel } from './sort.js';

// Numbers and times align at the end so digits line up.
const END_ALIGNED: ReadonlySet<SortColumn> = new Set(['events', 'rate', 'lag', 'lastEvent']);
/** A name longer than this is cut in the cell (the cell also clamps to two lines). */
const NAME_MAX = 300;

/** What the header needs: the sort and what to do when a column is activated. */
export interface HeaderInput {
  sort: readonly SortLevel[];
  onSort(column: SortColumn, additive: boolean): void;
  locale: Locale;
}

/** Shift+Enter / Shift+Space add a level, as Shift+click does; the button's own click covers the rest. */
function sortKeydown(column: SortColumn, onSort: HeaderInput['onSort']) {
  return (event: KeyboardEvent) => {
    if (!event.shiftKey || (event.key !== 'Enter' && event.key !== ' ')) return;
    event.preventDefault();
    onSort(column, true);
  };
}

function renderHeaderCell(column: SortColumn, { sort, onSort, locale }: HeaderInput): TemplateResult {
  const t = tableText(locale);
  const level = sort.findIndex((l) => l.column === column);
  const current = sort[level];
  // aria-sort belongs on one header only (ARIA); lower levels are described in the button's name.
  const ariaSort = level === 0 && current ? current.direction : 'none';
  const arrow = current ? (current.direction === 'ascending' ? '↑' : '↓') : '';
  return html`<div
    role="columnheader"
    part="column-header"
    class=${classMap({ cell: true, numeric: END_ALIGNED.has(column) })}
    aria-sort=${ariaSort}
  >
    <button
      type="button"
      part="sort-button"
      class="sort"
      @click=${(event: MouseEvent) => onSort(column, event.shiftKey)}
      @keydown=${sortKeydown(column, onSort)}
    >
      <span>${t.columns[column]}</span
      ><span class="sort__mark" aria-hidden="true">${arrow}${level > 0 ? html`<sup>${level + 1}</sup>` : nothing}</span
      >${level > 0 && current
        ? html`<span class="visually-hidden">${sortText(locale).level(level + 1, current.direction)}</span>`
        : nothing}
    </button>
  </div>`;
}

/** The header row: one sort button per column. */
export function renderHeader(input: HeaderInput): TemplateResult {
  return html`<div role="rowgroup" part="header" class="head">
    <div role="row" class="row row--head" aria-rowindex="1">
      ${SORT_COLUMNS.map((column) => renderHeaderCell(column, input))}
    </div>
  </div>`;
}

/** What a row needs besides its data. */
export interface RowInput {
  limits: LagThresholds;
  locale: Locale;
  now: number;
}

function missing(spoken: string): TemplateResult {
  return html`<span aria-hidden="true">${MISSING}</span><span class="visually-hidden">${spoken}</span>`;
}

/** One table; `index` is its position in the sorted, filtered list (the header is row 1). */
export function renderRow(row: TableRow, index: number, { limits, locale, now }: RowInput): TemplateResult {
  const state = lagState(row, limits);
  const name = visibleText(`${row.schema}.${row.table}`, { max: NAME_MAX });
  return html`<div
    role="row"
    part="row ${state === 'normal' ? '' : `row-${state}`}"
    class="row row--${state}"
    aria-rowindex=${index + 2}
    data-key=${row.key}
  >
    <div role="cell" part="cell" class="cell name"><bdi part="name" title=${name}>${name}</bdi></div>
    <div role="cell" part="cell" class="cell numeric">${formatInteger(row.events, locale)}</div>
    <div role="cell" part="cell" class="cell numeric">
      ${row.rate === undefined ? missing(tableText(locale).notMeasured) : formatRate(row.rate, locale)}
    </div>
    <div role="cell" part="cell" class="cell numeric">
      <span class="lag lag--${state}" part="lag"
        >${state === 'normal' ? nothing : renderIcon(state, 'lag-icon')}<span>${formatSeconds(row.lag, locale)}</span
        >${state === 'normal' ? nothing : html` <span class="lag__state">${tableText(locale).level[state]}</span>`}</span
      >
    </div>
    <div role="cell" part="cell" class="cell time">${renderTime(row.lastEventAt, now, locale)}</div>
  </div>`;
}
