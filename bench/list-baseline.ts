/**
 * The baseline the pipeline-list benchmark compares against: the obvious Lit list. It watches the
 * list and the metrics of every running pipeline through the same store, and renders every row
 * with a keyed `repeat`, filtering and sorting the whole array on each render.
 */
import { html, LitElement } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import type { Pipeline, PipelineList, PipelineMetrics } from '../src/schemas/index.js';
import type { MetricsStore } from '../src/store/metrics-store.js';

/** Every pipeline as an `<li>`, with its figures once loaded. */
export class BaselineList extends LitElement {
  static override properties = { search: {}, sortBy: { attribute: false } };
  search = '';
  sortBy: 'name' | 'events' = 'name';
  store: MetricsStore | undefined;
  #list: PipelineList | undefined;
  #metrics = new Map<string, PipelineMetrics>();
  #off: (() => void)[] = [];

  override connectedCallback(): void {
    super.connectedCallback();
    const list = this.store!.pipelines();
    this.#off.push(
      list.subscribe(({ data }) => {
        if (!data || data === this.#list) return;
        this.#list = data;
        for (const p of data.pipelines) {
          if (p.status !== 'running') continue;
          this.#off.push(
            this.store!.metrics(p.id).subscribe(({ data: m }) => {
              if (m) this.#metrics.set(p.id, m);
              this.requestUpdate();
            }),
          );
        }
        this.requestUpdate();
      }),
    );
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    for (const off of this.#off) off();
  }

  protected override render() {
    const words = this.search.toLowerCase();
    const shown = (this.#list?.pipelines ?? []).filter((p) => p.name.toLowerCase().includes(words));
    const eps = (p: Pipeline) => this.#metrics.get(p.id)?.events_per_second ?? -1;
    shown.sort(this.sortBy === 'events' ? (a, b) => eps(b) - eps(a) : (a, b) => a.name.localeCompare(b.name));
    return html`<input .value=${this.search} />
      <ul>
        ${repeat(
          shown,
          (p) => p.id,
          (p) => {
            const m = this.#metrics.get(p.id);
            return html`<li>
              <button>${p.name}</button> <span>${p.status}</span> <span>${p.tables?.length ?? '—'}</span>
              <span>${m ? `${m.events_per_second.toFixed(1)}/s` : '—'}</span> <span>${m ? `${m.lag_seconds.toFixed(1)} s` : '—'}</span>
              <span>${m ? m.error_count : '—'}</span>
            </li>`;
          },
        )}
      </ul>`;
  }
}
customElements.define('baseline-list', BaselineList);
