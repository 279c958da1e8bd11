/** The list's header row: a sort button per sortable column, as `<table-metrics>` has. */
import { html, nothing, type TemplateResult } from 'lit';
import { classMap } from 'lit/directives/class-map.js';
import type { Locale } from '../../format/index.js';
import { sortText } from '../../i18n/en/sort.js';
import { listText } from '../../i18n/en/list.js';
import type { ListSortColumn, ListSortLevel } from './list-sort.js';


/** What the header needs. */
export interface HeaderInput {
  sort: readonly ListSortLevel[];
  /** Whether the Actions column is there. */
  actions: boolean;
  onSort(column: ListSortColumn, additive: boolean): void;
  locale: Locale;
}

const NUMERIC = new Set(['tables', 'events', 'lag', 'errors']);

function cell(column: ListSortColumn | 'tables' | 'actions', content: TemplateResult | string, ariaSort = 'none'): TemplateResult {
  return html`<div
    role="columnheader"
    part="column-header"
    class=${classMap({ cell: true, numeric: NUMERIC.has(column) })}
    aria-sort=${ariaSort}
  >
    ${content}
  </div>`;
}

function sortCell(column: ListSortColumn, { sort, onSort, locale }: HeaderInput): TemplateResult {
  const level = sort.findIndex((l) => l.column === column);
  const current = sort[level];
  // aria-sort belongs on one header only (ARIA); lower levels are described in the button's name.
  const ariaSort = level === 0 && current ? current.direction : 'none';
  const arrow = current ? (current.direction === 'ascending' ? '↑' : '↓') : '';
  const keydown = (event: KeyboardEvent) => {
    if (!event.shiftKey || (event.key !== 'Enter' && event.key !== ' ')) return;
    event.preventDefault();
    onSort(column, true);
  };
  return cell(
    column,
    html`<button type="button" part="sort-button" class="sort" @click=${(e: MouseEvent) => onSort(column, e.shiftKey)} @keydown=${keydown}>
      <span>${listText(locale).columns[column]}</span
      ><span class="sort__mark" aria-hidden="true">${arrow}${level > 0 ? html`<sup>${level + 1}</sup>` : nothing}</span
      >${level > 0 && current ? html`<span class="visually-hidden">${sortText(locale).level(level + 1, current.direction)}</span>` : nothing}
    </button>`,
    ariaSort,
  );
}

/** The header row group. */
export function renderHeader(input: HeaderInput): TemplateResult {
  const columns = listText(input.locale).columns;
  return html`<div role="rowgroup" part="header" class="head">
    <div role="row" class="row row--head" aria-rowindex="1">
      ${sortCell('name', input)} ${sortCell('status', input)} ${cell('tables', columns.tables)} ${sortCell('events', input)}
      ${sortCell('lag', input)} ${sortCell('errors', input)}
      ${input.actions ? cell('actions', html`<span class="visually-hidden">${columns.actions}</span>`) : nothing}
    </div>
  </div>`;
}
