import { css } from 'lit';

/** Styles of `<pipeline-list>`: the fleet summary, the toolbar and a table of one-line rows of one height. */
export const pipelineListStyles = css`
  :host {
    display: block;
    font-family: var(--_pm-font-family);
    line-height: var(--_pm-line-height);
    color: var(--_pm-color-text);
    background: var(--pipeline-list-background, var(--_pm-color-surface));
    --_border: var(--pipeline-list-border-color, var(--_pm-color-border));
    --_row-height: var(--pipeline-list-row-height, 3.5rem);
  }

  .base {
    display: flex;
    flex-direction: column;
    gap: var(--pipeline-list-gap, var(--_pm-space-md));
  }

  .fleet {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_pm-space-sm) var(--_pm-space-xl);
    margin: 0;
  }

  .fleet__stat {
    display: flex;
    flex-direction: column;
  }

  .fleet dt {
    font-size: var(--_pm-font-size-xs);
    color: var(--_pm-color-text-muted);
  }

  .fleet dd {
    margin: 0;
    font-size: var(--_pm-font-size-lg);
    font-weight: var(--_pm-font-weight-strong);
    font-variant-numeric: tabular-nums;
  }

  .fleet .aside {
    font-size: var(--_pm-font-size-xs);
    font-weight: normal;
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

  .note,
  .notice {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_pm-space-sm);
    margin: 0;
    font-size: var(--_pm-font-size-sm);
    overflow-wrap: anywhere;
  }

  .note {
    color: var(--_pm-color-text-muted);
  }

  .notice .pm-icon {
    flex-shrink: 0;
    color: var(--_pm-color-warning);
  }

  .scroller {
    max-height: var(--pipeline-list-max-height, 70vh);
    border-color: var(--_border);
  }

  /* Each row is a grid of its own: a column sized by its content would differ from row to row. */
  .scroller--actions {
    --_actions-width: 12.5rem;
  }

  .head,
  .body {
    min-width: var(--pipeline-list-min-width, 56rem);
  }

  /* Its height stands for every row; the padding for the rows above the rendered slice. */
  .body {
    box-sizing: border-box;
  }

  .head {
    position: sticky;
    inset-block-start: 0;
    z-index: 1;
    background: var(--_pm-color-surface-muted);
    border-block-end: var(--_pm-border-width) solid var(--_border);
  }

  .row {
    display: grid;
    /* Declared here, not on :host, so that the actions width set on the scroll box applies. */
    grid-template-columns: var(
      --pipeline-list-columns,
      minmax(14rem, 3fr) minmax(7rem, 1fr) minmax(5rem, 0.7fr) minmax(6rem, 1fr) minmax(5rem, 0.8fr) minmax(8rem, 1.2fr)
        var(--_actions-width, 0)
    );
    align-items: center;
    box-sizing: border-box;
    /* One height for every row: the rendered slice is placed by arithmetic, not measurement. */
    height: var(--_row-height);
    background: var(--pipeline-list-row-background, var(--_pm-color-surface));
    border-block-end: var(--_pm-border-width) solid var(--_border);
    font-size: var(--_pm-font-size-sm);
  }

  /* Rows of the overscan, beyond the box's view, skip style, layout and paint until scrolled near.
     One height for every row: nothing moves when they are drawn. */
  .body > .row {
    content-visibility: auto;
  }

  .row--head {
    height: auto;
    min-height: 2.25rem;
    background: none;
    border-block-end: 0;
  }

  .cell {
    min-width: 0;
    padding: 0 var(--_pm-space-sm);
  }

  .numeric {
    text-align: end;
    font-variant-numeric: tabular-nums;
  }

  .identity {
    display: flex;
    flex-direction: column;
    justify-content: center;
    overflow: hidden;
  }

  /* Name and alerts badge on one line, the error message under them: two lines fit the row's
     fixed height, three (name, badge, message stacked) were cut at its bottom edge. */
  .identity__line {
    display: flex;
    align-items: center;
    gap: var(--_pm-space-sm);
    min-width: 0;
  }

  .identity__line > .name {
    flex: 0 1 auto;
    min-width: 0;
  }

  .identity__line > pipeline-alerts {
    flex: none;
  }

  .name,
  .error-message {
    display: block;
    max-width: 100%;
    overflow: hidden;
    white-space: nowrap;
    text-overflow: ellipsis;
    text-align: start;
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
    cursor: pointer;
  }

  .name:hover {
    text-decoration-thickness: 2px;
  }

  .name:focus-visible,
  .sort:focus-visible {
    outline: var(--_pm-focus-ring);
    outline-offset: calc(-1 * var(--_pm-focus-ring-width));
    border-radius: var(--_pm-radius-sm);
  }

  bdi {
    unicode-bidi: isolate;
  }

  .error-message {
    font-size: var(--_pm-font-size-xs);
  }

  .error-message .pm-icon,
  .unavailable .pm-icon {
    color: var(--_pm-color-critical);
    vertical-align: middle;
  }

  .sort {
    display: inline-flex;
    align-items: center;
    gap: var(--_pm-space-xs);
    padding: var(--_pm-space-xs) 0;
    font: inherit;
    font-size: var(--_pm-font-size-sm);
    font-weight: var(--_pm-font-weight-strong);
    color: var(--_pm-color-text);
    background: none;
    border: 0;
    cursor: pointer;
  }

  .sort__mark {
    min-width: 1.2em;
    color: var(--_pm-color-accent);
  }

  /* The sort mark goes before the label of an end-aligned column, so the label ends where the
     values end instead of a mark's width short of it. */
  .numeric .sort {
    flex-direction: row-reverse;
  }

  /* Hangs to the left of the label, taking no width: a narrow column still fits its label. */
  .numeric .sort__mark {
    margin-inline-start: calc(-1.2em - var(--_pm-space-xs));
    text-align: end;
  }

  [role='columnheader'] {
    font-size: var(--_pm-font-size-sm);
    font-weight: var(--_pm-font-weight-strong);
  }

  .aside,
  .unavailable {
    color: var(--_pm-color-text-muted);
  }

  .unavailable,
  .count,
  .stale-mark {
    display: inline-flex;
    align-items: center;
    gap: var(--_pm-space-xs);
    white-space: nowrap;
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
    display: flex;
    justify-content: flex-end;
    gap: var(--_pm-space-xs);
  }

  .announcement {
    font-size: var(--_pm-font-size-sm);
  }

  /* Still, unlike the cards' pulsing skeletons: rows are refilled by every sort, search and scroll,
     and a pulse in each loading cell made each such frame start a dozen composited animations. */
  .skeleton {
    display: inline-block;
    width: 3.5rem;
    height: 1em;
    border-radius: var(--_pm-radius-sm);
    background: var(--_pm-color-surface-muted);
  }

  /* A row says when alerts fire; "No alerts" on every other row of a fleet would be noise. */
  pipeline-alerts::part(badge-none) {
    display: none;
  }
`;
