/**
 * The rehearsal of a page's first chart (build-queue.ts, chart-view.ts), asked for by whoever
 * knows first that charts are coming: the first `<metric-chart>` to render (its history is then
 * still loading), or `<pipeline-dashboard>` once it shows its first part, so that the steps run
 * between its parts instead of in front of its first chart.
 */
import { scheduleRehearsal } from './build-queue.js';
import type { ChartSettings } from './chart-options.js';
import { ChartView } from './chart-view.js';
import { knownZone, zoneName } from './zoned-time.js';

/** Rehearses, once per page, a chart drawn with the settings `settings()` returns when the rehearsal is due. */
export function rehearseChart(settings: () => ChartSettings): void {
  scheduleRehearsal(() => ChartView.rehearsal(settings()));
}

/** Rehearses, once per page, a chart of replication lag with a level, in `locale` and `timeZone`. */
export function rehearseCharts(locale: string | undefined, timeZone: string | undefined): void {
  rehearseChart(() => ({
    series: ['lag_seconds'],
    locale,
    timeZone: knownZone(timeZone),
    zoneName: zoneName(timeZone),
    thresholds: [{ series: 'lag_seconds', level: 'warning', value: 1, label: 'warning' }],
  }));
}
