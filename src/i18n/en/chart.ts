/** English words of `<metric-chart>`: series names, axis, legend, summary, table, states. */
import type { SeriesKey } from '../../elements/metric-chart/series.js';
import { messages } from '../localize.js';

const chart = {
  /** The label of a chart without `label`. */
  label: 'Pipeline history',
  series: { events_per_second: 'Events/s', lag_seconds: 'Lag', buffer_depth: 'Buffer depth', error_rate: 'Errors/s' } as Record<SeriesKey, string>,
  noSeries: 'no series',
  legend: 'Series',
  legendSingle: 'Series, one at a time',
  level: { warning: 'warning', critical: 'critical' },
  time: 'Time',
  axis: (zone: string) => `Time (${zone})`,
  noData: (series: string) => `${series}: no data.`,
  summary: (series: string, low: string, high: string, latest: string) => `${series}: lowest ${low}, highest ${high}, latest ${latest}.`,
  caption: (caption: string, rows: number) => `${caption} (${rows} samples: the lowest and highest per interval)`,
  resetZoom: 'Reset zoom',
  hideTable: 'Hide table',
  showTable: 'Show as table',
  loading: 'Loading',
  loadingHistory: 'Loading history',
  empty: 'No data for this range',
  notLoaded: 'History not loaded · see the message above',
  failed: (reason: string) => `Could not load the history: ${reason}`,
  stale: 'Stale',
  updated: (age: string) => ` · updated ${age}`,
  retry: 'Retry',
  partial: 'Partial data · the metrics server answered for only part of the series',
  /** A level set by an alert rule: its title, and what screen readers hear after it. */
  ruleTitle: (rule: string) => `Set by alert rule “${rule}”`,
  ruleSpoken: (rule: string) => `, set by alert rule “${rule}”`,
};

/** The chart's words in `locale`. */
export const chartText = messages('chart', chart);
export default chart;
