import { css } from 'lit';

/** Styles of `<metric-chart>`; colours and spacing come from the theme tokens. */
export const metricChartStyles = css`
  :host {
    display: block;
  }

  /* Fills a stretched grid cell (the dashboard's row of charts), so the plots of charts side by
     side share their bottom edge even when one has a longer legend. */
  .chart {
    box-sizing: border-box;
    height: 100%;
    display: flex;
    flex-direction: column;
    gap: var(--_pm-space-sm);
    padding: var(--metric-chart-padding, var(--_pm-space-lg));
    background: var(--metric-chart-background, var(--_pm-color-surface));
    color: var(--_pm-color-text);
    border: var(--_pm-border-width) solid var(--metric-chart-border-color, var(--_pm-color-border));
    border-radius: var(--metric-chart-radius, var(--_pm-radius-md));
  }

  /* Label and buttons on one line whatever appears ("Reset zoom"), the legend on the line below,
     kept one line high when empty: charts side by side keep the same header height. */
  .header {
    display: grid;
    grid-template-columns: minmax(0, 1fr) auto;
    grid-template-rows: auto minmax(1.75rem, auto);
    align-items: center;
    gap: var(--_pm-space-xs) var(--_pm-space-md);
  }

  .label {
    min-width: 0;
    overflow: hidden;
    white-space: nowrap;
    text-overflow: ellipsis;
    font-size: var(--_pm-font-size-sm);
    font-weight: var(--_pm-font-weight-strong);
  }

  .legend {
    grid-column: 1 / -1;
    grid-row: 2;
    display: flex;
    flex-wrap: wrap;
    gap: var(--_pm-space-xs);
    margin: 0;
    padding: 0;
    list-style: none;
  }

  .series--events_per_second {
    --_series-color: var(--metric-chart-color-events, var(--_pm-color-accent));
  }
  .series--lag_seconds {
    --_series-color: var(--metric-chart-color-lag, light-dark(#b35900, #f0883e));
  }
  .series--buffer_depth {
    --_series-color: var(--metric-chart-color-buffer, light-dark(#7a3fd1, #c297ff));
  }
  .series--error_rate {
    --_series-color: var(--metric-chart-color-errors, var(--_pm-color-critical));
  }

  .button,
  .legend__item {
    display: inline-flex;
    align-items: center;
    gap: var(--_pm-space-xs);
    min-height: 1.75rem;
    padding: 0 var(--_pm-space-sm);
    font: inherit;
    font-size: var(--_pm-font-size-sm);
    color: var(--_pm-color-text);
    background: var(--_pm-color-surface);
    border: var(--_pm-border-width) solid var(--_pm-color-border);
    border-radius: var(--_pm-radius-sm);
    cursor: pointer;
  }

  .button:focus-visible,
  .legend__item:focus-visible,
  .table-region:focus-visible {
    outline: var(--_pm-focus-ring);
    outline-offset: var(--_pm-focus-ring-offset);
  }

  .swatch {
    display: inline-block;
    box-sizing: border-box;
    width: 1rem;
    height: 0.5rem;
    color: var(--_series-color);
    background: currentColor;
    border: 2px solid currentColor;
    border-radius: 2px;
  }

  .legend__item[aria-pressed='false'] .swatch {
    background: transparent;
  }

  .legend__item[aria-pressed='false'] .legend__label {
    color: var(--_pm-color-text-muted);
    text-decoration: line-through;
  }

  .actions {
    grid-column: 2;
    grid-row: 1;
    display: flex;
    gap: var(--_pm-space-xs);
    white-space: nowrap;
  }

  .plot {
    position: relative;
    margin-block-start: auto;
    height: var(--metric-chart-height, 16rem);
    color: var(--metric-chart-text-color, var(--_pm-color-text-muted));
    border-color: var(--metric-chart-grid-color, var(--_pm-color-border));
    border-style: none;
  }

  canvas {
    display: block;
    touch-action: pan-y;
    cursor: crosshair;
  }

  .ink {
    display: none;
  }

  .ink[data-ink='warning'],
  .threshold-swatch--warning {
    color: var(--_pm-color-warning);
  }

  .ink[data-ink='critical'],
  .threshold-swatch--critical {
    color: var(--_pm-color-critical);
  }

  .ink[data-ink='crosshair'] {
    color: var(--_pm-color-text-muted);
  }

  .legend__threshold {
    display: inline-flex;
    align-items: center;
    gap: var(--_pm-space-xs);
    padding-inline: var(--_pm-space-xs);
    font-size: var(--_pm-font-size-xs);
    color: var(--_pm-color-text-muted);
  }

  .threshold-swatch {
    display: inline-block;
    width: 1rem;
    border-top: 2px dotted currentColor;
  }

  .threshold-swatch--critical {
    border-top-style: dashed;
  }

  .readout {
    min-height: 1.25em;
    font-size: var(--_pm-font-size-xs);
    font-variant-numeric: tabular-nums;
    color: var(--_pm-color-text-muted);
  }

  .crosshair {
    position: absolute;
    inset: 0 auto auto 0;
    pointer-events: none;
  }

  .canvas--blank {
    visibility: hidden;
  }

  .selection {
    position: absolute;
    pointer-events: none;
    background: color-mix(in srgb, var(--_pm-color-accent) 18%, transparent);
    border-inline: var(--_pm-border-width) solid var(--_pm-color-accent);
  }

  .overlay {
    position: absolute;
    inset: 0;
    display: flex;
    flex-direction: column;
    align-items: center;
    justify-content: center;
    gap: var(--_pm-space-sm);
    text-align: center;
  }

  .skeleton__block {
    width: 100%;
    height: 100%;
    border-radius: var(--_pm-radius-sm);
    background: var(--_pm-color-surface-muted);
    animation: pm-pulse 1.5s ease-in-out infinite;
  }

  .message p {
    display: flex;
    align-items: center;
    gap: var(--_pm-space-xs);
    margin: 0;
    color: var(--_pm-color-text-muted);
  }

  /* A long message must not squeeze the icon (a flex item) to a sliver. */
  .message .pm-icon {
    flex: none;
    width: 1.25em;
    height: 1.25em;
  }

  .message--error p {
    color: var(--_pm-color-critical);
  }

  .stale {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_pm-space-xs);
    font-size: var(--_pm-font-size-xs);
    color: var(--_pm-color-text-muted);
  }

  .stale__text {
    flex: 1;
    min-width: 10rem;
  }

  .table-region {
    max-height: var(--metric-chart-table-height, 20rem);
    overflow: auto;
  }

  .table {
    width: 100%;
    border-collapse: collapse;
    font-size: var(--_pm-font-size-sm);
    font-variant-numeric: tabular-nums;
  }

  .table caption {
    text-align: start;
    font-weight: var(--_pm-font-weight-strong);
    padding-block-end: var(--_pm-space-xs);
  }

  .table th,
  .table td {
    padding: var(--_pm-space-xs) var(--_pm-space-sm);
    text-align: end;
    border-bottom: var(--_pm-border-width) solid var(--_pm-color-border);
    white-space: nowrap;
  }

  .table th[scope='row'],
  .table thead th:first-child {
    text-align: start;
    font-weight: var(--_pm-font-weight-normal);
  }

  @keyframes pm-pulse {
    50% {
      opacity: 0.5;
    }
  }
`;
