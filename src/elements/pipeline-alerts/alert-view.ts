/** One alert as a list item: severity, rule, summary, value, since when, who acknowledged, Acknowledge. */
import { html, nothing, type TemplateResult } from 'lit';
import type { Locale } from '../../format/index.js';
import { alertsText } from '../../i18n/en/alerts.js';
import { renderTime } from '../shared/time-view.js';
import { visibleText } from '../shared/visible-text.js';
import type { AlertRow } from './alert-rows.js';
import { renderAckForm, type AckState } from './acknowledge-view.js';
import { renderSeverity } from './severity-view.js';

/** Everything an alert item shows and does. */
export interface AlertItemInput {
  row: AlertRow;
  now: number;
  locale: Locale;
  /** Whether the source accepts acknowledgements. */
  canAcknowledge: boolean;
  /** The acknowledgement of this alert in this element, if one was started. */
  ack: AckState | undefined;
  who: string;
  onOpen(id: string): void;
  onSubmit(id: string, who: string, comment: string): void;
  onCancel(id: string): void;
}


const short = (text: string) => visibleText(text, { max: 300 });

function renderAcknowledged(row: AlertRow, now: number, locale: Locale): TemplateResult {
  const { acknowledged_by: by, acknowledged_at: at } = row.alert;
  const t = alertsText(locale);
  if (by === undefined && at === undefined) return html`<dd>${t.notAcknowledged}</dd>`;
  return html`<dd part="acknowledged">
    ${by === undefined ? t.someone : html`<span class="who">${short(by)}</span>`}${at === undefined
      ? nothing
      : html`, ${renderTime(at, now, locale, 'ack-time')}`}
  </dd>`;
}

function renderAction(input: AlertItemInput): TemplateResult | typeof nothing {
  const { row, ack, canAcknowledge } = input;
  const id = row.alert.id;
  if (ack !== undefined) {
    return renderAckForm({
      alertId: id,
      state: ack,
      who: input.who,
      locale: input.locale,
      onSubmit: (who, comment) => input.onSubmit(id, who, comment),
      onCancel: () => input.onCancel(id),
    });
  }
  if (!canAcknowledge || row.alert.status !== 'firing' || row.alert.acknowledged_by !== undefined) return nothing;
  return html`<button part="acknowledge" type="button" class="pm-button" @click=${() => input.onOpen(id)}>
    ${alertsText(input.locale).acknowledge}<span class="visually-hidden"> ${short(row.ruleName)}</span>
  </button>`;
}

/** The list item of `input.row`. */
export function renderAlert(input: AlertItemInput): TemplateResult {
  const { row, now, locale } = input;
  const { alert } = row;
  const resolved = alert.status === 'resolved';
  const t = alertsText(locale);
  return html`<li part="alert alert-${alert.status}" class="alert alert--${alert.status}" data-status=${alert.status} data-severity=${row.severity}>
    <div class="alert__head">
      ${renderSeverity(row.severity, locale)}
      <span part="rule" class="rule">${short(row.ruleName)}</span>
      ${row.subject === undefined ? nothing : html`<span part="subject" class="subject">${short(row.subject)}</span>`}
      <span part="status" class="status status--${alert.status}">${t.statuses[alert.status] ?? t.statuses['unknown']}</span>
    </div>
    ${row.summary === undefined ? nothing : html`<p part="summary" class="summary">${short(row.summary)}</p>`}
    <dl part="facts" class="facts">
      <div><dt>${t.value}</dt><dd part="value">${row.valueText ?? t.notReported}</dd></div>
      <div><dt>${resolved ? t.resolved : t.since}</dt><dd>${renderTime(resolved ? alert.resolved_at : alert.fired_at, now, locale)}</dd></div>
      <div><dt>${t.acknowledged}</dt>${renderAcknowledged(row, now, locale)}</div>
    </dl>
    ${renderAction(input)}
  </li>`;
}
