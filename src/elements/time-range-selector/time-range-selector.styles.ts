import { css } from 'lit';

/** Styles of `<time-range-selector>`; colours and spacing come from the theme tokens. */
export const timeRangeSelectorStyles = css`
  :host {
    display: block;
  }

  .selector {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_pm-space-sm) var(--_pm-space-md);
    font-size: var(--_pm-font-size-sm);
  }

  .presets {
    display: flex;
    flex-wrap: wrap;
    gap: var(--time-range-selector-gap, var(--_pm-space-xs));
  }

  .button {
    min-height: 1.75rem;
    padding: 0 var(--_pm-space-sm);
    font: inherit;
    color: var(--_pm-color-text);
    background: var(--_pm-color-surface);
    border: var(--_pm-border-width) solid var(--_pm-color-border);
    border-radius: var(--_pm-radius-sm);
    cursor: pointer;
  }

  .button[aria-pressed='true'] {
    color: var(--_pm-color-on-accent);
    background: var(--_pm-color-accent);
    border-color: var(--_pm-color-accent);
    font-weight: var(--_pm-font-weight-strong);
  }

  .button:focus-visible,
  input:focus-visible {
    outline: var(--_pm-focus-ring);
    outline-offset: var(--_pm-focus-ring-offset);
  }

  .custom {
    display: flex;
    flex-wrap: wrap;
    align-items: end;
    gap: var(--_pm-space-sm);
    flex-basis: 100%;
  }

  .field {
    display: flex;
    flex-direction: column;
    gap: var(--_pm-space-xs);
    color: var(--_pm-color-text-muted);
  }

  input {
    min-height: 1.75rem;
    font: inherit;
    color: var(--_pm-color-text);
    background: var(--_pm-color-surface);
    border: var(--_pm-border-width) solid var(--_pm-color-border);
    border-radius: var(--_pm-radius-sm);
    color-scheme: inherit;
  }

  input[aria-invalid='true'] {
    border-color: var(--_pm-color-critical);
  }

  .error {
    flex-basis: 100%;
    margin: 0;
    color: var(--_pm-color-critical);
  }

  .error:empty {
    display: none;
  }

  .current {
    margin: 0;
    color: var(--_pm-color-text-muted);
  }
`;
