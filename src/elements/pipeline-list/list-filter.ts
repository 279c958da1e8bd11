/**
 * Which pipelines the list shows: a status filter and a search box, both plain data so the list's
 * attributes, its controls and its tests agree on one rule.
 */
import type { Pipeline, PipelineStatus } from '../../schemas/index.js';
import type { Locale } from '../../format/index.js';
import { listText } from '../../i18n/en/list.js';
import { statusText } from '../../i18n/en/status.js';

/** The status filter: every pipeline, or one status. */
export type StatusFilter = 'all' | PipelineStatus;

/** The statuses the filter offers, in lifecycle order. */
export const FILTER_STATUSES: readonly PipelineStatus[] = ['running', 'starting', 'stopping', 'stopped', 'error', 'unknown'];

/** Reads the `status-filter` attribute: a known status, else `all`. */
export function parseStatusFilter(text: string | null): StatusFilter {
  return FILTER_STATUSES.find((status) => status === text) ?? 'all';
}

/** The words of `filter` in the menu: "All statuses" or the status's own name. */
export function filterLabel(filter: StatusFilter, locale: Locale): string {
  return filter === 'all' ? listText(locale).allStatuses : statusText(locale).states[filter];
}

/** The words of a search, lower-cased; every one must appear for a pipeline to pass. */
export function searchWords(search: string): string[] {
  return search.toLocaleLowerCase().split(/\s+/).filter(Boolean);
}

/**
 * The indices of `order` whose pipeline passes: its status equals the filter (unless `all`), and
 * every word of the search appears in its `haystack` (name, id and source id, lower-cased).
 */
export function filterOrder(
  order: readonly number[],
  pipelines: readonly Pipeline[],
  haystacks: readonly string[],
  status: StatusFilter,
  search: string,
): number[] {
  const words = searchWords(search);
  if (status === 'all' && words.length === 0) return order as number[];
  return order.filter((i) => {
    if (status !== 'all' && pipelines[i]!.status !== status) return false;
    const haystack = haystacks[i]!;
    return words.every((word) => haystack.includes(word));
  });
}

/** The detail URL of pipeline `id` from a template such as `#/pipelines/{id}`; the id is URL-encoded. */
export function hrefFor(template: string, id: string): string {
  return template.replaceAll('{id}', encodeURIComponent(id));
}
