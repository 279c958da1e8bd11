/**
 * Seeds the cards from the history of the shared range (the charts' query: no request of its
 * own inside a dashboard), so a card has its sparkline and trend from the first render instead of
 * after minutes of polling: the sparkline is the range, the trend compares with the value one
 * poll interval ago in that history, and the usual step-to-step movement counts as noise.
 */
import type { MetricsHistory, PipelineMetrics } from '../../schemas/index.js';

/** A history field a card shows. */
export type SeededField = 'events_per_second' | 'lag_seconds' | 'buffer_depth';

/** What a card gets from the history. */
export interface Seed {
  /** The range's values, oldest first, the live value appended when newer; NaN marks a gap. */
  series: number[];
  /** The value one interval before the newest, if the history reaches back so far. */
  previous: number | undefined;
  /** A change no larger than this is the series' usual jitter: shown flat. */
  noise: number;
}

/** The median of the absolute step-to-step changes of `values`: their usual jitter. */
export function noiseOf(values: readonly number[]): number {
  const steps: number[] = [];
  for (let i = 1; i < values.length; i++) {
    const d = Math.abs((values[i] as number) - (values[i - 1] as number));
    if (Number.isFinite(d)) steps.push(d);
  }
  if (steps.length === 0) return 0;
  steps.sort((a, b) => a - b);
  return steps[Math.floor(steps.length / 2)] as number;
}

/**
 * The seed of `field` from `history`, with the live `metrics` loaded at `liveAt` (ms) appended
 * when newer than the history's last point; `intervalMs` is the poll interval the trend spans.
 */
export function seedFrom(
  history: MetricsHistory,
  field: SeededField,
  metrics: PipelineMetrics | undefined,
  liveAt: number | undefined,
  intervalMs: number,
): Seed | undefined {
  const points = history.data_points;
  const last = points.at(-1);
  if (!last) return undefined;
  const series = points.map((point) => point[field]);
  const times = points.map((point) => point.timestamp.getTime());
  const live = metrics !== undefined && liveAt !== undefined && liveAt > last.timestamp.getTime();
  if (live) {
    series.push(metrics[field]);
    times.push(liveAt);
  }
  const newest = times.at(-1) as number;
  // The last point at least one interval (and one point) before the newest.
  let previous: number | undefined;
  for (let i = times.length - 2; i >= 0; i--) {
    if ((times[i] as number) <= newest - Math.max(intervalMs, 1)) {
      previous = series[i];
      break;
    }
  }
  return { series, previous: previous !== undefined && Number.isFinite(previous) ? previous : undefined, noise: noiseOf(series) };
}
