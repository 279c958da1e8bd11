/** English words of `<pipeline-list>`. */
import type { ListSortColumn } from '../../elements/pipeline-list/list-sort.js';
import { messages } from '../localize.js';

const list = {
  columns: { name: 'Pipeline', status: 'Status', tables: 'Tables', events: 'Events/s', lag: 'Lag', errors: 'New errors', actions: 'Actions' } as Record<
    ListSortColumn | 'tables' | 'actions',
    string
  >,
  label: 'Pipelines',
  none: 'No pipelines',
  notReported: 'Not reported',
  off: (count: string) => ` · ${count} off`,
  notRunning: 'Not running',
  unavailable: 'Unavailable',
  loading: 'Loading',
  stale: (reason: string) => `Stale: ${reason}`,
  staleMark: ' (stale)',
  noErrors: 'None',
  /** The errors cell of a pipeline in error. */
  errorState: 'Failed',
  total: (count: string) => `${count} total`,
  fresh: (count: string) => `+${count} new`,
  allStatuses: 'All statuses',
  status: 'Status',
  search: 'Search',
  searchPlaceholder: 'Name or id',
  count: (total: string) => `${total} pipelines`,
  showing: (shown: string, total: string) => `Showing ${shown} of ${total} pipelines`,
  running: 'Running',
  stopped: 'Stopped',
  failed: 'In error',
  rate: 'Events/s',
  allRunning: 'all running',
  runningLoaded: (loaded: string, running: string) => `${loaded} of ${running} running loaded`,
  sortedAll: (column: string) => `Sorted by ${column} as loaded when sorted; figures since then do not move rows.`,
  sortedSome: (column: string, ranked: string, rest: string) =>
    `Sorted by ${column} among the ${ranked} pipelines whose metrics had loaded; the other ${rest} follow by name. Scroll to load more.`,
  sortAgain: 'Sort again',
  /** `status` is the filter's status word, or undefined for every status. */
  noMatch: (status: string | undefined, text: string) =>
    `No${status === undefined ? '' : ` ${status.toLocaleLowerCase()}`} pipelines${text === '' ? '' : ` match “${text}”`}`,
  showAll: 'Show all pipelines',
  miscounted: (counted: string, sent: string) => `The server counts ${counted} pipelines but sent ${sent}; the list shows those sent.`,
  duplicates: (count: string, one: boolean) => `The server sent ${count} ${one ? 'pipeline' : 'pipelines'} twice under one id; each id is shown once.`,
};

/** The list's words in `locale`. */
export const listText = messages('list', list);
export default list;
