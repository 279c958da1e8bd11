import { css } from 'lit';

/** Styles of `<pipeline-alerts>`; colours and spacing come from the theme tokens. */
export const pipelineAlertsStyles = css`
  :host {
    display: block;
    font-family: var(--_pm-font-family);
    font-size: var(--_pm-font-size-sm);
    line-height: var(--_pm-line-height);
    color: var(--_pm-color-text);
  }

  :host([compact]) {
    display: inline-block;
  }

  .frame {
    display: flex;
    flex-direction: column;
    gap: var(--_pm-space-sm);
    padding: var(--_pm-space-md);
    background: var(--pipeline-alerts-background, var(--_pm-color-surface));
    border: var(--_pm-border-width) solid var(--pipeline-alerts-border-color, var(--_pm-color-border));
    border-radius: var(--pipeline-alerts-radius, var(--_pm-radius-md));
  }

  .badge {
    display: inline-flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_pm-space-xs);
  }

  .badge--none {
    color: var(--_pm-color-ok);
    font-weight: var(--_pm-font-weight-strong);
  }

  .badge--unavailable {
    color: var(--_pm-color-text-muted);
  }

  .badge--loading {
    display: inline-block;
    width: 4em;
    height: 1em;
    border-radius: var(--_pm-radius-sm);
    background: var(--_pm-color-surface-muted);
  }

  .sep {
    color: var(--_pm-color-text-muted);
  }

  .note {
    margin: 0;
    color: var(--_pm-color-text-muted);
  }

  .list {
    display: flex;
    flex-direction: column;
    gap: var(--_pm-space-sm);
    margin: 0;
    padding: 0;
    list-style: none;
    max-height: var(--pipeline-alerts-max-height, 32rem);
    overflow: auto;
  }

  .alert {
    display: flex;
    flex-direction: column;
    gap: var(--_pm-space-xs);
    padding: var(--_pm-space-sm) var(--_pm-space-md);
    border: var(--_pm-border-width) solid var(--pipeline-alerts-border-color, var(--_pm-color-border));
    border-inline-start-width: 4px;
    border-radius: var(--_pm-radius-sm);
  }

  .alert[data-severity='critical'] {
    border-inline-start-color: var(--_pm-color-critical);
  }

  .alert[data-severity='warning'] {
    border-inline-start-color: var(--_pm-color-warning);
  }

  /* Set apart by its border, not by opacity: faded text fails contrast. */
  .alert--resolved {
    border-inline-start-color: var(--_pm-color-border);
  }

  .alert__head {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: var(--_pm-space-xs) var(--_pm-space-sm);
  }

  .rule {
    font-weight: var(--_pm-font-weight-strong);
    overflow-wrap: anywhere;
  }

  .subject,
  .status {
    color: var(--_pm-color-text-muted);
    overflow-wrap: anywhere;
  }

  .status {
    margin-inline-start: auto;
  }

  .summary {
    margin: 0;
    overflow-wrap: anywhere;
    unicode-bidi: isolate;
  }

  .facts {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_pm-space-xs) var(--_pm-space-lg);
    margin: 0;
  }

  .facts > div {
    display: flex;
    gap: var(--_pm-space-xs);
  }

  .facts dt {
    color: var(--_pm-color-text-muted);
  }

  .facts dd {
    margin: 0;
    overflow-wrap: anywhere;
  }

  .alert > .pm-button {
    align-self: flex-start;
  }

  .ack-form {
    display: flex;
    flex-wrap: wrap;
    align-items: flex-end;
    gap: var(--_pm-space-sm);
  }

  .field {
    display: flex;
    flex-direction: column;
    gap: 2px;
  }

  .field--wide {
    flex: 1 1 12rem;
  }

  .field input {
    font: inherit;
    padding: var(--_pm-space-xs) var(--_pm-space-sm);
    color: var(--_pm-color-text);
    background: var(--_pm-color-surface);
    border: var(--_pm-border-width) solid var(--_pm-color-border);
    border-radius: var(--_pm-radius-sm);
  }

  .ack-actions {
    display: flex;
    gap: var(--_pm-space-xs);
  }

  .ack-result {
    display: flex;
    align-items: center;
    gap: var(--_pm-space-xs);
    flex-basis: 100%;
    margin: 0;
    overflow-wrap: anywhere;
  }

  .ack-result--ok {
    color: var(--_pm-color-ok);
  }

  .ack-result--error {
    color: var(--_pm-color-critical);
  }
`;
