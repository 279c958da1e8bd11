/**
 * The baseline of `npm run bench:load`: the same data as `<pipeline-dashboard>` and
 * `<pipeline-list>` rendered by the plainest Lit there is. Every request at once on connect,
 * then one render of everything (three Chart.js charts, every table, the first 100 errors); no
 * store, no validation, no polling, no placeholders. It sets `data-ready` once all of it is on
 * screen.
 */
import { Chart, LinearScale, LineController, LineElement, PointElement } from 'chart.js';
import { html, LitElement, type PropertyValues } from 'lit';

Chart.register(LineController, LineElement, PointElement, LinearScale);

type Json = Record<string, any>;
const get = (url: string): Promise<Json> => fetch(url).then((response) => response.json() as Promise<Json>);

class BaseDashboard extends LitElement {
  static override properties = { data: { state: true } };
  data: { pipeline: Json; metrics: Json; history: Json; errors: Json } | undefined;
  #charts: Chart[] = [];

  override connectedCallback(): void {
    super.connectedCallback();
    const id = this.getAttribute('pipeline-id')!;
    const base = `${this.getAttribute('endpoint')}/pipelines/${id}`;
    const range = new URL(location.href).searchParams.get('range') ?? '1h';
    void Promise.all([get(base), get(`${base}/metrics`), get(`${base}/metrics/history?range=${range}`), get(`${base}/errors?limit=100`)]).then(
      ([pipeline, metrics, history, errors]) => {
        this.data = { pipeline: pipeline.pipeline, metrics: metrics.metrics, history: history.history, errors };
      },
    );
  }

  protected override render() {
    if (!this.data) return html`<p>Loading…</p>`;
    const { pipeline, metrics, errors } = this.data;
    return html`<header><h1>${pipeline.name}</h1><span>${pipeline.status}</span></header>
      <section><h2>Current metrics</h2>
        <dl>
          <dt>Events/s</dt><dd>${metrics.events_per_second.toFixed(1)}</dd>
          <dt>Lag</dt><dd>${metrics.lag_seconds.toFixed(1)} s</dd>
          <dt>Buffer</dt><dd>${metrics.buffer_depth}</dd>
          <dt>Errors</dt><dd>${metrics.error_count}</dd>
        </dl>
      </section>
      <section><h2>History</h2>
        ${['events_per_second', 'lag_seconds', 'buffer_depth'].map((key) => html`<div style="height:16rem"><canvas data-key=${key}></canvas></div>`)}
      </section>
      <section><h2>Tables</h2>
        <table>${(metrics.tables ?? []).map((t: Json) => html`<tr><td>${t.schema}.${t.table}</td><td>${t.events_processed}</td><td>${t.lag_seconds}</td></tr>`)}</table>
      </section>
      <section><h2>Errors</h2>
        <ul>${errors.errors.map((e: Json) => html`<li><time>${e.timestamp}</time> ${e.type}: ${e.message}</li>`)}</ul>
      </section>`;
  }

  protected override updated(_: PropertyValues): void {
    if (!this.data || this.#charts.length) return;
    const points = this.data.history.data_points as Json[];
    for (const canvas of this.renderRoot.querySelectorAll('canvas')) {
      const key = canvas.dataset.key!;
      const data = points.map((p) => ({ x: Date.parse(p.timestamp), y: p[key] }));
      this.#charts.push(
        new Chart(canvas, {
          type: 'line',
          data: { datasets: [{ label: key, data, pointRadius: 0 }] },
          options: { animation: false, maintainAspectRatio: false, parsing: false, scales: { x: { type: 'linear' } } },
        }),
      );
    }
    this.dataset.ready = '';
  }
}

class BaseList extends LitElement {
  static override properties = { rows: { state: true } };
  rows: { pipeline: Json; metrics: Json | undefined }[] | undefined;

  override connectedCallback(): void {
    super.connectedCallback();
    const base = `${this.getAttribute('endpoint')}/pipelines`;
    void get(base).then(async ({ pipelines }) => {
      const metrics = await Promise.all(
        (pipelines as Json[]).map((p) => (p.status === 'running' ? get(`${base}/${p.id}/metrics`).then((m) => m.metrics) : undefined)),
      );
      this.rows = (pipelines as Json[]).map((pipeline, i) => ({ pipeline, metrics: metrics[i] }));
    });
  }

  protected override render() {
    if (!this.rows) return html`<p>Loading…</p>`;
    return html`<ul>
      ${this.rows.map(({ pipeline, metrics }) => html`<li><a href="#${pipeline.id}">${pipeline.name}</a> ${pipeline.status}
        ${(pipeline.tables ?? []).length} tables ${metrics ? `${metrics.events_per_second.toFixed(1)}/s` : '—'}
        <button type="button">${pipeline.status === 'running' ? 'Stop' : 'Start'}</button></li>`)}
    </ul>`;
  }

  protected override updated(): void {
    if (this.rows) this.dataset.ready = '';
  }
}

customElements.define('base-dashboard', BaseDashboard);
customElements.define('base-list', BaseList);
