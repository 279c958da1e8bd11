/**
 * The snapshots a grid has received, for trends and sparklines. The REST API has no cheap
 * "recent samples" call, so the grid remembers what each poll brought instead of fetching history.
 */
import type { PipelineMetrics } from '../../schemas/index.js';

/** How many snapshots the sparklines and the error window span. */
export const SAMPLE_LIMIT = 30;

/** A numeric field of a metrics snapshot. */
export type MetricField = {
  [K in keyof PipelineMetrics]-?: PipelineMetrics[K] extends number ? K : never;
}[keyof PipelineMetrics];

/**
 * New errors between consecutive cumulative counts. A count that drops means the counter was
 * reset (a worker restart), so everything counted since the reset is new.
 */
function increments(counts: readonly number[]): number[] {
  return counts.slice(1).map((count, index) => {
    const before = counts[index] ?? count;
    return count >= before ? count - before : count;
  });
}

const sum = (values: readonly number[]): number => values.reduce((total, value) => total + value, 0);

/** The last {@link SAMPLE_LIMIT} snapshots of one pipeline, oldest first. */
export class SampleWindow {
  // One snapshot beyond the window, so the previous window's error count stays exact after a slide.
  #kept: PipelineMetrics[] = [];
  #owner = '';

  /**
   * Remembers `metrics` unless it is the snapshot already recorded last. A different `owner`
   * (another pipeline or store) starts over, so one pipeline's trend never compares with another's.
   */
  record(owner: string, metrics: PipelineMetrics | undefined): void {
    if (owner !== this.#owner) {
      this.#owner = owner;
      this.#kept = [];
    }
    if (metrics === undefined || metrics === this.#kept.at(-1)) return;
    this.#kept = [...this.#kept, metrics].slice(-(SAMPLE_LIMIT + 1));
  }

  /** The snapshots in the window, oldest first. */
  get samples(): readonly PipelineMetrics[] {
    return this.#kept.slice(-SAMPLE_LIMIT);
  }

  /** One field across the window, oldest first. */
  series(field: MetricField): number[] {
    return this.samples.map((sample) => sample[field]);
  }

  /** The field's value in the snapshot before the latest one. */
  previous(field: MetricField): number | undefined {
    return this.#kept.at(-2)?.[field];
  }

  /** Errors counted during the window (0 until a second snapshot arrives). */
  newErrors(): number {
    return sum(increments(this.series('error_count')));
  }

  /** What {@link newErrors} was one snapshot ago; undefined with fewer than two snapshots. */
  previousNewErrors(): number | undefined {
    if (this.#kept.length < 2) return undefined;
    return sum(increments(this.#kept.slice(0, -1).slice(-SAMPLE_LIMIT).map((sample) => sample.error_count)));
  }

  /** New errors per snapshot across the window, for the errors sparkline. */
  errorsPerSample(): number[] {
    return increments(this.series('error_count'));
  }
}
