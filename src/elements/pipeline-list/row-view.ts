/** One pipeline as a row of the list: name (a link or a button), status, tables, live metrics, controls. */
import { html, nothing, type TemplateResult } from 'lit';
import { formatCount, formatInteger, formatRate, MISSING, type Locale } from '../../format/index.js';
import type { Pipeline, PipelineMetrics } from '../../schemas/index.js';
import type { QueryState } from '../../store/query.js';
import { renderIcon } from '../../theme/index.js';
import { renderRowAlerts } from '../pipeline-alerts/row-badge.js';
import { renderBadge } from '../shared/status-badge.js';
import { visibleText } from '../shared/visible-text.js';

/** Everything a row shows. */
export interface RowInput {
  pipeline: Pipeline;
  /** The live metrics of a running pipeline; undefined for the others. */
  metrics: QueryState<PipelineMetrics> | undefined;
  /** Errors counted since the previous snapshot; undefined before there are two. */
  newErrors: number | undefined;
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
  return href === undefined
    ? html`<button part="name" class="name" type="button" @click=${onOpen}>${pipeline.name}</button>`
    : html`<a part="name" class="name" href=${href} @click=${onOpen}>${pipeline.name}</a>`;
}

function renderTables(pipeline: Pipeline, locale: Locale): TemplateResult {
  const tables = pipeline.tables;
  if (tables === undefined) return missing('Not reported');
  const disabled = tables.filter((table) => !table.enabled).length;
  return html`${formatInteger(tables.length, locale)}${disabled > 0
    ? html`<span class="aside"> · ${formatInteger(disabled, locale)} off</span>`
    : nothing}`;
}

/** A metric of a running pipeline: its value, a dash while loading or unavailable, and a stale mark. */
function renderLive(
  state: QueryState<PipelineMetrics> | undefined,
  show: (metrics: PipelineMetrics) => TemplateResult,
): TemplateResult {
  if (state === undefined) return missing('Not running');
  const { data, error } = state;
  if (data === undefined && error) {
    return html`<span class="unavailable" title=${error.message}
      >${renderIcon('critical', 'unavailable-icon')}<span>Unavailable</span></span
    >`;
  }
  if (data === undefined) return html`<span class="skeleton" aria-hidden="true"></span><span class="visually-hidden">Loading</span>`;
  return html`${show(data)}${error
    ? html`<span class="stale-mark" title="Stale: ${error.message}"
        >${renderIcon('stale', 'stale-icon')}<span class="visually-hidden"> (stale)</span></span
      >`
    : nothing}`;
}

/** New errors as a critical badge, the cumulative total beside it; "None" for a pipeline that never failed. */
function renderErrors(metrics: PipelineMetrics, fresh: number | undefined, locale: Locale): TemplateResult {
  const total = metrics.error_count;
  if (total === 0) {
    return html`<span part="errors-badge" class="count count--ok">${renderIcon('ok', 'errors-icon')}<span>None</span></span>`;
  }
  if (fresh === undefined || fresh === 0) return html`<span part="errors-badge" class="count">${formatCount(total, locale)} total</span>`;
  return html`<span part="errors-badge" class="count count--critical"
      >${renderIcon('critical', 'errors-icon')}<span>+${formatCount(fresh, locale)} new</span></span
    ><span class="aside"> · ${formatCount(total, locale)} total</span>`;
}

/** The row of `input.pipeline`. */
export function renderRow(input: RowInput): TemplateResult {
  const { pipeline, metrics, locale } = input;
  const message = pipeline.status === 'error' && pipeline.error_message ? pipeline.error_message : undefined;
  return html`<li part="row" class="row" data-status=${pipeline.status} data-id=${pipeline.id}>
    <div class="identity">
      <div class="title">${renderName(input)} ${renderBadge(pipeline.status)} ${renderRowAlerts(pipeline, locale)}</div>
      ${message === undefined
        ? nothing
        : html`<p part="error-message" class="error-message">
            ${renderIcon('critical', 'error-message-icon')}<span>${visibleText(message, { max: 500 })}</span>
          </p>`}
    </div>
    <dl part="stats" class="stats">
      <div part="stat tables" class="stat">
        <dt>Tables</dt>
        <dd>${renderTables(pipeline, locale)}</dd>
      </div>
      <div part="stat events" class="stat">
        <dt>Events/s</dt>
        <dd>${renderLive(metrics, (m) => html`${formatRate(m.events_per_second, locale)}`)}</dd>
      </div>
      <div part="stat errors" class="stat">
        <dt>Errors</dt>
        <dd>${renderLive(metrics, (m) => renderErrors(m, input.newErrors, locale))}</dd>
      </div>
    </dl>
    ${input.controls}
  </li>`;
}
