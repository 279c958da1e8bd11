/**
 * Declarative selection of the Prometheus source: the attributes an element carries
 * (`source="prometheus"`, `prometheus-url`, `selector`, …) turned into a PrometheusSource.
 */
import type { HttpOptions } from './http.js';
import { PrometheusSource, type PrometheusSourceOptions } from './prometheus-source.js';

/** Reads attributes off an element, or a plain record of them. */
export type AttributeSource = { getAttribute(name: string): string | null } | Readonly<Record<string, string | null | undefined>>;

/**
 * The Prometheus source an element's attributes describe, for declarative HTML:
 * `prometheus-url` (required), `selector` (required), `pipeline-id`, `pipeline-name`, `rate-window`.
 * `http` adds headers, credentials or a fetch. Never throws: a missing URL or a bad selector
 * makes every read reject with a MonitorError the element shows.
 */
export function createPrometheusSource(attributes: AttributeSource, http: HttpOptions = {}): PrometheusSource {
  const read = (name: string): string | undefined => {
    const value =
      typeof attributes.getAttribute === 'function'
        ? (attributes as { getAttribute(name: string): string | null }).getAttribute(name)
        : (attributes as Readonly<Record<string, string | null | undefined>>)[name];
    return value === null || value === undefined ? undefined : value;
  };
  const options: PrometheusSourceOptions = { ...http, url: read('prometheus-url') ?? '', selector: read('selector') ?? '' };
  const pipelineId = read('pipeline-id');
  const name = read('pipeline-name');
  const rateWindow = read('rate-window');
  if (pipelineId !== undefined) options.pipelineId = pipelineId;
  if (name !== undefined) options.name = name;
  if (rateWindow !== undefined) options.rateWindow = rateWindow;
  return new PrometheusSource(options);
}
