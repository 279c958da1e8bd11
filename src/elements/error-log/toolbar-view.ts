/** The controls above the log: type filter with counts, search, grouping and export. */
import { html, type TemplateResult } from 'lit';
import { formatInteger, type Locale } from '../../format/index.js';
import type { PipelineErrorType } from '../../schemas/index.js';
import { errorLogText } from '../../i18n/en/error-log.js';
import { renderSearch, renderToggle } from '../shared/field-views.js';
import type { ExportFormat } from './error-export.js';
import type { TypeFilter } from './error-groups.js';

/** What the toolbar shows and changes. */
export interface LogToolbarInput {
  /** Loaded errors per type present, in display order. */
  counts: readonly (readonly [PipelineErrorType, number])[];
  total: number;
  type: TypeFilter;
  search: string;
  collapse: boolean;
  format: ExportFormat;
  /** Errors the export would contain (every match, not only those rendered). */
  exportable: number;
  locale: Locale;
  onType(type: TypeFilter): void;
  onSearch(text: string): void;
  onCollapse(on: boolean): void;
  onFormat(format: ExportFormat): void;
  onCopy(): void;
  onDownload(): void;
}

function typeButton(label: string, count: number, pressed: boolean, onPress: () => void, locale: Locale): TemplateResult {
  return html`<button type="button" part="type-filter" class="chip" aria-pressed=${pressed ? 'true' : 'false'} @click=${onPress}>
    ${label} <span class="chip__count">${formatInteger(count, locale)}</span>
  </button>`;
}

/** The type filter lists only the types present; pressing the active type again shows all. */
export function renderLogToolbar(input: LogToolbarInput): TemplateResult {
  const { counts, locale } = input;
  const none = input.exportable === 0;
  const t = errorLogText(locale);
  return html`<div part="toolbar" class="toolbar">
    <div role="group" aria-label=${t.byType} class="chips">
      ${typeButton(t.all, input.total, input.type === 'all', () => input.onType('all'), locale)}
      ${counts.map(([type, count]) =>
        typeButton(t.types[type], count, input.type === type, () => input.onType(input.type === type ? 'all' : type), locale),
      )}
    </div>
    <div class="controls">
      ${renderSearch({ part: 'search', label: t.search, placeholder: t.search, value: input.search, onInput: input.onSearch })}
      ${renderToggle('group-toggle', input.collapse, input.onCollapse, t.group)}
      <span role="group" aria-label=${t.exportLabel} class="export" part="export">
        <select
          aria-label=${t.format}
          class="pm-button"
          .value=${input.format}
          @change=${(e: Event) => input.onFormat((e.target as HTMLSelectElement).value as ExportFormat)}
        >
          <option value="csv" ?selected=${input.format === 'csv'}>CSV</option>
          <option value="json" ?selected=${input.format === 'json'}>JSON</option>
        </select>
        <button type="button" part="copy" class="pm-button" ?disabled=${none} @click=${input.onCopy}>${t.copy}</button>
        <button type="button" part="download" class="pm-button" ?disabled=${none} @click=${input.onDownload}>${t.download}</button>
      </span>
    </div>
  </div>`;
}
