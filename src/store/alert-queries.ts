/**
 * The store's alerting queries, kept out of MetricsStore so that elements without alerts do not
 * carry them: every alert of the source (firing and the latest resolved) as one query per store,
 * the rules as another, and acknowledge as a single-flight request per alert.
 */
import type { AcknowledgeResponse } from '../schemas/alerts.js';
import type { AcknowledgeInput } from '../sources/source.js';
import { acknowledge, loadAlertFeed, loadAlertRules, type AlertFeed, type AlertRuleFeed } from './alert-feed.js';
import type { MetricsStore, QueryHandle } from './metrics-store.js';
import type { QueryDefinition } from './query.js';
import { startRequest } from './request.js';

/** The store's query keys, in its own format. */
const ALERTS_KEY = JSON.stringify(['alerts']);
const RULES_KEY = JSON.stringify(['alert-rules']);

/** A query that polls no more (Infinity) once it learnt that the server has no alerting. */
function alertingQuery<T extends { available: boolean }>(store: MetricsStore, definition: QueryDefinition<T>, floorMs: number): QueryHandle<T> {
  const handle: QueryHandle<T> = store.query(definition, () => (handle.state.data?.available === false ? Number.POSITIVE_INFINITY : floorMs));
  return handle;
}

/**
 * Every alert of the store's source, one query per store whatever the number of pipelines or
 * elements. Once the server answered that it has no alerting, it is not asked again until a
 * manual refresh.
 */
export function alertsQuery(store: MetricsStore): QueryHandle<AlertFeed> {
  return alertingQuery(store, { key: ALERTS_KEY, resource: 'alerts', fetch: (signal) => loadAlertFeed(store.source, signal) }, 0);
}

/** Every alerting rule of the store's source, read at most once a minute. */
export function alertRulesQuery(store: MetricsStore): QueryHandle<AlertRuleFeed> {
  return alertingQuery(store, { key: RULES_KEY, resource: 'alert rules', fetch: (signal) => loadAlertRules(store.source, signal) }, 60_000);
}

const inFlight = new WeakMap<MetricsStore, Map<string, Promise<AcknowledgeResponse>>>();

/**
 * Acknowledges alert `id`: one POST, joined by any further call for the same alert until it
 * settles; the alerts are refetched afterwards, whatever the outcome (a 409 means they changed).
 * Rejects with a MonitorError.
 */
export function acknowledgeAlert(store: MetricsStore, id: string, input: AcknowledgeInput): Promise<AcknowledgeResponse> {
  let pending = inFlight.get(store);
  if (!pending) inFlight.set(store, (pending = new Map()));
  const joined = pending.get(id);
  if (joined) return joined;
  const request = startRequest((signal) => acknowledge(store.source, id, input, signal), `acknowledgement of alert ${id}`, store.timeoutMs);
  const promise = request.promise.finally(() => {
    pending.delete(id);
    store.invalidate([ALERTS_KEY]);
  });
  pending.set(id, promise);
  return promise;
}
