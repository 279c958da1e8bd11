/** The progress of an export of the whole log, its Cancel, and why it stopped. */
import { html, nothing, type TemplateResult } from 'lit';
import { formatInteger, type Locale } from '../../format/index.js';
import type { ExportState } from './log-export.js';

/** Renders `state` below the toolbar; nothing while no export ran. */
export function renderExportState(state: ExportState, locale: Locale, onCancel: () => void): TemplateResult | typeof nothing {
  const n = (v: number) => formatInteger(v, locale);
  switch (state.phase) {
    case 'idle':
      return nothing;
    case 'running':
      return html`<div part="export-progress" class="export-progress">
        <progress max=${Math.max(state.total, 1)} .value=${state.done} aria-label="Export progress"></progress>
        <span role="status">Exporting ${n(state.done)} of ${n(state.total)}…</span>
        <button type="button" part="export-cancel" class="pm-button" @click=${onCancel}>Cancel export</button>
      </div>`;
    case 'cancelled':
      return html`<p part="export-progress" class="export-progress" role="status">Export cancelled; nothing was saved.</p>`;
    case 'failed':
      return html`<div part="export-error" class="pm-status pm-status--error export-progress" role="alert">
        <span class="pm-status__message"
          >Export failed after ${n(state.done)} of ${n(state.total)} errors; nothing was saved. ${state.message}</span
        >
      </div>`;
  }
}
