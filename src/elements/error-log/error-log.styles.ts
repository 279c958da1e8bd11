import { css } from 'lit';

/** Styles of `<error-log>`; colours and spacing come from the theme tokens. */
export const errorLogStyles = css`
  :host {
    display: block;
    font-family: var(--_pm-font-family);
    font-size: var(--_pm-font-size-sm);
    line-height: var(--_pm-line-height);
    color: var(--_pm-color-text);
  }

  .frame {
    display: flex;
    flex-direction: column;
    gap: var(--_pm-space-sm);
    min-width: 0;
    padding: var(--error-log-padding, var(--_pm-space-md));
    background: var(--error-log-background, var(--_pm-color-surface));
    border: var(--_pm-border-width) solid var(--error-log-border-color, var(--_pm-color-border));
    border-radius: var(--error-log-radius, var(--_pm-radius-md));
  }

  .toolbar,
  .controls,
  .chips,
  .export,
  .status {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_pm-space-sm);
  }

  .toolbar {
    flex-direction: column;
    align-items: stretch;
  }

  .chip {
    display: inline-flex;
    align-items: center;
    gap: var(--_pm-space-xs);
    font: inherit;
    padding: var(--_pm-space-xs) var(--_pm-space-sm);
    color: var(--_pm-color-text);
    background: var(--_pm-color-surface);
    border: var(--_pm-border-width) solid var(--_pm-color-border);
    border-radius: 999px;
    cursor: pointer;
  }

  .chip[aria-pressed='true'] {
    color: var(--_pm-color-on-accent);
    background: var(--_pm-color-accent);
    border-color: var(--_pm-color-accent);
  }

  .chip:focus-visible {
    outline: var(--_pm-focus-ring);
    outline-offset: var(--_pm-focus-ring-offset);
  }

  .chip__count {
    font-variant-numeric: tabular-nums;
    font-weight: var(--_pm-font-weight-strong);
  }

  .status {
    color: var(--_pm-color-text-muted);
    font-variant-numeric: tabular-nums;
    min-height: 1.5em;
  }

  .gap {
    color: var(--_pm-color-warning);
  }

  .scroller {
    max-height: var(--error-log-max-height, 32rem);
    /* The element keeps the reader's place itself (scroll-anchor.ts); the browser must not as well. */
    overflow-anchor: none;
  }

  .list {
    margin: 0;
    padding: 0;
    list-style: none;
  }

  .entry {
    display: flex;
    flex-direction: column;
    gap: var(--_pm-space-xs);
    min-width: 0;
    padding: var(--_pm-space-sm) var(--_pm-space-md);
    border-block-end: var(--_pm-border-width) solid var(--_pm-color-border);
    /* Once drawn, an entry keeps its size while skipped (below). */
    contain-intrinsic-size: auto 6rem;
  }

  /* Entries out of view skip style, layout and paint until scrolled near: laying out all 100
     of a page cost a frame of over 40 ms. Entries on the first screen and new errors placed
     above the reader are always drawn, so the reading place is restored from real heights. */
  .entry--lazy {
    content-visibility: auto;
  }

  .entry__head {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_pm-space-xs) var(--_pm-space-sm);
    min-width: 0;
  }

  .badge {
    display: inline-block;
    padding: 0 var(--_pm-space-sm);
    font-size: var(--_pm-font-size-xs);
    font-weight: var(--_pm-font-weight-strong);
    color: var(--_pm-color-text);
    background: var(--_pm-color-surface-muted);
    border: var(--_pm-border-width) solid var(--_pm-color-border);
    border-inline-start-width: 4px;
    border-radius: var(--_pm-radius-sm);
    white-space: nowrap;
  }

  /* The edge colour tells types apart at a glance; the word says which it is. */
  .badge--replication { border-inline-start-color: var(--_pm-color-accent); }
  .badge--schema { border-inline-start-color: var(--_pm-color-warning-fill); }
  .badge--connection { border-inline-start-color: var(--_pm-color-critical-fill); }
  /* Orange, not the ok green: a failed write is no success. */
  .badge--write { border-inline-start-color: light-dark(#bc4c00, #f0883e); }
  .badge--unknown { border-inline-start-color: var(--_pm-color-text-muted); }

  .table {
    min-width: 0;
    max-width: 100%;
    overflow: hidden;
    white-space: nowrap;
    text-overflow: ellipsis;
    font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace;
    font-size: var(--_pm-font-size-xs);
    unicode-bidi: isolate;
  }

  .count {
    font-weight: var(--_pm-font-weight-strong);
    font-variant-numeric: tabular-nums;
  }

  .message {
    display: -webkit-box;
    -webkit-box-orient: vertical;
    -webkit-line-clamp: 3;
    margin: 0;
    overflow: hidden;
    overflow-wrap: anywhere;
    unicode-bidi: isolate;
  }

  .details summary {
    width: fit-content;
    cursor: pointer;
    color: var(--_pm-color-accent);
    font-size: var(--_pm-font-size-xs);
    border-radius: var(--_pm-radius-sm);
  }

  .facts {
    display: grid;
    grid-template-columns: max-content minmax(0, 1fr);
    gap: 0 var(--_pm-space-md);
    margin: var(--_pm-space-xs) 0;
  }

  .facts dt {
    color: var(--_pm-color-text-muted);
  }

  .facts dd {
    margin: 0;
    overflow-wrap: anywhere;
  }

  .full-message {
    max-height: 16rem;
    margin: 0;
    padding: var(--_pm-space-sm);
    overflow: auto;
    white-space: pre-wrap;
    overflow-wrap: anywhere;
    font-size: var(--_pm-font-size-xs);
    background: var(--_pm-color-surface-muted);
    border-radius: var(--_pm-radius-sm);
  }

  .occurrences-title {
    margin: var(--_pm-space-xs) 0 0;
  }

  .occurrences {
    margin: 0;
    padding-inline-start: var(--_pm-space-xl);
    font-variant-numeric: tabular-nums;
  }

  .footer {
    display: flex;
    justify-content: center;
    padding: var(--_pm-space-sm);
  }

  .end {
    margin: 0;
    color: var(--_pm-color-text-muted);
  }

  .counts__note {
    margin: 0 0 var(--_pm-space-sm);
    color: var(--_pm-color-text-muted);
  }

  .counts__table {
    border-collapse: collapse;
  }

  .counts__table th,
  .counts__table td {
    padding: var(--_pm-space-xs) var(--_pm-space-md) var(--_pm-space-xs) 0;
    text-align: start;
  }

  .counts__table .num {
    text-align: end;
    font-variant-numeric: tabular-nums;
  }

  .counts__table tfoot th,
  .counts__table tfoot td {
    border-block-start: var(--_pm-border-width) solid var(--_pm-color-border);
    font-weight: var(--_pm-font-weight-strong);
  }

  .counts__total {
    margin: 0;
  }
`;
