/**
 * What surrounds the rows: the fleet summary, the status filter and search, the count shown, the
 * note on a sort by figures, what is wrong with the server's answer, and the line shown when nothing
 * passes the filter.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { formatInteger, formatRate, type Locale } from '../../format/index.js';
import type { PipelineStatus } from '../../schemas/index.js';
import { renderIcon } from '../../theme/index.js';
import { renderEmpty } from '../shared/query-status-view.js';
import { listText } from '../../i18n/en/list.js';
import { FILTER_STATUSES, filterLabel, parseStatusFilter, type StatusFilter } from './list-filter.js';
import { readsFigures, type ListSortLevel } from './list-sort.js';

/** What the toolbar shows and changes. */
export interface ToolbarInput {
  counts: ReadonlyMap<PipelineStatus, number>;
  total: number;
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
  const { counts, total } = input;
  // Statuses nobody has are left out, except the one selected: the menu must show what is in force.
  const offered = FILTER_STATUSES.filter((status) => counts.has(status) || status === input.status);
  const t = listText(input.locale);
  return html`<div part="toolbar" class="toolbar">
    <label class="field">
      <span>${t.status}</span>
      <select part="status-filter" @change=${(e: Event) => input.onStatus(parseStatusFilter((e.target as HTMLSelectElement).value))}>
        <option value="all" ?selected=${input.status === 'all'}>${filterLabel('all', input.locale)} (${n(total)})</option>
        ${offered.map(
          (status) =>
            html`<option value=${status} ?selected=${input.status === status}>${filterLabel(status, input.locale)} (${n(counts.get(status) ?? 0)})</option>`,
        )}
      </select>
    </label>
    <label class="field field--search">
      <span>${t.search}</span>
      <input
        part="search"
        type="search"
        placeholder=${t.searchPlaceholder}
        autocomplete="off"
        .value=${input.search}
        @input=${(e: Event) => input.onSearch((e.target as HTMLInputElement).value)}
      />
    </label>
    <p part="summary" class="summary" role="status">
      ${input.shown === total ? t.count(n(total)) : t.showing(n(input.shown), n(total))}
    </p>
  </div>`;
}

/** What the fleet summary needs. */
export interface FleetInput {
  counts: ReadonlyMap<PipelineStatus, number>;
  /** Events per second summed over the running pipelines whose metrics are loaded, and how many those are. */
  rate: { sum: number; count: number };
  running: number;
  locale: Locale;
}

/** Running, stopped and failed pipelines, and the events per second of the loaded ones. */
export function renderFleet({ counts, rate, running, locale }: FleetInput): TemplateResult {
  const n = (v: number) => formatInteger(v, locale);
  const t = listText(locale);
  const stat = (part: string, label: string, value: TemplateResult | string) =>
    html`<div part="fleet-stat ${part}" class="fleet__stat"><dt>${label}</dt> <dd>${value}</dd></div>`;
  return html`<dl part="fleet" class="fleet">
    ${stat('running', t.running, n(counts.get('running') ?? 0))} ${stat('stopped', t.stopped, n(counts.get('stopped') ?? 0))}
    ${stat('failed', t.failed, n(counts.get('error') ?? 0))}
    ${stat(
      'rate',
      t.rate,
      html`${formatRate(rate.sum, locale)}
        <span class="aside">${rate.count === running ? t.allRunning : t.runningLoaded(n(rate.count), n(running))}</span>`,
    )}
  </dl>`;
}

/**
 * Under a sort by figures: which pipelines it ranked (those whose metrics had loaded) and that the
 * others follow by name, with the button that ranks again with what is loaded now.
 */
export function renderSortNote(sort: readonly ListSortLevel[], ranked: number, total: number, locale: Locale, onResort: () => void): TemplateResult | typeof nothing {
  if (!readsFigures(sort) || total === 0) return nothing;
  const n = (v: number) => formatInteger(v, locale);
  const t = listText(locale);
  const column = t.columns[sort.find((l) => l.column !== 'name' && l.column !== 'status')?.column ?? 'events'];
  const text = ranked === total ? t.sortedAll(column) : t.sortedSome(column, n(ranked), n(total - ranked));
  return html`<p part="sort-note" class="note">
    <span>${text}</span> <button type="button" part="resort" class="pm-button" @click=${onResort}>${t.sortAgain}</button>
  </p>`;
}

/** What could not be trusted in the server's answer, as text. */
export function renderProblems(problems: readonly string[]): TemplateResult | typeof nothing {
  if (problems.length === 0) return nothing;
  return html`<div part="notice" class="notice" role="note">
    ${renderIcon('warning', 'notice-icon')}
    <span>${problems.join(' ')}</span>
  </div>`;
}

/** Why no row is shown, with a way back to every pipeline. */
export function renderNoMatch(status: StatusFilter, search: string, onClear: () => void, locale: Locale): TemplateResult {
  const t = listText(locale);
  const why = t.noMatch(status === 'all' ? undefined : filterLabel(status, locale), search.trim());
  return renderEmpty(why, html` <button type="button" part="clear" class="pm-button" @click=${onClear}>${t.showAll}</button>`);
}
