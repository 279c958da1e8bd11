/**
 * Gives an element its store: the one a parent provides through context (such as
 * `<pipeline-dashboard>`), else the page-wide shared store for the element's endpoint, so
 * sibling tags dropped anywhere in static HTML with the same `endpoint` share one poller.
 */
import { ContextConsumer } from '@lit/context';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { endpointConfig, type EndpointConfig } from '../config.js';
import { lazyPrometheusSource } from '../sources/lazy-prometheus.js';
import { RestSource } from '../sources/rest-source.js';
import type { DataSource } from '../sources/source.js';
import type { MetricsStore } from '../store/metrics-store.js';
import { acquireStore, type StoreLease } from '../store/registry.js';
import { storeContext } from './store-context.js';

/** Where an element reads from when no parent provides a store. */
export interface SourceSettings {
  /** `rest` reads the philotes API at `endpoint`; `prometheus` reads `prometheusUrl` with `selector`. */
  source: 'rest' | 'prometheus';
  /** Base URL of the philotes REST API. */
  endpoint: string;
  /** Base URL of Prometheus (or Thanos, Mimir, VictoriaMetrics). */
  prometheusUrl: string;
  /** Label matchers naming the pipeline's series, e.g. `source="postgres-orders"`. */
  selector: string;
  /** The pipeline's id, carried into what the Prometheus source returns. */
  pipelineId: string;
  /** The pipeline's display name for the Prometheus source. */
  pipelineName: string;
  /** The Prometheus `rate()` window, e.g. `2m` when scrapes are 30 s apart. */
  rateWindow: string;
}

/** The source `settings` describe, configured by what the page registered for its URL. */
function createSource(settings: SourceSettings): { source: DataSource; config: EndpointConfig } {
  if (settings.source === 'prometheus') {
    const { timeoutMs, keepPollingWhenHidden, ...http } = endpointConfig(settings.prometheusUrl);
    const attributes = {
      'prometheus-url': settings.prometheusUrl,
      selector: settings.selector,
      'pipeline-id': settings.pipelineId || undefined,
      'pipeline-name': settings.pipelineName || undefined,
      'rate-window': settings.rateWindow || undefined,
    };
    const source = lazyPrometheusSource(attributes, http);
    return { source, config: { timeoutMs, keepPollingWhenHidden } };
  }
  const { timeoutMs, keepPollingWhenHidden, ...http } = endpointConfig(settings.endpoint);
  return { source: new RestSource({ endpoint: settings.endpoint, ...http }), config: { timeoutMs, keepPollingWhenHidden } };
}

/** What decides the shared store: REST settings ignore the Prometheus ones and vice versa. */
function identity(settings: SourceSettings): string {
  return settings.source === 'prometheus'
    ? JSON.stringify(['prometheus', settings.prometheusUrl, settings.selector, settings.pipelineId, settings.pipelineName, settings.rateWindow])
    : JSON.stringify(['rest', settings.endpoint]);
}

/**
 * A claim on the page's shared store for `settings`, created with what the page registered for
 * its URL (`configureEndpoint`). Elements take theirs on connect; a warm-up can take one earlier.
 */
export function acquireSourceStore(settings: SourceSettings): StoreLease {
  const { source, config } = createSource(settings);
  const options = {
    ...(config.timeoutMs === undefined ? {} : { timeoutMs: config.timeoutMs }),
    keepPollingWhenHidden: config.keepPollingWhenHidden ?? false,
  };
  return acquireStore(source, options);
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
      const settings = this.#settings();
      const wanted = identity(settings);
      if (!this.#lease || this.#leaseFor !== wanted) {
        this.#release();
        this.#lease = acquireSourceStore(settings);
        this.#leaseFor = wanted;
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
