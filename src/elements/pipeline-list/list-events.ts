/** The details of the events `<pipeline-list>` fires. */
import type { StatusFilter } from './list-filter.js';
import type { ListSortLevel } from './list-sort.js';

/** Detail of `pm-open-pipeline`. */
export interface OpenPipelineDetail {
  /** The pipeline whose detail the user asked for. */
  pipelineId: string;
}

/** Detail of `pm-filter-change`. */
export interface ListFilterDetail {
  status: StatusFilter;
  search: string;
}

/** Detail of the list's `pm-sort-change`. */
export interface ListSortChangeDetail {
  /** The new sort, first level first. */
  sort: ListSortLevel[];
}
