/** The controls above the table and the line shown when nothing matches them. */
import { html, type TemplateResult } from 'lit';
import { formatInteger, type Locale } from '../../format/index.js';
import { tableText } from '../../i18n/en/table.js';
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
  const t = tableText(input.locale);
  return html`<div part="toolbar" class="toolbar">
    ${renderSearch({ part: 'filter', label: t.filterLabel, placeholder: t.filterPlaceholder, value: input.filter, onInput: input.onFilter })}
    ${renderToggle(
      'lagging-toggle',
      input.laggingOnly,
      input.onLaggingOnly,
      t.laggingOnly(n(lagging), critical > 0 ? n(critical) : undefined),
    )}
    <p part="summary" class="summary" role="status">
      ${input.shown === input.total ? t.count(n(input.total)) : t.showing(n(input.shown), n(input.total))}
    </p>
  </div>`;
}

/** Why no row is shown, with a way back to every table. */
export function renderNoMatch(filter: string, laggingOnly: boolean, onClear: () => void, locale: Locale): TemplateResult {
  const text = filter.trim();
  const t = tableText(locale);
  const why = text === '' ? t.noneLagging : t.noMatch(text, laggingOnly);
  return renderEmpty(why, html` <button type="button" class="pm-button" @click=${onClear}>${t.showAll}</button>`);
}
