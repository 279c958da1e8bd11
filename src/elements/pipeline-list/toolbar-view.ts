/** The controls above the list, and the line shown when nothing passes them. */
import { html, type TemplateResult } from 'lit';
import { formatInteger, type Locale } from '../../format/index.js';
import type { Pipeline } from '../../schemas/index.js';
import { renderEmpty } from '../shared/query-status-view.js';
import { countByStatus, FILTER_STATUSES, filterLabel, parseStatusFilter, type StatusFilter } from './list-filter.js';

/** What the toolbar shows and changes. */
export interface ToolbarInput {
  pipelines: readonly Pipeline[];
  status: StatusFilter;
  search: string;
  shown: number;
  locale: Locale;
  onStatus(status: StatusFilter): void;
  onSearch(text: string): void;
}

/** The status menu with a count per status, the search box, and how many pipelines are shown. */
export function renderToolbar(input: ToolbarInput): TemplateResult {
  const n = (v: number) => formatInteger(v, input.locale);
  const counts = countByStatus(input.pipelines);
  // Statuses nobody has are left out, except the one selected: the menu must show what is in force.
  const offered = FILTER_STATUSES.filter((status) => counts.has(status) || status === input.status);
  const total = input.pipelines.length;
  return html`<div part="toolbar" class="toolbar">
    <label class="field">
      <span>Status</span>
      <select
        part="status-filter"
        @change=${(e: Event) => input.onStatus(parseStatusFilter((e.target as HTMLSelectElement).value))}
      >
        <option value="all" ?selected=${input.status === 'all'}>${filterLabel('all')} (${n(total)})</option>
        ${offered.map(
          (status) =>
            html`<option value=${status} ?selected=${input.status === status}>
              ${filterLabel(status)} (${n(counts.get(status) ?? 0)})
            </option>`,
        )}
      </select>
    </label>
    <label class="field field--search">
      <span>Search</span>
      <input
        part="search"
        type="search"
        placeholder="Name or id"
        autocomplete="off"
        .value=${input.search}
        @input=${(e: Event) => input.onSearch((e.target as HTMLInputElement).value)}
      />
    </label>
    <p part="summary" class="summary" role="status">
      ${input.shown === total ? `${n(total)} pipelines` : `Showing ${n(input.shown)} of ${n(total)} pipelines`}
    </p>
  </div>`;
}

/** Why no row is shown, with a way back to every pipeline. */
export function renderNoMatch(status: StatusFilter, search: string, onClear: () => void): TemplateResult {
  const text = search.trim();
  const which = status === 'all' ? '' : ` ${filterLabel(status).toLocaleLowerCase()}`;
  const why = text === '' ? `No${which} pipelines` : `No${which} pipelines match “${text}”`;
  return renderEmpty(why, html` <button type="button" part="clear" class="pm-button" @click=${onClear}>Show all pipelines</button>`);
}
