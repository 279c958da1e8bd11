/**
 * What Start and Stop look like wherever a pipeline can be controlled: the two buttons, the Stop
 * confirmation dialog and the live region announcing the outcome, with their styles.
 */
import { css, html, nothing, type TemplateResult } from 'lit';
import type { Locale } from '../../format/index.js';
import { statusText } from '../../i18n/en/status.js';
import type { PipelineStatus } from '../../schemas/index.js';
import type { ControlAction } from '../../store/mutation.js';
import { renderControlIcon } from '../../theme/control-icons.js';
import { renderIcon } from '../../theme/index.js';
import { canRun } from './pipeline-lifecycle.js';

/**
 * Start and Stop. A button that makes no sense now is `aria-disabled` rather than `disabled`, so it
 * keeps keyboard focus while its own request runs and stays discoverable; the element ignores it.
 * `name`, when given, completes each button's accessible name ("Start orders-cdc") where several
 * pipelines' buttons share a page.
 */
export function renderActions(
  status: PipelineStatus,
  pending: ControlAction | undefined,
  onRequest: (action: ControlAction) => void,
  locale: Locale,
  name?: string,
): TemplateResult {
  const text = statusText(locale).actions;
  const button = (action: ControlAction) => {
    const enabled = pending === undefined && canRun(action, status);
    const busy = pending === action;
    const icon = busy
      ? renderControlIcon('progress', `${action}-icon`, 'pm-spin')
      : renderControlIcon(action === 'start' ? 'play' : 'stop', `${action}-icon`);
    return html`<button
      part=${action}
      type="button"
      class=${action === 'stop' ? 'danger' : ''}
      aria-disabled=${enabled ? 'false' : 'true'}
      aria-busy=${busy ? 'true' : 'false'}
      @click=${() => onRequest(action)}
    >
      ${icon}<span>${busy ? text[action].pending : text[action].idle}</span>${name === undefined
        ? nothing
        : html`<span class="visually-hidden"> ${name}</span>`}
    </button>`;
  };
  return html`<div part="actions" class="actions">${button('start')} ${button('stop')}</div>`;
}

/**
 * The Stop confirmation, a native modal `<dialog>` in the shadow root: `confirm()` is blocked in
 * sandboxed iframes, and a modal dialog brings focus trapping, Escape and focus return for free.
 * Cancel gets the initial focus, so a stray Enter does not stop a pipeline.
 */
export function renderStopDialog(name: string, onCancel: () => void, onConfirm: () => void, locale: Locale): TemplateResult {
  const t = statusText(locale);
  return html`<dialog part="dialog" class="dialog" aria-labelledby="dialog-title" aria-describedby="dialog-text">
    <h2 part="dialog-title" id="dialog-title" class="dialog-title">${t.stopTitle(name)}</h2>
    <p part="dialog-text" id="dialog-text">
      ${t.stopText}
    </p>
    <div part="dialog-actions" class="dialog-actions">
      <button part="cancel" type="button" autofocus @click=${onCancel}>${t.cancel}</button>
      <button part="confirm" type="button" class="danger" @click=${onConfirm}>${t.stopPipeline}</button>
    </div>
  </dialog>`;
}

/** The outcome of the last action, or nothing yet. */
export interface Announcement {
  text: string;
  ok: boolean;
}

/** The polite live region that announces an action's outcome; present (and empty) before any. */
export function renderAnnouncement(announcement: Announcement | undefined): TemplateResult {
  return html`<p part="announcement" class="announcement ${announcement?.ok === false ? 'failed' : ''}" role="status">
    ${announcement
      ? html`${renderIcon(announcement.ok ? 'ok' : 'critical', 'announcement-icon')}<span>${announcement.text}</span>`
      : nothing}
  </p>`;
}

/** Styles of the buttons, the dialog and the announcement; add to the element's `static styles`. */
export const controlStyles = css`
  .announcement {
    display: flex;
    align-items: baseline;
    gap: var(--_pm-space-xs);
    margin: 0;
    overflow-wrap: anywhere;
  }

  .announcement .pm-icon {
    flex-shrink: 0;
    color: var(--_pm-color-ok);
  }

  .announcement.failed .pm-icon {
    color: var(--_pm-color-critical);
  }

  .announcement:empty {
    display: none;
  }

  .actions,
  .dialog-actions {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_pm-space-sm);
  }

  .dialog-actions {
    justify-content: flex-end;
  }

  button {
    display: inline-flex;
    align-items: center;
    gap: var(--_pm-space-xs);
    min-height: 2rem;
    padding: var(--_pm-space-xs) var(--_pm-space-md);
    font: inherit;
    border: var(--_pm-border-width) solid var(--_pm-color-border);
    border-radius: var(--_pm-radius-sm);
    background: var(--_pm-color-surface);
    color: var(--_pm-color-text);
    cursor: pointer;
  }

  button.danger {
    color: var(--_pm-color-critical);
    border-color: currentColor;
  }

  button:focus-visible {
    outline: var(--_pm-focus-ring);
    outline-offset: var(--_pm-focus-ring-offset);
  }

  button[aria-disabled='true'] {
    cursor: not-allowed;
    opacity: 0.6;
  }

  .dialog {
    max-width: min(28rem, calc(100vw - 2rem));
    padding: var(--_pm-space-lg);
    border: var(--_pm-border-width) solid var(--_pm-color-border);
    border-radius: var(--_pm-radius-md);
    background: var(--_pm-color-surface);
    color: var(--_pm-color-text);
  }

  .dialog[open] {
    display: flex;
    flex-direction: column;
    gap: var(--_pm-space-md);
  }

  .dialog p {
    margin: 0;
  }

  .dialog::backdrop {
    background: rgb(0 0 0 / 0.4);
  }

  .dialog-title {
    margin: 0;
    font-size: var(--_pm-font-size-lg);
  }
`;
