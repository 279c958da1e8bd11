import { css } from 'lit';

/** Styles of `<pipeline-list>`: rows of name, figures and controls, stacked when the list is narrow. */
export const pipelineListStyles = css`
  :host {
    display: block;
    container-type: inline-size;
    background: var(--pipeline-list-background, var(--_pm-color-surface));
    --_border: var(--pipeline-list-border-color, var(--_pm-color-border));
  }

  .base {
    display: flex;
    flex-direction: column;
    gap: var(--pipeline-list-gap, var(--_pm-space-md));
  }

  .toolbar {
    display: flex;
    flex-wrap: wrap;
    align-items: end;
    gap: var(--_pm-space-md);
  }

  .field {
    display: flex;
    flex-direction: column;
    gap: var(--_pm-space-xs);
    font-size: var(--_pm-font-size-sm);
    color: var(--_pm-color-text-muted);
  }

  .field--search {
    flex: 1 1 12rem;
    max-width: 24rem;
  }

  select,
  input {
    min-height: 2rem;
    padding: var(--_pm-space-xs) var(--_pm-space-sm);
    font: inherit;
    font-size: var(--_pm-font-size-md);
    color: var(--_pm-color-text);
    background: var(--_pm-color-surface);
    border: var(--_pm-border-width) solid var(--_pm-color-border);
    border-radius: var(--_pm-radius-sm);
  }

  .summary {
    margin: 0 0 0 auto;
    font-size: var(--_pm-font-size-sm);
    color: var(--_pm-color-text-muted);
  }

  .list {
    display: flex;
    flex-direction: column;
    margin: 0;
    padding: 0;
    list-style: none;
    border: var(--_pm-border-width) solid var(--_border);
    border-radius: var(--_pm-radius-md);
    overflow: hidden;
  }

  .row {
    display: grid;
    grid-template-columns: minmax(12rem, 2fr) minmax(16rem, 3fr) auto;
    align-items: center;
    gap: var(--_pm-space-md) var(--_pm-space-lg);
    padding: var(--_pm-space-md) var(--_pm-space-lg);
    background: var(--pipeline-list-row-background, var(--_pm-color-surface));
  }

  .row + .row {
    border-top: var(--_pm-border-width) solid var(--_border);
  }

  .identity {
    display: flex;
    flex-direction: column;
    gap: var(--_pm-space-xs);
    min-width: 0;
  }

  .title {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_pm-space-sm);
  }

  .name {
    padding: 0;
    min-height: 0;
    border: 0;
    background: none;
    font: inherit;
    font-size: var(--_pm-font-size-md);
    font-weight: var(--_pm-font-weight-strong);
    color: var(--_pm-color-accent);
    text-decoration: underline;
    text-underline-offset: 0.2em;
    text-decoration-thickness: 1px;
    overflow-wrap: anywhere;
    cursor: pointer;
  }

  .name:hover {
    text-decoration-thickness: 2px;
  }

  .name:focus-visible {
    outline: var(--_pm-focus-ring);
    outline-offset: var(--_pm-focus-ring-offset);
    border-radius: var(--_pm-radius-sm);
  }

  .error-message {
    display: flex;
    align-items: baseline;
    gap: var(--_pm-space-xs);
    margin: 0;
    font-size: var(--_pm-font-size-sm);
    overflow-wrap: anywhere;
  }

  .error-message .pm-icon,
  .unavailable .pm-icon {
    flex-shrink: 0;
    color: var(--_pm-color-critical);
  }

  .stats {
    display: grid;
    grid-template-columns: repeat(3, minmax(0, 1fr));
    gap: var(--_pm-space-md);
    margin: 0;
  }

  .stat {
    display: flex;
    flex-direction: column;
    min-width: 0;
  }

  dt {
    font-size: var(--_pm-font-size-xs);
    color: var(--_pm-color-text-muted);
  }

  dd {
    display: flex;
    align-items: center;
    gap: var(--_pm-space-xs);
    margin: 0;
    font-variant-numeric: tabular-nums;
    white-space: nowrap;
  }

  .aside,
  .unavailable {
    font-size: var(--_pm-font-size-sm);
    color: var(--_pm-color-text-muted);
  }

  .unavailable,
  .count,
  .stale-mark {
    display: inline-flex;
    align-items: center;
    gap: var(--_pm-space-xs);
  }

  .count--critical {
    color: var(--_pm-color-critical);
    font-weight: var(--_pm-font-weight-strong);
  }

  .count--ok .pm-icon {
    color: var(--_pm-color-ok);
  }

  .stale-mark {
    color: var(--_pm-color-warning);
  }

  .actions {
    justify-content: flex-end;
  }

  .announcement {
    font-size: var(--_pm-font-size-sm);
  }

  .skeleton {
    display: inline-block;
    width: 3.5rem;
    height: 1em;
    border-radius: var(--_pm-radius-sm);
    background: var(--_pm-color-surface-muted);
    animation: pm-pulse 1.5s ease-in-out infinite;
  }

  .skeleton--name {
    width: 12rem;
    height: 1.5em;
  }

  @keyframes pm-pulse {
    50% {
      opacity: 0.5;
    }
  }

  @container (max-width: 44rem) {
    .row {
      grid-template-columns: minmax(0, 1fr);
    }

    .actions {
      justify-content: flex-start;
    }

    .summary {
      margin-left: 0;
      flex-basis: 100%;
    }
  }
`;
