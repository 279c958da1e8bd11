/**
 * The baseline the benchmark compares against: the obvious Lit implementation, a plain table (or
 * list) rendering every row with a keyed `repeat`, no windowing, no grouping.
 */
import { html, LitElement } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import type { PipelineError, TableMetrics } from '../src/schemas/index.js';

/** Every table as a `<tr>`. */
export class BaselineTable extends LitElement {
  static override properties = { tables: { attribute: false } };
  tables: readonly TableMetrics[] = [];

  protected override render() {
    return html`<table>
      <thead><tr><th>Table</th><th>Events processed</th><th>Lag</th><th>Last event</th></tr></thead>
      <tbody>
        ${repeat(
          this.tables,
          (t) => `${t.schema}.${t.table}`,
          (t) => html`<tr>
            <td>${t.schema}.${t.table}</td>
            <td>${t.events_processed.toLocaleString('en-US')}</td>
            <td>${t.lag_seconds.toFixed(1)} s</td>
            <td>${t.last_event_at?.toISOString() ?? '—'}</td>
          </tr>`,
        )}
      </tbody>
    </table>`;
  }
}
customElements.define('baseline-table', BaselineTable);

/** Every error as an `<li>`. */
export class BaselineLog extends LitElement {
  static override properties = { errors: { attribute: false } };
  errors: readonly PipelineError[] = [];

  protected override render() {
    return html`<ol>
      ${repeat(
        this.errors,
        (e) => e.id,
        (e) => html`<li><span>${e.type}</span> <time>${e.timestamp.toISOString()}</time> <span>${e.table}</span><p>${e.message}</p></li>`,
      )}
    </ol>`;
  }
}
customElements.define('baseline-log', BaselineLog);
