/**
 * Gives an element its store: the one a parent provides through context (such as
 * `<pipeline-dashboard>`), else the page-wide shared store for the element's endpoint, so
 * sibling tags dropped anywhere in static HTML with the same `endpoint` share one poller.
 */
import { ContextConsumer } from '@lit/context';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { endpointConfig } from '../config.js';
import { RestSource } from '../sources/rest-source.js';
import type { MetricsStore } from '../store/metrics-store.js';
import { acquireStore, type StoreLease } from '../store/registry.js';
import { storeContext } from './store-context.js';

/** Where an element reads from when no parent provides a store. */
export interface SourceSettings {
  /** Base URL of the philotes REST API. */
  endpoint: string;
}

/** Resolves and holds the host's store; add it before any QueryController of the host. */
export class StoreController implements ReactiveController {
  /** The store the host reads from; undefined while disconnected. */
  store: MetricsStore | undefined;
  readonly #settings: () => SourceSettings;
  #provided: MetricsStore | undefined;
  #lease: StoreLease | undefined;
  #leaseFor = '';
  #connected = false;

  /** `settings` is read on connect and before each update, so attribute changes move the host. */
  constructor(host: ReactiveControllerHost & HTMLElement, settings: () => SourceSettings) {
    this.#settings = settings;
    new ContextConsumer(host, {
      context: storeContext,
      subscribe: true,
      callback: (store) => {
        this.#provided = store;
        if (this.#sync()) host.requestUpdate();
      },
    });
    host.addController(this);
  }

  hostConnected(): void {
    this.#connected = true;
    this.#sync();
  }

  hostUpdate(): void {
    this.#sync();
  }

  hostDisconnected(): void {
    this.#connected = false;
    this.#release();
    this.store = undefined;
  }

  /** Points `store` at the provided or shared store; returns whether it changed. */
  #sync(): boolean {
    const before = this.store;
    if (!this.#connected) return false;
    if (this.#provided) {
      this.#release();
      this.store = this.#provided;
    } else {
      const { endpoint } = this.#settings();
      if (!this.#lease || this.#leaseFor !== endpoint) {
        this.#release();
        const { timeoutMs, keepPollingWhenHidden, ...http } = endpointConfig(endpoint);
        const options = { ...(timeoutMs === undefined ? {} : { timeoutMs }), keepPollingWhenHidden: keepPollingWhenHidden ?? false };
        this.#lease = acquireStore(new RestSource({ endpoint, ...http }), options);
        this.#leaseFor = endpoint;
      }
      this.store = this.#lease.store;
    }
    return this.store !== before;
  }

  #release(): void {
    this.#lease?.release();
    this.#lease = undefined;
    this.#leaseFor = '';
  }
}
