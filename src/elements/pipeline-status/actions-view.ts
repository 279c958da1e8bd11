import { html, type TemplateResult } from 'lit';
import type { PipelineStatus } from '../../schemas/index.js';
import type { ControlAction } from '../../store/mutation.js';
import { renderControlIcon } from '../../theme/control-icons.js';
import { ACTION_TEXT, canRun } from './lifecycle.js';

/**
 * Start and Stop. A button that makes no sense now is `aria-disabled` rather than `disabled`, so it
 * keeps keyboard focus while its own request runs and stays discoverable; the element ignores it.
 */
export function renderActions(
  status: PipelineStatus,
  pending: ControlAction | undefined,
  onRequest: (action: ControlAction) => void,
): TemplateResult {
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
      ${icon}<span>${busy ? ACTION_TEXT[action].pending : ACTION_TEXT[action].idle}</span>
    </button>`;
  };
  return html`<div part="actions" class="actions">${button('start')} ${button('stop')}</div>`;
}

/**
 * The Stop confirmation, a native modal `<dialog>` in the shadow root: `confirm()` is blocked in
 * sandboxed iframes, and a modal dialog brings focus trapping, Escape and focus return for free.
 * Cancel gets the initial focus, so a stray Enter does not stop a pipeline.
 */
export function renderStopDialog(name: string, onCancel: () => void, onConfirm: () => void): TemplateResult {
  return html`<dialog part="dialog" class="dialog" aria-labelledby="dialog-title" aria-describedby="dialog-text">
    <h2 part="dialog-title" id="dialog-title" class="dialog-title">Stop ${name}?</h2>
    <p part="dialog-text" id="dialog-text">
      Replication stops until the pipeline is started again; changes wait in the source database meanwhile.
    </p>
    <div part="dialog-actions" class="dialog-actions">
      <button part="cancel" type="button" autofocus @click=${onCancel}>Cancel</button>
      <button part="confirm" type="button" class="danger" @click=${onConfirm}>Stop pipeline</button>
    </div>
  </dialog>`;
}
