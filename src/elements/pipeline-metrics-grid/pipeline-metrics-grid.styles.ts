import { css } from 'lit';

/** Styles of `<pipeline-metrics-grid>`: one column on a phone, two, then one row of four. */
export const pipelineMetricsGridStyles = css`
  /* The host paints its surface: muted text is only legible on the palette it was chosen for. */
  :host {
    display: block;
    container-type: inline-size;
    background: var(--pipeline-metrics-grid-background, var(--_pm-color-surface));
  }

  .base {
    display: flex;
    flex-direction: column;
    gap: var(--pipeline-metrics-grid-gap, var(--_pm-space-md));
  }

  .cards {
    display: grid;
    grid-template-columns: 1fr;
    gap: var(--pipeline-metrics-grid-gap, var(--_pm-space-md));
  }

  @container (min-width: 30rem) {
    .cards {
      grid-template-columns: repeat(2, minmax(0, 1fr));
    }
  }

  @container (min-width: 56rem) {
    .cards {
      grid-template-columns: repeat(4, minmax(0, 1fr));
    }
  }

  .cell {
    display: flex;
    flex-direction: column;
    gap: var(--_pm-space-xs);
    min-width: 0;
  }

  .cell metric-card {
    flex: 1;
  }

  /* At the card's foot, so footers line up across a row and a note that grows moves nothing. */
  .cell metric-card::part(footer) {
    margin-top: auto;
  }

  /*
   * In one row, tall enough for a lag card's p95 and the names of the alert rules that set its
   * limits (two narrow lines): the skeleton, the first figures and the rules (which answer later)
   * fit one height, so nothing below moves as they arrive.
   */
  @container (min-width: 56rem) {
    .cell metric-card {
      min-height: 12rem;
    }
  }

  .summary {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 8rem), 1fr));
    gap: var(--_pm-space-sm) var(--_pm-space-lg);
    margin: 0;
    padding: var(--_pm-space-md) var(--_pm-space-lg);
    background: var(--pipeline-metrics-grid-summary-background, var(--_pm-color-surface-muted));
    border-radius: var(--_pm-radius-md);
  }

  .summary-item {
    min-width: 0;
  }

  .summary dt {
    font-size: var(--_pm-font-size-xs);
    color: var(--_pm-color-text-muted);
  }

  .summary dd {
    margin: 0;
    font-size: var(--_pm-font-size-md);
    font-weight: var(--_pm-font-weight-strong);
    font-variant-numeric: tabular-nums;
    white-space: nowrap;
  }

  .skeleton {
    display: inline-block;
    width: 4em;
    height: 1em;
    border-radius: var(--_pm-radius-sm);
    background: var(--_pm-color-surface);
    animation: pm-pulse 1.5s ease-in-out infinite;
  }

  .problem {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_pm-space-sm) var(--_pm-space-md);
    padding: var(--_pm-space-sm) var(--_pm-space-lg);
    border: var(--_pm-border-width) solid var(--_pm-color-critical);
    border-radius: var(--_pm-radius-md);
    background: var(--_pm-color-critical-surface);
    color: var(--_pm-color-text);
  }

  .problem .pm-icon {
    flex-shrink: 0;
    color: var(--_pm-color-critical);
  }

  .problem p {
    flex: 1;
    min-width: 12rem;
    margin: 0;
    overflow-wrap: anywhere;
  }

  .empty {
    margin: 0;
    color: var(--_pm-color-text-muted);
  }

  button {
    font: inherit;
    padding: var(--_pm-space-xs) var(--_pm-space-md);
    border: var(--_pm-border-width) solid var(--_pm-color-border);
    border-radius: var(--_pm-radius-sm);
    background: var(--_pm-color-surface);
    color: var(--_pm-color-text);
    cursor: pointer;
  }

  button:focus-visible {
    outline: var(--_pm-focus-ring);
    outline-offset: var(--_pm-focus-ring-offset);
  }

  @keyframes pm-pulse {
    50% {
      opacity: 0.5;
    }
  }
`;
