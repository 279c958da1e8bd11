/** English words of `<pipeline-metrics-grid>`. */
import { messages } from '../localize.js';

const grid = {
  events: 'Events per second',
  lag: 'Replication lag',
  buffer: 'Buffer depth',
  errors: 'New errors',
  /** What the buffer depth counts. */
  bufferUnit: 'events',
  p95: (lag: string) => `p95 lag ${lag}`,
  total: (count: string) => `${count} in total`,
  rules: (names: string[]) => `Limits from alert rule${names.length === 1 ? '' : 's'} ${names.map((name) => `“${name}”`).join(', ')}`,
  partial: 'Partial data · the metrics server answered for only part of the series',
  notCurrent: 'Metrics are not current. ',
  couldNotLoad: 'Metrics could not be loaded. ',
  totalEvents: 'Total events',
  commits: 'Iceberg commits',
  written: 'Data written',
  bytes: ' bytes',
  uptime: 'Uptime',
  loading: 'Loading',
  noPipeline: 'No pipeline selected.',
};

/** The grid's words in `locale`. */
export const gridText = messages('grid', grid);
export default grid;
