/** The fallback for sources without an error log (Prometheus): how many errors, by type if known. */
import { html, nothing, type TemplateResult } from 'lit';
import { formatInteger, type Locale } from '../../format/index.js';
import type { ErrorCountsByType } from '../../sources/source.js';
import { ERROR_TYPES } from './error-groups.js';
import { TYPE_LABELS } from './entry-view.js';

const NO_LOG = 'This data source keeps no error log; it only counts errors.';

/** Counts by type, as a small table; types with no error are listed with 0. */
export function renderCountsByType(counts: ErrorCountsByType, locale: Locale): TemplateResult {
  return html`<div part="counts" class="counts">
    <p class="counts__note">${NO_LOG}</p>
    <table class="counts__table">
      <caption class="visually-hidden">Errors by type</caption>
      <thead>
        <tr><th scope="col">Type</th><th scope="col" class="num">Errors</th></tr>
      </thead>
      <tbody>
        ${ERROR_TYPES.map(
          (type) => html`<tr>
            <th scope="row"><span class="badge badge--${type}">${TYPE_LABELS[type]}</span></th>
            <td class="num">${formatInteger(counts.byType[type] ?? 0, locale)}</td>
          </tr>`,
        )}
      </tbody>
      <tfoot>
        <tr><th scope="row">Total</th><td class="num">${formatInteger(counts.total, locale)}</td></tr>
      </tfoot>
    </table>
  </div>`;
}

/** Only a total (the metrics' `error_count`), when the source cannot count by type either. */
export function renderTotalOnly(total: number | undefined, locale: Locale): TemplateResult {
  return html`<div part="counts" class="counts">
    <p class="counts__note">${NO_LOG}</p>
    ${total === undefined
      ? nothing
      : html`<p class="counts__total">
          <strong>${formatInteger(total, locale)}</strong> ${total === 1 ? 'error' : 'errors'} in total (by type: not available)
        </p>`}
  </div>`;
}
