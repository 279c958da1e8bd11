/**
 * The in-element acknowledge form (who, comment) of one alert and the outcome of sending it.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { MonitorError } from '../../errors.js';
import type { Locale } from '../../format/index.js';
import { errorText } from '../../i18n/en/common.js';
import { alertsText } from '../../i18n/en/alerts.js';
import { renderIcon } from '../../theme/index.js';

/** Where the acknowledgement of one alert stands. */
export type AckState =
  | { status: 'editing' }
  | { status: 'pending' }
  | { status: 'done'; by: string }
  | { status: 'error'; error: MonitorError };

/** What the form shows and does. */
export interface AckFormInput {
  alertId: string;
  state: AckState;
  /** The name to start from (the last one used, or `acknowledged-by`). */
  who: string;
  locale: Locale;
  onSubmit(who: string, comment: string): void;
  onCancel(): void;
}

/** Why an acknowledgement failed, in the operator's terms; the server's own words follow. */
export function ackFailure(error: MonitorError, locale: Locale): string {
  const t = alertsText(locale);
  const detail = error.problem?.detail ?? error.problem?.title;
  const said = detail ? t.serverSaid(detail) : '';
  if (error.kind === 'http' && error.status === 409) return t.changed(said);
  if (error.kind === 'http' && (error.status === 404 || error.status === 410)) return t.gone(said);
  return t.failed(errorText(locale)(error));
}

function submit(event: SubmitEvent, input: AckFormInput): void {
  event.preventDefault();
  const form = event.currentTarget as HTMLFormElement;
  const data = new FormData(form);
  input.onSubmit(String(data.get('who') ?? '').trim(), String(data.get('comment') ?? '').trim());
}

/** The form, or the outcome of the acknowledgement. */
export function renderAckForm(input: AckFormInput): TemplateResult {
  const { state, alertId } = input;
  const t = alertsText(input.locale);
  if (state.status === 'done') {
    return html`<p part="ack-result" class="ack-result ack-result--ok" role="status">
      ${renderIcon('ok', 'ack-icon')}<span>${t.acknowledgedAs(state.by)}</span>
    </p>`;
  }
  const pending = state.status === 'pending';
  return html`<form part="ack-form" class="ack-form" aria-label=${t.form} @submit=${(e: SubmitEvent) => submit(e, input)}>
    <label class="field">
      <span>${t.who}</span>
      <input part="ack-who" name="who" id="who-${alertId}" required autocomplete="name" .value=${input.who} ?disabled=${pending} />
    </label>
    <label class="field field--wide">
      <span>${t.comment}</span>
      <input part="ack-comment" name="comment" ?disabled=${pending} />
    </label>
    <div class="ack-actions">
      <button part="ack-submit" type="submit" class="pm-button" ?disabled=${pending}>
        ${pending ? t.acknowledging : t.acknowledge}
      </button>
      <button part="ack-cancel" type="button" class="pm-button" ?disabled=${pending} @click=${input.onCancel}>${t.cancel}</button>
    </div>
    ${state.status === 'error'
      ? html`<p part="ack-result" class="ack-result ack-result--error" role="alert">
          ${renderIcon('critical', 'ack-icon')}<span>${ackFailure(state.error, input.locale)}</span>
        </p>`
      : nothing}
  </form>`;
}
