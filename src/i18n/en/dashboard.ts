/** English words of `<pipeline-dashboard>`: section headings, chart titles, the zone picker, "not found". */
import type { MonitorError } from '../../errors.js';
import { messages } from '../localize.js';

const dashboard = {
  /** Several resources failing for one cause ("The pipeline, pipeline metrics requests failed …"). */
  groupError: (errors: readonly MonitorError[], list: (items: string[]) => string): string => {
    const first = errors[0]!;
    const resources = [...new Set(errors.map((error) => error.resource))];
    if (resources.length === 1) return first.message;
    const plural = first.message.replace(`The ${first.resource} request `, `The ${list(resources)} requests `);
    return plural === first.message ? first.message.split(first.resource).join(list(resources)) : plural;
  },
  metrics: 'Current metrics',
  alerts: 'Alerts',
  charts: 'History',
  tables: 'Tables',
  errors: 'Errors',
  events: 'Events per second',
  lag: 'Replication lag',
  buffer: 'Buffer depth',
  timeZone: 'Time zone',
  local: (zone: string) => `Local (${zone})`,
  notFound: 'Pipeline not found',
  /** Before the id, between id and endpoint, and after the endpoint (code elements go between). */
  notFoundText: ['There is no pipeline ', ' at ', '. Check the '] as [string, string, string],
  notFoundEnd: [' and ', ' attributes.'] as [string, string],
  serverSaid: 'The server said: ',
};

/** The dashboard's words in `locale`. */
export const dashboardText = messages('dashboard', dashboard);
export default dashboard;
