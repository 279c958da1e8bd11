/**
 * The Prometheus source behind a dynamic `import()`: pages and bundles that read only the REST
 * API never load PromQL, the envelope parser or the Prometheus client (a 5.9 kB gzip chunk that
 * an app's bundler splits off). The single-file bundle inlines the import.
 */
import { MonitorError } from '../errors.js';
import type { HttpOptions } from './http.js';
import type { AttributeSource, createPrometheusSource } from './prometheus-attributes.js';
import type { DataSource, SourceCapabilities } from './source.js';

/** Loads the module that builds the real source; replaced in tests to inject a failure. */
export type PrometheusLoader = () => Promise<{
  createPrometheusSource(attributes: AttributeSource, http: HttpOptions): PrometheusReads;
}>;

/** What the Prometheus source implements of the optional reads. */
type PrometheusReads = DataSource & Required<Pick<DataSource, 'getErrorCounts' | 'listAlerts'>>;

const loadModule: PrometheusLoader = () => import('./prometheus-attributes.js');

/**
 * A DataSource that loads and builds the Prometheus source on its first call and delegates every
 * call to it. `attributes` are those of {@link createPrometheusSource}, `prometheus-url` first;
 * its key (`prometheus:` and the attribute values joined by `|`) is known before anything loads,
 * so elements with the same settings share one store. A failed load rejects that call with a
 * retryable MonitorError of kind `network` and is tried again on the next call.
 */
export function lazyPrometheusSource(
  attributes: Readonly<Record<string, string | undefined>>,
  http: HttpOptions,
  load: PrometheusLoader = loadModule,
): DataSource {
  let source: Promise<PrometheusReads> | undefined;
  const ready = (): Promise<PrometheusReads> =>
    (source ??= load().then(
      (module) => module.createPrometheusSource(attributes, http),
      (error: unknown) => {
        source = undefined;
        const reason = error instanceof Error ? error.message : String(error);
        throw new MonitorError({
          kind: 'network',
          resource: 'Prometheus support',
          message: `Could not load the Prometheus support module: ${reason}`,
          cause: error,
        });
      },
    ));
  const capabilities: SourceCapabilities = { errorLog: false, control: false };
  return {
    key: `prometheus:${Object.values(attributes).map((value) => value ?? '').join('|')}`,
    capabilities,
    listPipelines: async (options) => (await ready()).listPipelines(options),
    getPipeline: async (id, options) => (await ready()).getPipeline(id, options),
    getMetrics: async (id, options) => (await ready()).getMetrics(id, options),
    getHistory: async (id, range, options) => (await ready()).getHistory(id, range, options),
    getErrors: async (id, query, options) => (await ready()).getErrors(id, query, options),
    getErrorCounts: async (id, options) => (await ready()).getErrorCounts(id, options),
    startPipeline: async (id, options) => (await ready()).startPipeline(id, options),
    stopPipeline: async (id, options) => (await ready()).stopPipeline(id, options),
    listAlerts: async (query, options) => (await ready()).listAlerts(query, options),
  };
}
