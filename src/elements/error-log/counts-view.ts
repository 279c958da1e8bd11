/** The fallback for sources without an error log (Prometheus): how many errors, by type if known. */
import { html, nothing, type TemplateResult } from 'lit';
import { formatInteger, type Locale } from '../../format/index.js';
import { errorLogText } from '../../i18n/en/error-log.js';
import type { ErrorCountsByType } from '../../sources/source.js';
import { ERROR_TYPES } from './error-groups.js';

/** Counts by type, as a small table; types with no error are listed with 0. */
export function renderCountsByType(counts: ErrorCountsByType, locale: Locale): TemplateResult {
  const t = errorLogText(locale);
  return html`<div part="counts" class="counts">
    <p class="counts__note">${t.noLog}</p>
    <table class="counts__table">
      <caption class="visually-hidden">${t.countsCaption}</caption>
      <thead>
        <tr><th scope="col">${t.type}</th><th scope="col" class="num">${t.errors}</th></tr>
      </thead>
      <tbody>
        ${ERROR_TYPES.map(
          (type) => html`<tr>
            <th scope="row"><span class="badge badge--${type}">${t.types[type]}</span></th>
            <td class="num">${formatInteger(counts.byType[type] ?? 0, locale)}</td>
          </tr>`,
        )}
      </tbody>
      <tfoot>
        <tr><th scope="row">${t.total}</th><td class="num">${formatInteger(counts.total, locale)}</td></tr>
      </tfoot>
    </table>
  </div>`;
}

/** Only a total (the metrics' `error_count`), when the source cannot count by type either. */
export function renderTotalOnly(total: number | undefined, locale: Locale): TemplateResult {
  const t = errorLogText(locale);
  return html`<div part="counts" class="counts">
    <p class="counts__note">${t.noLog}</p>
    ${total === undefined
      ? nothing
      : html`<p class="counts__total">
          <strong>${formatInteger(total, locale)}</strong> ${t.totalOnly(total)}
        </p>`}
  </div>`;
}
