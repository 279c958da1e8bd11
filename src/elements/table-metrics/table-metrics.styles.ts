import { css } from 'lit';

/** Styles of `<table-metrics>`; colours and spacing come from the theme tokens. */
export const tableMetricsStyles = css`
  :host {
    display: block;
    font-family: var(--_pm-font-family);
    font-size: var(--_pm-font-size-sm);
    line-height: var(--_pm-line-height);
    color: var(--_pm-color-text);
    --_columns: var(
      --table-metrics-columns,
      minmax(12rem, 3fr) minmax(8rem, 1.2fr) minmax(6rem, 1fr) minmax(9rem, 1.2fr) minmax(8rem, 1.2fr)
    );
  }

  .frame {
    display: flex;
    flex-direction: column;
    gap: var(--_pm-space-sm);
    padding: var(--table-metrics-padding, var(--_pm-space-md));
    background: var(--table-metrics-background, var(--_pm-color-surface));
    border: var(--_pm-border-width) solid var(--table-metrics-border-color, var(--_pm-color-border));
    border-radius: var(--table-metrics-radius, var(--_pm-radius-md));
  }

  .toolbar {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_pm-space-sm) var(--_pm-space-md);
  }

  .summary {
    margin: 0 0 0 auto;
    color: var(--_pm-color-text-muted);
    font-variant-numeric: tabular-nums;
  }

  .scroller {
    max-height: var(--table-metrics-max-height, 28rem);
  }

  .head,
  .body {
    min-width: var(--table-metrics-min-width, 44rem);
  }

  /* Its height stands for every row; the padding for the rows above the rendered slice. */
  .body {
    box-sizing: border-box;
  }

  .head {
    position: sticky;
    inset-block-start: 0;
    z-index: 1;
    background: var(--table-metrics-header-background, var(--_pm-color-surface-muted));
    border-block-end: var(--_pm-border-width) solid var(--_pm-color-border);
  }

  .row {
    display: grid;
    grid-template-columns: var(--_columns);
    align-items: center;
    box-sizing: border-box;
    /* One height for every row: the rendered slice is placed by arithmetic, not measurement. */
    height: var(--table-metrics-row-height, 2.25rem);
    border-block-end: var(--_pm-border-width) solid var(--_pm-color-border);
    box-shadow: inset 4px 0 0 transparent;
  }

  /* Rows rendered beyond the box's view (the overscan, and on a first render all rows past a
     box smaller than the window) skip style, layout and paint until scrolled near. One height
     for every row: nothing moves when they are drawn. */
  .body > .row {
    content-visibility: auto;
  }

  .row--head {
    height: auto;
    min-height: var(--table-metrics-row-height, 2.25rem);
    border-block-end: 0;
  }

  /* The whole row, not just the cell, so a lagging table stands out while scanning. */
  .row--warning {
    background: var(--_pm-color-warning-surface);
    box-shadow: inset 4px 0 0 var(--_pm-color-warning-fill);
  }

  .row--critical {
    background: var(--_pm-color-critical-surface);
    box-shadow: inset 4px 0 0 var(--_pm-color-critical-fill);
  }

  .cell {
    min-width: 0;
    padding: var(--_pm-space-xs) var(--_pm-space-sm);
  }

  .numeric {
    text-align: end;
    font-variant-numeric: tabular-nums;
  }

  .name bdi {
    display: block;
    overflow: hidden;
    white-space: nowrap;
    text-overflow: ellipsis;
    unicode-bidi: isolate;
  }

  .time {
    text-align: end;
  }

  .sort {
    display: inline-flex;
    align-items: center;
    gap: var(--_pm-space-xs);
    width: 100%;
    padding: var(--_pm-space-xs) 0;
    font: inherit;
    font-weight: var(--_pm-font-weight-strong);
    color: var(--_pm-color-text);
    background: none;
    border: 0;
    cursor: pointer;
    text-align: inherit;
  }

  /* The sort mark goes before the label of an end-aligned column, so the label ends where the
     values end instead of a mark's width short of it. */
  .numeric .sort,
  .time .sort {
    flex-direction: row-reverse;
    justify-content: flex-start;
  }

  /* Hangs to the left of the label, taking no width: a narrow column still fits its label. */
  .numeric .sort__mark {
    margin-inline-start: calc(-1.2em - var(--_pm-space-xs));
    text-align: end;
  }

  .sort:focus-visible {
    outline: var(--_pm-focus-ring);
    outline-offset: calc(-1 * var(--_pm-focus-ring-width));
    border-radius: var(--_pm-radius-sm);
  }

  .sort__mark {
    min-width: 1.2em;
    color: var(--_pm-color-accent);
  }

  .lag {
    display: inline-flex;
    align-items: center;
    justify-content: flex-end;
    gap: var(--_pm-space-xs);
    white-space: nowrap;
  }

  .lag--warning {
    color: var(--_pm-color-warning);
    font-weight: var(--_pm-font-weight-strong);
  }

  .lag--critical {
    color: var(--_pm-color-critical);
    font-weight: var(--_pm-font-weight-strong);
  }

  .lag__state {
    font-size: var(--_pm-font-size-xs);
    text-transform: uppercase;
    letter-spacing: 0.02em;
  }
`;
