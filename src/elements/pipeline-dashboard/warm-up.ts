/**
 * Requests before the upgrade: run as the module evaluates, before `<pipeline-dashboard>` is
 * defined, it reads every dashboard already in the document from its attributes and starts the
 * requests its sections will make, in the store the element is about to take from the page. The
 * element then finds them in flight (or answered) instead of starting them a render later.
 */
import { acquireSourceStore, type SourceSettings } from '../../controllers/store-controller.js';
import { numberFormat } from '../../format/intl.js';
import { prefetchDashboard } from './prefetch.js';

/** What `el`'s attributes say about where it reads, with the element's defaults. */
function settingsOf(el: Element): SourceSettings {
  const read = (name: string, fallback = ''): string => el.getAttribute(name) ?? fallback;
  return {
    source: read('source') === 'prometheus' ? 'prometheus' : 'rest',
    endpoint: read('endpoint', '/api/v1'),
    prometheusUrl: read('prometheus-url'),
    selector: read('selector'),
    pipelineId: read('pipeline-id'),
    pipelineName: read('pipeline-name'),
    rateWindow: read('rate-window'),
  };
}

/**
 * Prefetches for every not yet upgraded `tag` with a `pipeline-id` in `root`. The store is held
 * until the requests settle, by which time the elements hold it themselves.
 */
export function warmUpDashboards(tag: string, root: ParentNode = globalThis.document): void {
  if (!root) return;
  for (const el of root.querySelectorAll(`${tag}[pipeline-id]:not(:defined)`)) {
    const settings = settingsOf(el);
    if (!settings.pipelineId) continue;
    const lease = acquireSourceStore(settings);
    void prefetchDashboard(lease.store, settings.pipelineId, el.hasAttribute('sync-url')).finally(() => lease.release());
    // The page's first number format loads the locale's ICU data, 90–200 ms on two cores. Here,
    // with the requests in flight and nothing on screen yet, it costs no wait; at the first card
    // it would be one long task after the first paint.
    numberFormat(el.getAttribute('locale') ?? undefined, {}).format(0);
  }
}
