/**
 * Data for stories: a MetricsStore in one of the states a designer reviews, and
 * `<story-store>`, which hands it to the elements inside by context.
 */
import { ContextProvider } from '@lit/context';
import { css, html, LitElement } from 'lit';
import { property } from 'lit/decorators.js';
import { SimModel } from '../../sim/model.js';
import { storeContext } from '../../src/controllers/store-context.js';
import { MonitorError } from '../../src/errors.js';
import { RestSource } from '../../src/sources/rest-source.js';
import type { DataSource, RequestOptions } from '../../src/sources/source.js';
import { MetricsStore } from '../../src/store/metrics-store.js';
import { simFetch } from './sim-fetch.js';

/** The states every element's stories show. */
export type StoryMode = 'data' | 'loading' | 'empty' | 'error' | 'stale' | 'partial';

const model = new SimModel(1, Date.now());
const byStatus = (status: string) =>
  model.pipelines.find((p) => p.timeline.statusAt(Date.now()) === status)?.def.id ?? model.pipelines[0]!.def.id;

/** Pipeline ids of the story fleet: one running (with the most tables), one in error, one stopped. */
export const storyPipelines = {
  running: [...model.pipelines]
    .filter((p) => p.timeline.statusAt(Date.now()) === 'running')
    .sort((a, b) => b.def.tables.length - a.def.tables.length)[0]?.def.id ?? byStatus('running'),
  error: byStatus('error'),
  stopped: byStatus('stopped'),
};

const proxyError = () =>
  new MonitorError({
    kind: 'not-json',
    resource: 'pipeline metrics',
    status: 502,
    message: 'Could not read pipeline metrics: HTTP 502 Bad Gateway, and the server sent an HTML page instead of JSON (a proxy or server error page).',
  });

const never = ({ signal }: RequestOptions) =>
  new Promise<never>((_, reject) => signal.addEventListener('abort', () => reject(signal.reason), { once: true }));

/** Wraps the simulated source so every call behaves as `mode` asks. */
function sourceFor(mode: StoryMode): DataSource {
  const live = new RestSource({ endpoint: '/api/v1', fetch: simFetch(model) });
  const served = new Set<string>();
  return new Proxy(live, {
    get(target, name, receiver) {
      const value = Reflect.get(target, name, receiver) as unknown;
      if (typeof value !== 'function') return name === 'key' ? `story:${mode}` : value;
      const method = String(name);
      return async (...args: unknown[]) => {
        const options = args.at(-1) as RequestOptions;
        if (mode === 'loading') return never(options);
        if (mode === 'error') throw proxyError();
        if (mode === 'stale' && served.has(method)) throw proxyError();
        served.add(method);
        const result = (await (value as (...a: unknown[]) => Promise<unknown>).apply(target, args)) as Record<string, unknown>;
        if (mode === 'partial' && typeof result === 'object' && !Array.isArray(result)) return { ...result, partial: true };
        return mode === 'empty' ? emptied(method, result) : result;
      };
    },
  });
}

/** The same answer with nothing in it: no pipelines, tables, points or errors. */
function emptied(method: string, result: Record<string, unknown>): unknown {
  switch (method) {
    case 'listPipelines':
      return { pipelines: [], total_count: 0 };
    case 'getMetrics':
      return { ...result, tables: [] };
    case 'getPipeline':
      return { ...result, tables: [] };
    case 'getHistory':
      return { ...result, data_points: [] };
    case 'getErrors':
      return { errors: [], total_count: 0 };
    default:
      return result;
  }
}

/**
 * A store in `mode`. `stale` serves one good answer per resource, then fails every poll
 * (each second), so the elements show kept data marked stale with the failure.
 */
export function storyStore(mode: StoryMode, intervalMs = mode === 'stale' ? 1000 : 5000): MetricsStore {
  return new MetricsStore(sourceFor(mode), { intervalMs, keepPollingWhenHidden: true });
}

/**
 * @summary Provides a store to the elements inside it, as `<pipeline-dashboard>` does.
 * @tag story-store
 * @slot - The elements that read the store.
 */
export class StoryStore extends LitElement {
  static override styles = css`
    :host {
      display: block;
    }
  `;

  /** The store handed to descendants. */
  @property({ attribute: false }) store: MetricsStore = storyStore('data');

  readonly #provider = new ContextProvider(this, { context: storeContext, initialValue: this.store });

  protected override willUpdate(): void {
    this.#provider.setValue(this.store);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.store.dispose();
  }

  protected override render() {
    return html`<slot></slot>`;
  }
}

if (!customElements.get('story-store')) customElements.define('story-store', StoryStore);

declare global {
  interface HTMLElementTagNameMap {
    'story-store': StoryStore;
  }
}
