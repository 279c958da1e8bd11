import { css } from 'lit';

/** Styles of `<pipeline-status>`. */
export const pipelineStatusStyles = css`
  /* The host paints its surface: muted text is only legible on the palette it was chosen for. */
  :host {
    display: block;
    background: var(--pipeline-status-background, var(--_pm-color-surface));
  }

  .base {
    display: flex;
    flex-direction: column;
    gap: var(--pipeline-status-gap, var(--_pm-space-sm));
  }

  .header {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_pm-space-sm);
    min-width: 0;
  }

  .name {
    font-size: var(--_pm-font-size-lg);
    font-weight: var(--_pm-font-weight-strong);
    overflow-wrap: anywhere;
  }

  .badge {
    display: inline-flex;
    align-items: center;
    gap: var(--_pm-space-xs);
    padding: 0 var(--_pm-space-sm);
    border-radius: 999px;
    border: var(--_pm-border-width) solid currentColor;
    font-size: var(--_pm-font-size-sm);
    font-weight: var(--_pm-font-weight-strong);
    white-space: nowrap;
  }

  .badge--ok {
    background: var(--_pm-color-ok-surface);
    color: var(--_pm-color-ok);
  }

  .badge--critical {
    background: var(--_pm-color-critical-surface);
    color: var(--_pm-color-critical);
  }

  .badge--busy {
    background: var(--_pm-color-warning-surface);
    color: var(--_pm-color-warning);
  }

  .badge--neutral {
    background: var(--_pm-color-surface-muted);
    color: var(--_pm-color-text-muted);
  }

  p {
    margin: 0;
  }

  .since {
    font-size: var(--_pm-font-size-sm);
    color: var(--_pm-color-text-muted);
  }

  .error-message,
  .problem p,
  .announcement {
    display: flex;
    align-items: baseline;
    gap: var(--_pm-space-xs);
    overflow-wrap: anywhere;
  }

  .error-message .pm-icon,
  .announcement.failed .pm-icon {
    flex-shrink: 0;
    color: var(--_pm-color-critical);
  }

  .announcement .pm-icon {
    flex-shrink: 0;
    color: var(--_pm-color-ok);
  }

  .announcement:empty {
    display: none;
  }

  .problem {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_pm-space-sm);
    font-size: var(--_pm-font-size-sm);
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

  .dialog::backdrop {
    background: rgb(0 0 0 / 0.4);
  }

  .dialog-title {
    margin: 0;
    font-size: var(--_pm-font-size-lg);
  }

  .skeleton {
    display: inline-block;
    height: 1.25em;
    border-radius: var(--_pm-radius-sm);
    background: var(--_pm-color-surface-muted);
    animation: pm-pulse 1.5s ease-in-out infinite;
  }

  .skeleton--name {
    width: 10rem;
  }

  .skeleton--badge {
    width: 5rem;
  }

  .pm-spin {
    animation: pm-spin 1s linear infinite;
  }

  @keyframes pm-spin {
    to {
      transform: rotate(360deg);
    }
  }

  @keyframes pm-pulse {
    50% {
      opacity: 0.5;
    }
  }
`;
