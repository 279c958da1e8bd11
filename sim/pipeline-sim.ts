/**
 * One simulated pipeline: its description, its status timeline and every number it reports, as a
 * function of the instant asked about. Counters integrate the behaviour of signals.ts and
 * error-log.ts over running time only, so a stopped pipeline's counters stay where they were.
 */
import { ErrorLog, type ErrorCounts, type ErrorRecord } from './error-log.js';
import { ERROR_TYPES, OPERATIONS, type PipelineDef } from './fleet.js';
import { uuid } from './random.js';
import { BufferDepth, RateCurve, TableLag } from './signals.js';
import { Timeline, type PipelineStatus } from './timeline.js';

/** Window of the events-per-second rate, as Prometheus `rate(...[1m])`. */
const RATE_WINDOW_MS = 60_000;
const P95_WINDOW_MS = 5 * 60_000;
const P95_STEP_MS = 15_000;

/** A step's maximum looks at this many instants between its ends, besides every episode's top (where spikes peak). */
const MAX_SAMPLES_PER_STEP = 6;

/** The largest `f` over [from, to]: on an even grid of instants, at both ends and at `peaks`. */
function maxOver(f: (t: number) => number, from: number, to: number, peaks: readonly number[]): number {
  const spacing = Math.max(1000, (to - from) / MAX_SAMPLES_PER_STEP);
  let max = f(to);
  for (let t = from; t < to; t += spacing) max = Math.max(max, f(t));
  for (const t of peaks) max = Math.max(max, f(t));
  return max;
}

/** Iceberg counters of one table. */
export interface IcebergCounts {
  commits: number;
  files: number;
  bytes: number;
}

/** The numbers of one pipeline at one instant, in the units of the REST API. */
export class PipelineSim {
  readonly def: PipelineDef;
  /** The fleet's seed. */
  readonly seed: number;
  readonly #curve: RateCurve;
  readonly #log: ErrorLog;
  readonly #lags: TableLag[];
  readonly #buffer: BufferDepth;
  #timeline: Timeline;

  constructor(seed: number, def: PipelineDef) {
    this.def = def;
    this.seed = seed;
    this.#curve = new RateCurve(seed, def);
    this.#log = new ErrorLog(seed, def);
    this.#lags = def.tables.map((table) => new TableLag(seed, def.index, table));
    this.#buffer = new BufferDepth(seed, def.index, this.#curve);
    this.#timeline = new Timeline(def.initialTimeline, def.failsOnStart);
  }

  /** The status history (start and stop change it). */
  get timeline(): Timeline {
    return this.#timeline;
  }

  /** Forgets every start and stop since the simulator began. */
  reset(): void {
    this.#timeline = new Timeline(this.def.initialTimeline, this.def.failsOnStart);
  }

  /** The status at `t`. */
  status(t: number): PipelineStatus {
    return this.#timeline.statusAt(t);
  }

  /** Cumulative events per table and operation (`[table][OPERATIONS index]`) at `t`. */
  tableEvents(t: number): number[][] {
    const events = this.#timeline.integrate((at) => this.#curve.integral(at), t);
    // Each (table, operation) counter is floored on its own so that every one of them only grows.
    return this.def.tables.map((table) => OPERATIONS.map((_, op) => Math.floor(events * table.weight * (table.operationShares[op] ?? 0))));
  }

  /** Cumulative events at `t`: the sum of every table's counters (as `tableEvents`, without the arrays). */
  eventsProcessed(t: number): number {
    const events = this.#timeline.integrate((at) => this.#curve.integral(at), t);
    let total = 0;
    for (const table of this.def.tables) {
      for (const share of table.operationShares) total += Math.floor(events * table.weight * share);
    }
    return total;
  }

  /** The 1-minute rate of the events counter while running, 0 otherwise. */
  eventsPerSecond(t: number): number {
    if (this.status(t) !== 'running') return 0;
    return (this.eventsProcessed(t) - this.eventsProcessed(t - RATE_WINDOW_MS)) / (RATE_WINDOW_MS / 1000);
  }

  /** Each table's lag at `t` (0 unless running). */
  tableLags(t: number): number[] {
    const running = this.status(t) === 'running';
    return this.#lags.map((lag) => (running ? lag.at(t) : 0));
  }

  /** The largest table lag at `t`. */
  lag(t: number): number {
    if (this.status(t) !== 'running') return 0;
    let max = 0;
    for (const lag of this.#lags) max = Math.max(max, lag.at(t));
    return max;
  }

  /** 95th percentile (nearest rank) of the pipeline lag sampled every 15 s over the last 5 minutes. */
  lagP95(t: number): number {
    if (this.status(t) !== 'running') return 0;
    const samples: number[] = [];
    for (let at = t - P95_WINDOW_MS; at <= t; at += P95_STEP_MS) samples.push(this.lag(at));
    samples.sort((a, b) => a - b);
    return samples[Math.ceil(0.95 * samples.length) - 1] ?? 0;
  }

  /**
   * Events per second averaged over the `stepMs` before `t` (at least the 1-minute rate window),
   * as `rate(events[step])`; 0 unless running at `t`.
   */
  averageRate(t: number, stepMs: number): number {
    const window = Math.max(RATE_WINDOW_MS, stepMs);
    if (this.status(t) !== 'running') return 0;
    return (this.eventsProcessed(t) - this.eventsProcessed(t - window)) / (window / 1000);
  }

  /** The largest pipeline lag over [t - stepMs, t], as `max_over_time(lag[step])`: a spike between samples is kept. */
  maxLag(t: number, stepMs: number): number {
    let max = maxOver((at) => this.lag(at), t - stepMs, t, []);
    // The max over tables of each table's max: a table's peak needs only that table's lag.
    for (const lag of this.#lags) {
      for (const at of lag.peaksBetween(t - stepMs, t)) if (this.status(at) === 'running') max = Math.max(max, lag.at(at));
    }
    return max;
  }

  /** The deepest buffer over [t - stepMs, t], as `max_over_time(buffer_depth[step])`. */
  maxBufferDepth(t: number, stepMs: number): number {
    return maxOver((at) => this.bufferDepth(at), t - stepMs, t, this.#buffer.peaksBetween(t - stepMs, t));
  }

  /** Buffered events at `t` (0 unless running). */
  bufferDepth(t: number): number {
    return this.status(t) === 'running' ? this.#buffer.at(t) : 0;
  }

  /** Errors raised up to `t`: while running, plus one replication error per failure. */
  errorCounts(t: number): ErrorCounts {
    const failures = this.#timeline.failuresUntil(t).length;
    const byType = ERROR_TYPES.map(
      (type, i) =>
        this.#timeline.integrate((at) => this.#log.countsUntil(at).byType[i] ?? 0, t) + (type === 'replication' ? failures : 0),
    );
    return {
      total: sum(byType),
      byType,
      retries: this.#timeline.integrate((at) => this.#log.countsUntil(at).retries, t),
    };
  }

  /** Cumulative error count at `t`. */
  errorCount(t: number): number {
    return this.#timeline.integrate((at) => this.#log.countsUntil(at).total, t) + this.#timeline.failuresUntil(t).length;
  }

  /** Every error that happened up to `t`, newest first. */
  errorsUntil(t: number): ErrorRecord[] {
    const records: ErrorRecord[] = [];
    for (const { start, end } of this.#timeline.runningIntervals()) {
      if (start >= t) break;
      records.push(...this.#log.between(start, Math.min(end, t)));
    }
    for (const failure of this.#timeline.failuresUntil(t)) {
      records.push({
        id: uuid(this.seed, this.def.index, failure.at, 0xfa11),
        at: failure.at,
        type: 'replication',
        message: this.def.errorMessage ?? 'pipeline failed',
        retries: 0,
      });
    }
    return records.sort((a, b) => b.at - a.at);
  }

  /** Iceberg counters per table at `t`, given the table event counters at `t`. */
  iceberg(t: number, tableEvents: number[][]): IcebergCounts[] {
    const runningSeconds = this.#timeline.runningMsUntil(t) / 1000;
    return this.def.tables.map((table, i) => {
      const commits = table.enabled ? Math.floor(runningSeconds / table.commitEverySeconds) : 0;
      return {
        commits,
        files: commits + Math.floor(commits * 0.4),
        bytes: sum(tableEvents[i] ?? []) * table.bytesPerEvent,
      };
    });
  }

  /** Seconds of running time before `t`. */
  runningSeconds(t: number): number {
    return this.#timeline.runningMsUntil(t) / 1000;
  }
}

/** The sum of `values`. */
export function sum(values: readonly number[]): number {
  let total = 0;
  for (const v of values) total += v;
  return total;
}
