/**
 * One pipeline as a row of the list, one line high whatever it holds (the list places rows by
 * arithmetic): name (a link or a button) over its error message, status, tables, live figures,
 * Start and Stop. Every server string is rendered as text, isolated and made visible (see
 * display-text.ts).
 */
import { html, nothing, type TemplateResult } from 'lit';
import { formatCount, formatInteger, formatRate, formatSeconds, MISSING, type Locale } from '../../format/index.js';
import type { Pipeline, PipelineMetrics } from '../../schemas/index.js';
import type { QueryState } from '../../store/query.js';
import { errorText } from '../../i18n/en/common.js';
import { listText } from '../../i18n/en/list.js';
import { renderIcon } from '../../theme/index.js';
import { renderRowAlerts } from '../pipeline-alerts/row-badge.js';
import { renderBadge } from '../shared/status-badge.js';
import { displayText } from './display-text.js';
import type { RowFigures } from './list-sort.js';

/** Everything a row shows. */
export interface RowInput {
  pipeline: Pipeline;
  /** Position in the filtered, sorted list, from 0 (the header is row 1 of the table). */
  index: number;
  /** The last figures loaded for the pipeline, kept while its row was away. */
  figures: RowFigures | undefined;
  /** The metrics query of a running pipeline in view; undefined for the others. */
  metrics: QueryState<PipelineMetrics> | undefined;
  /** Where the name links to; undefined makes the name a button. */
  href: string | undefined;
  locale: Locale;
  /** Start and Stop, or nothing when the list is read-only. */
  controls: TemplateResult | typeof nothing;
  onOpen(event: MouseEvent): void;
}

/** A value the row cannot show, with the reason spoken instead of the dash. */
function missing(reason: string): TemplateResult {
  return html`<span aria-hidden="true">${MISSING}</span><span class="visually-hidden">${reason}</span>`;
}

function renderName({ pipeline, href, onOpen }: RowInput): TemplateResult {
  const name = displayText(pipeline.name, 200);
  const label = html`<bdi>${name}</bdi>`;
  return href === undefined
    ? html`<button part="name" class="name" type="button" title=${name} @click=${onOpen}>${label}</button>`
    : html`<a part="name" class="name" href=${href} title=${name} @click=${onOpen}>${label}</a>`;
}

function renderTables(pipeline: Pipeline, locale: Locale): TemplateResult {
  const tables = pipeline.tables;
  const t = listText(locale);
  if (tables === undefined) return missing(t.notReported);
  const disabled = tables.filter((table) => !table.enabled).length;
  return html`${formatInteger(tables.length, locale)}${disabled > 0
    ? html`<span class="aside">${t.off(formatInteger(disabled, locale))}</span>`
    : nothing}`;
}

/** A figure of a running pipeline: its value, a dash while loading or unavailable, and a stale mark. */
function renderLive(input: RowInput, show: (figures: RowFigures) => TemplateResult): TemplateResult {
  const { pipeline, figures, metrics } = input;
  const t = listText(input.locale);
  if (pipeline.status !== 'running') return missing(t.notRunning);
  const error = metrics?.error;
  if (figures === undefined && error) {
    return html`<span class="unavailable" title=${errorText(input.locale)(error)}
      >${renderIcon('critical', 'unavailable-icon')}<span>${t.unavailable}</span></span
    >`;
  }
  if (figures === undefined) return html`<span class="skeleton" aria-hidden="true"></span><span class="visually-hidden">${t.loading}</span>`;
  return html`${show(figures)}${error
    ? html`<span class="stale-mark" title=${t.stale(errorText(input.locale)(error))}
        >${renderIcon('stale', 'stale-icon')}<span class="visually-hidden">${t.staleMark}</span></span
      >`
    : nothing}`;
}

/** New errors as a critical badge, the cumulative total beside it; "None" for a pipeline that never failed. */
function renderErrors({ newErrors, errorCount }: RowFigures, locale: Locale): TemplateResult {
  const t = listText(locale);
  if (errorCount === 0) {
    return html`<span part="errors-badge" class="count count--ok">${renderIcon('ok', 'errors-icon')}<span>${t.noErrors}</span></span>`;
  }
  if (newErrors === 0) return html`<span part="errors-badge" class="count">${t.total(formatCount(errorCount, locale))}</span>`;
  return html`<span part="errors-badge" class="count count--critical"
      >${renderIcon('critical', 'errors-icon')}<span>${t.fresh(formatCount(newErrors, locale))}</span></span
    ><span class="aside"> · ${t.total(formatCount(errorCount, locale))}</span>`;
}

/**
 * The errors cell of a pipeline in error: it polls no metrics, yet a dash would read as "no errors".
 * The failure itself, as a critical badge, with the server's message on hover.
 */
function renderFailed(message: string | undefined, locale: Locale): TemplateResult {
  return html`<span part="errors-badge" class="count count--critical" title=${message ?? nothing}
    >${renderIcon('critical', 'errors-icon')}<span>${listText(locale).errorState}</span></span
  >`;
}

/** The row of `input.pipeline`. */
export function renderRow(input: RowInput): TemplateResult {
  const { pipeline, locale } = input;
  const message = pipeline.status === 'error' && pipeline.error_message ? displayText(pipeline.error_message, 500) : undefined;
  return html`<div role="row" part="row" class="row" aria-rowindex=${input.index + 2} data-status=${pipeline.status} data-id=${pipeline.id}>
    <div role="rowheader" part="cell identity" class="cell identity">
      <span class="identity__line">${renderName(input)} ${renderRowAlerts(pipeline, locale)}</span>
      ${message === undefined
        ? nothing
        : html`<span part="error-message" class="error-message" title=${message}
            >${renderIcon('critical', 'error-message-icon')}<bdi>${message}</bdi></span
          >`}
    </div>
    <div role="cell" part="cell status" class="cell">${renderBadge(pipeline.status, locale)}</div>
    <div role="cell" part="cell tables" class="cell numeric">${renderTables(pipeline, locale)}</div>
    <div role="cell" part="cell events" class="cell numeric">${renderLive(input, (f) => html`${formatRate(f.eventsPerSecond, locale)}`)}</div>
    <div role="cell" part="cell lag" class="cell numeric">${renderLive(input, (f) => html`${formatSeconds(f.lagSeconds, locale)}`)}</div>
    <div role="cell" part="cell errors" class="cell numeric">
      ${pipeline.status === 'error' ? renderFailed(message, locale) : renderLive(input, (f) => renderErrors(f, locale))}
    </div>
    ${input.controls === nothing ? nothing : html`<div role="cell" part="cell" class="cell">${input.controls}</div>`}
  </div>`;
}
