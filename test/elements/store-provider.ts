/**
 * `<test-store-provider>`: provides the store set on it to everything inside, by context, the way
 * `<pipeline-dashboard>` does. Used by the element tests and the benchmark pages.
 */
import { ContextProvider } from '@lit/context';
import { html, LitElement } from 'lit';
import { storeContext } from '../../src/controllers/store-context.js';
import type { MetricsStore } from '../../src/store/metrics-store.js';

/** Provides `store` to its children through the store context. */
export class TestStoreProvider extends LitElement {
  readonly #provider = new ContextProvider(this, { context: storeContext });

  /** Set before the children connect, so none of them falls back to a shared store on the network. */
  set store(store: MetricsStore | undefined) {
    this.#provider.setValue(store);
  }

  get store(): MetricsStore | undefined {
    return this.#provider.value;
  }

  protected override render() {
    return html`<slot></slot>`;
  }
}
customElements.define('test-store-provider', TestStoreProvider);

declare global {
  interface HTMLElementTagNameMap {
    'test-store-provider': TestStoreProvider;
  }
}
