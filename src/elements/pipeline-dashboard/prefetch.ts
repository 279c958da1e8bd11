/**
 * Every request a dashboard's sections make on their first render, started at once and in one
 * tick: the sections are rendered one task after another (reveal-controller.ts), and none of
 * them should wait for its turn to ask for its data. History for the dashboard's range goes out
 * with the metrics, not after the charts are built.
 */
import { alertRulesQuery, alertsQuery } from '../../store/alert-queries.js';
import type { MetricsStore, QueryHandle } from '../../store/metrics-store.js';
import { rangeFromUrl } from '../time-range-selector/url-sync.js';

/** `<error-log>`'s default `page-size`, which the dashboard leaves as it is: the log's first query. */
const ERROR_PAGE_SIZE = 100;

/**
 * Fetches what the dashboard of `pipelineId` shows first, unless cached or in flight; with
 * `syncUrl` the page URL's range becomes the shared range first, as `<time-range-selector
 * sync-url>` would make it. Resolves when every request has settled. Nothing is polled: each
 * query is watched only until its answer, and kept in the store for the elements that follow.
 */
export function prefetchDashboard(store: MetricsStore, pipelineId: string, syncUrl: boolean): Promise<void> {
  if (syncUrl) {
    const fromUrl = rangeFromUrl(new URL(location.href));
    if (fromUrl) store.setRange(pipelineId, fromUrl);
  }
  const handles: QueryHandle<unknown>[] = [store.pipeline(pipelineId), store.metrics(pipelineId), store.history(pipelineId)];
  if (store.source.capabilities.errorLog !== false) handles.push(store.errors(pipelineId, { limit: ERROR_PAGE_SIZE }));
  // The alerts section and the header's badge read every alert; the cards' limits come from the rules.
  handles.push(alertsQuery(store));
  if (store.source.capabilities.acknowledge === true) handles.push(alertRulesQuery(store));
  return Promise.all(handles.map(untilSettled)).then(() => undefined);
}

/** Watches `handle` (which fetches it when due) until no request of it is in flight. */
function untilSettled(handle: QueryHandle<unknown>): Promise<void> {
  return new Promise((resolve) => {
    let off: (() => void) | undefined;
    const check = (): void => {
      if (!off || handle.state.isFetching) return;
      off();
      off = undefined;
      resolve();
    };
    off = handle.subscribe(check);
    check();
  });
}
