import { css } from 'lit';

/** Styles of `<pipeline-dashboard>`: one column of sections; charts side by side when there is room. */
export const pipelineDashboardStyles = css`
  :host {
    display: block;
    container-type: inline-size;
    background: var(--pipeline-dashboard-background, var(--_pm-color-surface));
  }

  .base {
    display: flex;
    flex-direction: column;
    gap: var(--pipeline-dashboard-gap, var(--_pm-space-xl));
  }

  .section {
    display: flex;
    flex-direction: column;
    gap: var(--_pm-space-md);
    min-width: 0;
  }

  /* The firing alerts counted beside the status. */
  .section--header {
    flex-direction: row;
    flex-wrap: wrap;
    align-items: center;
  }

  .section--header pipeline-status {
    flex: 1 1 20rem;
  }

  .section--controls {
    flex-direction: row;
    flex-wrap: wrap;
    align-items: flex-start;
    justify-content: space-between;
    gap: var(--_pm-space-md) var(--_pm-space-xl);
    padding: var(--_pm-space-md) 0;
    border-block: var(--_pm-border-width) solid var(--_pm-color-border);
  }

  .heading {
    margin: 0;
    font-size: var(--_pm-font-size-md);
    font-weight: var(--_pm-font-weight-strong);
    color: var(--_pm-color-text-muted);
    text-transform: uppercase;
    letter-spacing: 0.04em;
  }

  .charts {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(min(100%, var(--pipeline-dashboard-chart-min-width, 22rem)), 1fr));
    gap: var(--_pm-space-lg);
  }

  /* The page's title: the pipeline's name, larger than where <pipeline-status> stands alone. */
  pipeline-status::part(name) {
    font-size: var(--_pm-font-size-xl);
  }

  /* Each chart draws one series its label already names: a toggle for it adds nothing; its levels stay. */
  .charts metric-chart::part(legend-item) {
    display: none;
  }

  .zone {
    display: inline-flex;
    align-items: center;
    gap: var(--_pm-space-xs);
    font-size: var(--_pm-font-size-sm);
  }

  /* One width whether it lists two zones or all of them (zone-picker.ts): nothing moves when it fills. */
  .zone__select {
    font: inherit;
    width: 14rem;
    max-width: 100%;
    padding: var(--_pm-space-xs) var(--_pm-space-sm);
    color: var(--_pm-color-text);
    background: var(--_pm-color-surface);
    border: var(--_pm-border-width) solid var(--_pm-color-border);
    border-radius: var(--_pm-radius-sm);
  }

  .empty {
    margin: 0;
    color: var(--_pm-color-text-muted);
  }

  .problems:empty {
    display: none;
  }

  .problems {
    display: flex;
    flex-direction: column;
    gap: var(--_pm-space-sm);
  }

  .problem,
  .not-found {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_pm-space-sm) var(--_pm-space-md);
    padding: var(--_pm-space-md);
    color: var(--_pm-color-text);
    background: var(--_pm-color-critical-surface);
    border-radius: var(--_pm-radius-sm);
  }

  .problem__message {
    flex: 1 1 16rem;
    min-width: 0;
    margin: 0;
    overflow-wrap: anywhere;
    unicode-bidi: isolate;
  }

  .problem .pm-icon,
  .not-found .pm-icon {
    flex: none;
    width: 1.25em;
    height: 1.25em;
    color: var(--_pm-color-critical);
  }

  .not-found {
    flex-direction: column;
    align-items: flex-start;
  }

  .not-found__title {
    display: flex;
    align-items: center;
    gap: var(--_pm-space-sm);
    margin: 0;
    font-size: var(--_pm-font-size-lg);
  }

  .not-found p {
    margin: 0;
    overflow-wrap: anywhere;
  }

  /* A part not rendered yet, in its final size so rendering it moves nothing (placeholder-view.ts). */
  .placeholder {
    border-radius: var(--_pm-radius-sm);
    background: var(--_pm-color-surface-muted);
  }

  /* Heights measured from the loaded parts at the default tokens; the grid follows its own columns.
     The status and the grid keep them while their own first request is in flight. */
  .placeholder--header,
  pipeline-status {
    min-height: 7.2rem;
  }

  .placeholder--controls {
    flex: 1;
    min-height: 2rem;
  }

  /* Auto-refresh, the range and the zone picker take two rows up to wide screens: the frame holds them. */
  .section--controls {
    min-height: 6.1rem;
  }

  .placeholder--metrics,
  pipeline-metrics-grid {
    min-height: 38rem;
  }

  @container (min-width: 30rem) {
    .placeholder--metrics,
    pipeline-metrics-grid {
      min-height: 24rem;
    }
  }

  @container (min-width: 56rem) {
    .placeholder--metrics,
    pipeline-metrics-grid {
      min-height: 16.8rem;
    }
  }

  .charts .placeholder {
    min-height: calc(var(--metric-chart-height, 16rem) + 4.4rem);
  }

  /* The height of "no firing alerts" with its counts: the common case moves nothing. */
  .placeholder--alerts,
  pipeline-alerts[part~='alerts'] {
    min-height: 5.75rem;
  }

  /* The tables and the log keep their placeholder's height while they wait for their first
     answer, so the parts below do not move up and back down as they fill in. */
  .placeholder--tables,
  table-metrics:state(loading) {
    min-height: 30rem;
  }

  .placeholder--errors,
  error-log:state(loading) {
    min-height: 40rem;
  }

  ::slotted(*) {
    min-width: 0;
  }
`;
