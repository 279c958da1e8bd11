/** English words of `<table-metrics>`, and the sort words `<pipeline-list>` shares. */
import type { SortColumn } from '../../elements/table-metrics/sort.js';
import { messages } from '../localize.js';

const table = {
  columns: { name: 'Table', events: 'Events processed', rate: 'Events/s', lag: 'Lag', lastEvent: 'Last event' } as Record<SortColumn, string>,
  level: { warning: 'Warning', critical: 'Critical' },
  notMeasured: 'Not measured yet',
  filterLabel: 'Filter tables by name',
  filterPlaceholder: 'Filter tables',
  laggingOnly: (lagging: string, critical: string | undefined) => `Lagging only (${lagging}${critical === undefined ? '' : `, ${critical} critical`})`,
  count: (total: string) => `${total} tables`,
  showing: (shown: string, total: string) => `Showing ${shown} of ${total} tables`,
  noneLagging: 'No table is lagging',
  noMatch: (text: string, laggingOnly: boolean) => `No tables match “${text}”${laggingOnly ? ' and are lagging' : ''}`,
  showAll: 'Show all tables',
  none: 'No tables configured',
  label: (pipeline: string) => `Tables of ${pipeline}`,
};

/** The table's words in `locale`. */
export const tableText = messages('table', table);
export default table;
