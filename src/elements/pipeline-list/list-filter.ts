/**
 * Which pipelines the list shows: a status filter and a search box, both plain data so the list's
 * attributes, its controls and its tests agree on one rule.
 */
import type { Pipeline, PipelineStatus } from '../../schemas/index.js';
import { STATUS_INFO } from '../shared/pipeline-lifecycle.js';

/** The status filter: every pipeline, or one status. */
export type StatusFilter = 'all' | PipelineStatus;

/** The statuses the filter offers, in lifecycle order. */
export const FILTER_STATUSES: readonly PipelineStatus[] = ['running', 'starting', 'stopping', 'stopped', 'error', 'unknown'];

/** Reads the `status-filter` attribute: a known status, else `all`. */
export function parseStatusFilter(text: string | null): StatusFilter {
  return FILTER_STATUSES.find((status) => status === text) ?? 'all';
}

/** The words of `filter` in the menu: "All statuses" or the status's own name. */
export function filterLabel(filter: StatusFilter): string {
  return filter === 'all' ? 'All statuses' : STATUS_INFO[filter].text;
}

/**
 * Whether `pipeline` passes: its status equals the filter (unless `all`), and every word of
 * `search` appears, case-insensitively, in its name, id or source id.
 */
export function matches(pipeline: Pipeline, status: StatusFilter, search: string): boolean {
  if (status !== 'all' && pipeline.status !== status) return false;
  const words = search.toLocaleLowerCase().split(/\s+/).filter(Boolean);
  if (words.length === 0) return true;
  const haystack = `${pipeline.name}\u0000${pipeline.id}\u0000${pipeline.source_id}`.toLocaleLowerCase();
  return words.every((word) => haystack.includes(word));
}

/** How many of `pipelines` have each status, for the filter's option labels. */
export function countByStatus(pipelines: readonly Pipeline[]): Map<PipelineStatus, number> {
  const counts = new Map<PipelineStatus, number>();
  for (const { status } of pipelines) counts.set(status, (counts.get(status) ?? 0) + 1);
  return counts;
}

/** The detail URL of pipeline `id` from a template such as `#/pipelines/{id}`; the id is URL-encoded. */
export function hrefFor(template: string, id: string): string {
  return template.replaceAll('{id}', encodeURIComponent(id));
}
