import { css } from 'lit';

/** Styles of `<metric-card>`; colours and spacing come from the theme tokens. */
export const metricCardStyles = css`
  :host {
    display: block;
  }

  .card {
    position: relative;
    box-sizing: border-box;
    display: flex;
    flex-direction: column;
    gap: var(--_pm-space-sm);
    height: 100%;
    padding: var(--metric-card-padding, var(--_pm-space-lg));
    overflow: hidden;
    background: var(--metric-card-background, var(--_pm-color-surface));
    color: var(--_pm-color-text);
    border: var(--_pm-border-width) solid var(--metric-card-border-color, var(--_pm-color-border));
    border-radius: var(--metric-card-radius, var(--_pm-radius-md));
  }

  /* A stripe rather than a thicker border, so a state change never shifts the layout. */
  .card::before {
    content: '';
    position: absolute;
    inset-block: 0;
    inset-inline-start: 0;
    width: 4px;
    background: transparent;
    transition: background-color var(--_pm-motion-duration) ease;
  }

  .card--warning::before {
    background: var(--_pm-color-warning-fill);
  }

  .card--critical::before {
    background: var(--_pm-color-critical-fill);
  }

  .header {
    display: flex;
    align-items: center;
    gap: var(--_pm-space-xs);
    min-width: 0;
  }

  ::slotted([slot='icon']) {
    flex-shrink: 0;
    width: 1.25em;
    height: 1.25em;
    color: var(--_pm-color-text-muted);
  }

  .label {
    flex: 1;
    min-width: 0;
    font-size: var(--_pm-font-size-sm);
    font-weight: var(--_pm-font-weight-strong);
    color: var(--_pm-color-text-muted);
    overflow-wrap: anywhere;
  }

  .pm-icon {
    flex-shrink: 0;
  }

  .state {
    display: inline-flex;
    align-items: center;
    gap: var(--_pm-space-xs);
    padding: 0 var(--_pm-space-xs);
    border-radius: var(--_pm-radius-sm);
    font-size: var(--_pm-font-size-xs);
    font-weight: var(--_pm-font-weight-strong);
    white-space: nowrap;
  }

  .state--warning {
    background: var(--_pm-color-warning-surface);
    color: var(--_pm-color-warning);
  }

  .state--critical {
    background: var(--_pm-color-critical-surface);
    color: var(--_pm-color-critical);
  }

  .value {
    font-size: var(--metric-card-value-font-size, var(--_pm-font-size-xl));
    font-weight: var(--_pm-font-weight-strong);
    font-variant-numeric: tabular-nums;
    line-height: 1.2;
    white-space: nowrap;
  }

  .card--stale .value {
    color: var(--_pm-color-text-muted);
  }

  .footer {
    display: flex;
    align-items: center;
    justify-content: space-between;
    gap: var(--_pm-space-sm);
    min-height: 1.5em;
  }

  .trend {
    display: inline-flex;
    align-items: center;
    gap: var(--_pm-space-xs);
    font-size: var(--_pm-font-size-sm);
    font-variant-numeric: tabular-nums;
    white-space: nowrap;
  }

  .trend--better {
    color: var(--_pm-color-ok);
  }

  .trend--worse {
    color: var(--_pm-color-critical);
  }

  .trend--neutral {
    color: var(--_pm-color-text-muted);
  }

  .sparkline {
    flex: 1;
    min-width: 3rem;
    max-width: 10rem;
    height: var(--metric-card-sparkline-height, 2rem);
    margin-inline-start: auto;
    overflow: visible;
  }

  .sparkline path {
    fill: none;
    stroke: var(--metric-card-sparkline-color, var(--_pm-color-accent));
    stroke-width: 1.5;
    stroke-linecap: round;
    stroke-linejoin: round;
  }

  .stale {
    display: flex;
    align-items: center;
    gap: var(--_pm-space-xs);
    margin: 0;
    font-size: var(--_pm-font-size-xs);
    color: var(--_pm-color-text-muted);
  }

  .skeleton {
    display: flex;
    flex-direction: column;
    gap: var(--_pm-space-sm);
  }

  .skeleton__block {
    display: block;
    border-radius: var(--_pm-radius-sm);
    background: var(--_pm-color-surface-muted);
    animation: pm-pulse 1.5s ease-in-out infinite;
  }

  .skeleton__value {
    width: 60%;
    height: calc(var(--metric-card-value-font-size, var(--_pm-font-size-xl)) * 1.2);
  }

  .skeleton__line {
    width: 40%;
    height: 1em;
  }

  @keyframes pm-pulse {
    50% {
      opacity: 0.5;
    }
  }

  .unit,
  .note {
    margin: 0;
    font-size: var(--_pm-font-size-xs);
    font-weight: normal;
    color: var(--_pm-color-text-muted);
  }
`;
