import { css } from 'lit';

/** Styles of `<auto-refresh>`: one wrapping row of native controls. */
export const autoRefreshStyles = css`
  /* The host paints its surface: muted text is only legible on the palette it was chosen for. */
  :host {
    display: block;
    background: var(--auto-refresh-background, var(--_pm-color-surface));
  }

  .base {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--auto-refresh-gap, var(--_pm-space-sm));
    font-size: var(--_pm-font-size-sm);
  }

  label {
    font-weight: var(--_pm-font-weight-strong);
  }

  select,
  button {
    font: inherit;
    min-height: 2rem;
    padding: var(--_pm-space-xs) var(--_pm-space-sm);
    border: var(--_pm-border-width) solid var(--_pm-color-border);
    border-radius: var(--_pm-radius-sm);
    background: var(--_pm-color-surface);
    color: var(--_pm-color-text);
  }

  button {
    display: inline-flex;
    align-items: center;
    gap: var(--_pm-space-xs);
    cursor: pointer;
  }

  select:focus-visible,
  button:focus-visible {
    outline: var(--_pm-focus-ring);
    outline-offset: var(--_pm-focus-ring-offset);
  }

  :disabled {
    cursor: not-allowed;
    opacity: 0.6;
  }

  .spinner {
    display: inline-flex;
    color: var(--_pm-color-accent);
  }

  .pm-spin {
    animation: pm-spin 1s linear infinite;
  }

  .updated {
    color: var(--_pm-color-text-muted);
    font-variant-numeric: tabular-nums;
  }

  @keyframes pm-spin {
    to {
      transform: rotate(360deg);
    }
  }
`;
