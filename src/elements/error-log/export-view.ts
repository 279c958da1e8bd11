/** The progress of an export of the whole log, its Cancel, and why it stopped. */
import { html, nothing, type TemplateResult } from 'lit';
import { formatInteger, type Locale } from '../../format/index.js';
import { errorText } from '../../i18n/en/common.js';
import { errorLogText } from '../../i18n/en/error-log.js';
import type { ExportState } from './log-export.js';

/** Renders `state` below the toolbar; nothing while no export ran. */
export function renderExportState(state: ExportState, locale: Locale, onCancel: () => void): TemplateResult | typeof nothing {
  const n = (v: number) => formatInteger(v, locale);
  const t = errorLogText(locale);
  switch (state.phase) {
    case 'idle':
      return nothing;
    case 'running':
      return html`<div part="export-progress" class="export-progress">
        <progress max=${Math.max(state.total, 1)} .value=${state.done} aria-label=${t.exportProgressLabel}></progress>
        <span role="status">${t.exporting(n(state.done), n(state.total))}</span>
        <button type="button" part="export-cancel" class="pm-button" @click=${onCancel}>${t.cancelExport}</button>
      </div>`;
    case 'cancelled':
      return html`<p part="export-progress" class="export-progress" role="status">${t.exportCancelled}</p>`;
    case 'failed':
      return html`<div part="export-error" class="pm-status pm-status--error export-progress" role="alert">
        <span class="pm-status__message"
          >${t.exportFailed(n(state.done), n(state.total), errorText(locale)(state.error))}</span
        >
      </div>`;
  }
}
