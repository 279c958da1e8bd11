import { css } from 'lit';

/** Styles of `<pipeline-status>`; the badge and the controls bring their own (see `../shared/`). */
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

  p {
    margin: 0;
  }

  .since {
    font-size: var(--_pm-font-size-sm);
    color: var(--_pm-color-text-muted);
  }

  .error-message,
  .problem p {
    display: flex;
    align-items: baseline;
    gap: var(--_pm-space-xs);
    overflow-wrap: anywhere;
  }

  .error-message .pm-icon {
    flex-shrink: 0;
    color: var(--_pm-color-critical);
  }

  .problem {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_pm-space-sm);
    font-size: var(--_pm-font-size-sm);
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

  @keyframes pm-pulse {
    50% {
      opacity: 0.5;
    }
  }
`;
