/** The controls above the table and the line shown when nothing matches them. */
import { html, nothing, type TemplateResult } from 'lit';
import { formatInteger, type Locale } from '../../format/index.js';
import { renderSearch, renderToggle } from '../shared/field-views.js';
import { renderEmpty } from '../shared/query-status-view.js';
import type { LaggingCounts } from './table-model.js';

/** What the toolbar shows and changes. */
export interface ToolbarInput {
  filter: string;
  laggingOnly: boolean;
  lagging: LaggingCounts;
  shown: number;
  total: number;
  locale: Locale;
  onFilter(text: string): void;
  onLaggingOnly(on: boolean): void;
}

/** Filter input, "lagging only" toggle with its count, and how many tables are shown. */
export function renderToolbar(input: ToolbarInput): TemplateResult {
  const n = (v: number) => formatInteger(v, input.locale);
  const { lagging, critical } = input.lagging;
  return html`<div part="toolbar" class="toolbar">
    ${renderSearch({ part: 'filter', label: 'Filter tables by name', placeholder: 'Filter tables', value: input.filter, onInput: input.onFilter })}
    ${renderToggle(
      'lagging-toggle',
      input.laggingOnly,
      input.onLaggingOnly,
      html`Lagging only (${n(lagging)}${critical > 0 ? `, ${n(critical)} critical` : nothing})`,
    )}
    <p part="summary" class="summary" role="status">
      ${input.shown === input.total ? `${n(input.total)} tables` : `Showing ${n(input.shown)} of ${n(input.total)} tables`}
    </p>
  </div>`;
}

/** Why no row is shown, with a way back to every table. */
export function renderNoMatch(filter: string, laggingOnly: boolean, onClear: () => void): TemplateResult {
  const text = filter.trim();
  const why = text === '' ? 'No table is lagging' : `No tables match “${text}”${laggingOnly ? ' and are lagging' : ''}`;
  return renderEmpty(why, html` <button type="button" class="pm-button" @click=${onClear}>Show all tables</button>`);
}
