/**
 * Page-wide settings an embedder registers before the elements connect: how to talk to an
 * endpoint (headers for bearer tokens, credentials, timeout). Kept out of attributes so tokens
 * never appear in markup or URLs.
 */
import type { HeadersOption } from './sources/http.js';

/** How the elements reach one endpoint. */
export interface EndpointConfig {
  /** Extra headers for every request, or a function returning them per request. */
  headers?: HeadersOption;
  /** `fetch` credentials mode, e.g. `'include'` for cookie sessions on another origin. */
  credentials?: RequestCredentials;
  /** Per-request timeout in milliseconds (default 10000). */
  timeoutMs?: number;
  /** Keep polling while the page is hidden, for wall displays (default false). */
  keepPollingWhenHidden?: boolean;
}

const configs = new Map<string, EndpointConfig>();

/** Absolute URL without trailing slash, so `/api/v1` and `/api/v1/` name the same endpoint. */
export function normaliseUrl(url: string): string {
  let resolved = url;
  try {
    resolved = new URL(url, globalThis.location?.href).href;
  } catch {
    // Relative URL and no page location (Node): keep it as given.
  }
  return resolved.replace(/\/+$/, '');
}

/**
 * Sets how every element reading `endpoint` (a REST base URL or a Prometheus URL) sends its
 * requests. Call it before the elements connect: a store is created once per endpoint.
 */
export function configureEndpoint(endpoint: string, config: EndpointConfig): void {
  configs.set(normaliseUrl(endpoint), { ...config });
}

/** The configuration registered for `endpoint`, or an empty one. */
export function endpointConfig(endpoint: string): EndpointConfig {
  return configs.get(normaliseUrl(endpoint)) ?? {};
}
