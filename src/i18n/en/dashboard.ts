/** English words of `<pipeline-dashboard>`: section headings, chart titles, the zone picker, "not found". */
import { messages } from '../localize.js';

const dashboard = {
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
