/** English words of `<error-log>`. The CSV and JSON exports keep English column names: they are data. */
import type { PipelineErrorType } from '../../schemas/index.js';
import { messages } from '../localize.js';

const errorLog = {
  /** The word on each type's badge. */
  types: { replication: 'Replication', schema: 'Schema', connection: 'Connection', write: 'Write', unknown: 'Unknown' } as Record<
    PipelineErrorType,
    string
  >,
  type: 'Type',
  table: 'Table',
  errorId: (repeated: boolean): string => (repeated ? 'Latest error id' : 'Error id'),
  fullMessage: 'Full message',
  occurred: (count: string, listed: number | undefined) => `Occurred ${count} times${listed === undefined ? ':' : `, latest ${listed}:`}`,
  repeated: (count: string) => `repeated ${count} times`,
  details: 'Details',
  retryOlder: 'Retry loading older errors',
  noOlder: 'No older errors',
  loadingOlder: 'Loading older errors…',
  loadOlder: 'Load older',
  none: 'No errors',
  noMatch: 'No errors match the filter',
  clearFilter: 'Clear filter',
  label: (pipeline: string) => `Errors of ${pipeline}, newest first`,
  count: (loaded: string) => `${loaded} errors`,
  loaded: (loaded: string, total: string) => `${loaded} of ${total} errors loaded`,
  filtering: 'Filtering…',
  newErrors: (count: string, one: boolean) => `${count} new ${one ? 'error' : 'errors'}`,
  gap: (before: string) => `Errors just before ${before} may be missing.`,
  byType: 'Filter by type',
  all: 'All',
  search: 'Search errors',
  group: 'Group repeats',
  exportLabel: 'Export the errors shown',
  format: 'Export format',
  copy: 'Copy',
  download: 'Download',
  countsLoaded: (loaded: string) => `Counts are of the ${loaded} loaded errors only.`,
  searchLoaded: (loaded: string) => `This server does not search its log: the search covers the ${loaded} loaded errors only.`,
  searching: 'Searching…',
  exportProgressLabel: 'Export progress',
  exporting: (done: string, total: string) => `Exporting ${done} of ${total}…`,
  cancelExport: 'Cancel export',
  exportCancelled: 'Export cancelled; nothing was saved.',
  exportFailed: (done: string, total: string, reason: string) => `Export failed after ${done} of ${total} errors; nothing was saved. ${reason}`,
  exported: (how: 'copy' | 'download', count: number, format: string) =>
    `${how === 'copy' ? 'Copied' : 'Downloaded'} ${count} ${count === 1 ? 'error' : 'errors'} as ${format}`,
  copyFailed: (why: string) => `Could not copy (${why}); use Download instead`,
  noLog: 'This data source keeps no error log; it only counts errors.',
  countsCaption: 'Errors by type',
  errors: 'Errors',
  total: 'Total',
  totalOnly: (count: number) => `${count === 1 ? 'error' : 'errors'} in total (by type: not available)`,
};

/** The error log's words in `locale`. */
export const errorLogText = messages('errorLog', errorLog);
export default errorLog;
