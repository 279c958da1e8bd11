/**
 * A store over the story simulator whose export pages (after the first) never come or fail, and a
 * decorator that presses the log's buttons once they are ready: the export's states, shown
 * without anyone clicking (Storybook's and the story test's renders alike).
 */
import { html } from 'lit';
import { ref } from 'lit/directives/ref.js';
import { SimModel } from '../../sim/model.js';
import { EXPORT_PAGE } from '../../src/elements/error-log/log-export.js';
import { MonitorError } from '../../src/errors.js';
import { RestSource } from '../../src/sources/rest-source.js';
import type { DataSource, ErrorQuery, RequestOptions } from '../../src/sources/source.js';
import { MetricsStore } from '../../src/store/metrics-store.js';
import { simFetch } from './sim-fetch.js';

/** How the export's second page ends: never (it stays in progress) or with a 503. */
export type ExportEnding = 'never' | 'unavailable';

const never = ({ signal }: RequestOptions) =>
  new Promise<never>((_, reject) => signal.addEventListener('abort', () => reject(signal.reason), { once: true }));

/** The story fleet (same seed, so the same ids), its export pages past the first ending as `ending` says. */
export function exportStore(ending: ExportEnding): MetricsStore {
  const rest = new RestSource({ endpoint: '/api/v1', fetch: simFetch(new SimModel(1, Date.now())) });
  const source = new Proxy(rest, {
    get(target, name, receiver) {
      if (name === 'key') return `story:export-${ending}`;
      if (name !== 'getErrors') return Reflect.get(target, name, receiver) as unknown;
      return (id: string, query: ErrorQuery, options: RequestOptions) => {
        if (query.limit !== EXPORT_PAGE || !query.offset) return target.getErrors(id, query, options);
        if (ending === 'never') return never(options);
        return Promise.reject(
          new MonitorError({ kind: 'http', resource: 'error log', status: 503, message: 'Could not load error log: the server is unavailable (503); try again later.' }),
        );
      };
    },
  }) as DataSource;
  return new MetricsStore(source, { intervalMs: 5000, keepPollingWhenHidden: true });
}

/** Presses each part of the first `<error-log>` inside, in turn, as soon as it is there and enabled. */
function press(root: Element, parts: readonly string[]): void {
  let tries = 0;
  const step = (left: readonly string[]) => {
    const button = root.querySelector('error-log')?.shadowRoot?.querySelector<HTMLButtonElement>(`[part="${left[0]}"]`);
    if (button && !button.disabled) {
      button.click();
      if (left.length > 1) setTimeout(() => step(left.slice(1)), 0);
    } else if (tries++ < 200) setTimeout(() => step(left), 25);
  };
  if (parts.length > 0) step(parts);
}

/** A decorator pressing `parts` (e.g. `download`, then `export-cancel`) once per render of the story. */
export function pressing(...parts: string[]) {
  const pressed = new WeakSet<Element>();
  return (story: () => unknown) =>
    html`<div
      ${ref((el) => {
        if (el && !pressed.has(el)) {
          pressed.add(el);
          press(el, parts);
        }
      })}
    >
      ${story()}
    </div>`;
}
