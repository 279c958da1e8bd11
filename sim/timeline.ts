/**
 * A pipeline's status over time as a list of transitions. Start and stop append to it (a
 * transitional status now, the settled one ≈2 s later), so the status at any instant is a lookup
 * and counters can integrate over exactly the time the pipeline was running.
 */

/** A pipeline's lifecycle status, as the REST API spells it. */
export type PipelineStatus = 'stopped' | 'starting' | 'running' | 'stopping' | 'error';

/** From `at` (epoch ms) on, the pipeline has `status`. */
export interface Transition {
  at: number;
  status: PipelineStatus;
}

/** A stretch of running time, `[start, end)` in epoch ms; `end` is Infinity while it lasts. */
export interface Interval {
  start: number;
  end: number;
}

/** How long `starting` and `stopping` last, by the simulator's clock. */
export const TRANSITION_MS = 2000;

/** What a start or stop request did: `ok`, or refused because the pipeline is already there. */
export type ControlOutcome = 'ok' | 'already-running' | 'already-stopped';

/** The status history of one pipeline. */
export class Timeline {
  #entries: Transition[];
  #intervals: Interval[] | undefined;

  /**
   * @param entries the history so far, in time order; before the first entry the pipeline is `stopped`.
   * @param failsOnStart whether every start ends in `error` instead of `running`.
   */
  constructor(
    entries: readonly Transition[],
    readonly failsOnStart: boolean,
  ) {
    this.#entries = entries.map((e) => ({ ...e }));
  }

  /** The status in force at `t`. */
  statusAt(t: number): PipelineStatus {
    return this.#entries[this.#lastIndexAtOrBefore(t)]?.status ?? 'stopped';
  }

  /** The most recent transition at or before `t`, optionally only those into one of `statuses`. */
  lastAt(t: number, ...statuses: PipelineStatus[]): Transition | undefined {
    for (let i = this.#lastIndexAtOrBefore(t); i >= 0; i--) {
      const entry = this.#entries[i];
      if (entry !== undefined && (statuses.length === 0 || statuses.includes(entry.status))) return { ...entry };
    }
    return undefined;
  }

  /** Transitions into `error` at or before `t`: each is one failure that the error log records. */
  failuresUntil(t: number): Transition[] {
    return this.#entries.filter((e) => e.status === 'error' && e.at <= t).map((e) => ({ ...e }));
  }

  /** Every stretch of running time, oldest first. */
  runningIntervals(): readonly Interval[] {
    if (this.#intervals === undefined) {
      const intervals: Interval[] = [];
      this.#entries.forEach((entry, i) => {
        if (entry.status !== 'running') return;
        const end = this.#entries[i + 1]?.at ?? Number.POSITIVE_INFINITY;
        if (end > entry.at) intervals.push({ start: entry.at, end });
      });
      this.#intervals = intervals;
    }
    return this.#intervals;
  }

  /**
   * Sums, over the running time before `t`, the increase of the cumulative function `f`
   * (`f(end) - f(start)` per stretch): how a counter grows only while the pipeline runs.
   */
  integrate(f: (at: number) => number, t: number): number {
    let total = 0;
    for (const { start, end } of this.runningIntervals()) {
      if (start >= t) break;
      total += f(Math.min(end, t)) - f(start);
    }
    return total;
  }

  /** Milliseconds spent running before `t`. */
  runningMsUntil(t: number): number {
    return this.integrate((at) => at, t);
  }

  /** `t` when running then, else the end of the last running stretch before it; undefined if it never ran. */
  lastActiveAt(t: number): number | undefined {
    let last: number | undefined;
    for (const { start, end } of this.runningIntervals()) {
      if (start > t) break;
      last = Math.min(end, t);
    }
    return last;
  }

  /** Requests a start at `t`: `starting` now, then `running` (or `error`, for a failing pipeline). */
  start(t: number): ControlOutcome {
    const status = this.statusAt(t);
    if (status === 'running' || status === 'starting') return 'already-running';
    this.#replaceFuture(t, [
      { at: t, status: 'starting' },
      { at: t + TRANSITION_MS, status: this.failsOnStart ? 'error' : 'running' },
    ]);
    return 'ok';
  }

  /** Requests a stop at `t`: `stopping` now, then `stopped`. */
  stop(t: number): ControlOutcome {
    const status = this.statusAt(t);
    if (status === 'stopped' || status === 'stopping') return 'already-stopped';
    this.#replaceFuture(t, [
      { at: t, status: 'stopping' },
      { at: t + TRANSITION_MS, status: 'stopped' },
    ]);
    return 'ok';
  }

  /** A pending settle (say `running` 2 s after a start) is cancelled by a newer request. */
  #replaceFuture(t: number, next: Transition[]): void {
    this.#entries = [...this.#entries.filter((e) => e.at <= t), ...next];
    this.#intervals = undefined;
  }

  #lastIndexAtOrBefore(t: number): number {
    let lo = 0;
    let hi = this.#entries.length - 1;
    let found = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if ((this.#entries[mid]?.at ?? Infinity) <= t) {
        found = mid;
        lo = mid + 1;
      } else {
        hi = mid - 1;
      }
    }
    return found;
  }
}
