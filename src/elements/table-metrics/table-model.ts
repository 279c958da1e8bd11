/**
 * The element's derived data, recomputed step by step only when a step's inputs changed: a poll
 * re-derives everything, a keystroke in the filter only filters and sorts, a clock tick nothing.
 * A snapshot of many new tables is taken in over several tasks (ranking 10,000 names is more
 * than one short task); until then the previous rows are shown, never a half-ranked list.
 */
import type { TableMetrics } from '../../schemas/index.js';
import { countLagging, filterRows, type LagThresholds } from './filter.js';
import { RowTracker, type TableRow } from './rows.js';
import { sortRows, type SortLevel } from './sort.js';
import { atOnce, type SlicedWork, type WorkRunner } from '../shared/task-slicer.js';

/** What the user asked to see. */
export interface ViewOptions {
  readonly filter: string;
  readonly laggingOnly: boolean;
  readonly limits: LagThresholds;
  readonly sort: readonly SortLevel[];
}

/** How many tables are lagging, and how many of them critically. */
export interface LaggingCounts {
  readonly lagging: number;
  readonly critical: number;
}

function same(a: readonly unknown[], b: readonly unknown[]): boolean {
  return a.length === b.length && a.every((value, i) => value === b[i]);
}

const shownInputs = (rows: readonly TableRow[], { filter, laggingOnly, limits, sort }: ViewOptions): unknown[] => [
  rows, filter, laggingOnly, limits.warning, limits.critical, sort,
];

const laggingInputs = (rows: readonly TableRow[], limits: LagThresholds): unknown[] => [rows, limits.warning, limits.critical];

/** Snapshots in, rows to show out. */
export class TableModel {
  readonly #run: WorkRunner;
  #tracker: RowTracker | undefined;
  #locale: string | undefined;
  /** The snapshot {@link rows} come from, and the one being taken in. */
  #tables: readonly TableMetrics[] | undefined;
  #incoming: readonly TableMetrics[] | undefined;
  #rows: readonly TableRow[] = [];
  /** Changes on {@link reset}, so work started before it is dropped when it ends. */
  #generation = 0;
  #shown: { inputs: unknown[]; rows: readonly TableRow[] } = { inputs: [], rows: [] };
  #lagging: { inputs: unknown[]; counts: LaggingCounts } = { inputs: [], counts: { lagging: 0, critical: 0 } };

  /**
   * `run` takes a snapshot in: by default at once; a TaskSlicer spreads one of many new tables
   * over several tasks, the previous rows standing until it is done.
   */
  constructor(run: WorkRunner = atOnce) {
    this.#run = run;
  }

  /** Every table of the latest snapshot taken in (none while the first is), unfiltered. */
  get rows(): readonly TableRow[] {
    return this.#rows;
  }

  /** Forgets every row (another pipeline): nothing of the previous one is shown meanwhile. */
  reset(): void {
    this.#generation++;
    this.#tracker = undefined;
    this.#tables = undefined;
    this.#incoming = undefined;
    this.#rows = [];
  }

  /**
   * Takes in the latest snapshot's tables; `at` is when it was loaded (ms), for the rates. The
   * rows for `view` are derived with them, so the task that shows them has only to draw.
   */
  update(tables: readonly TableMetrics[] | undefined, at: number, locale: string | undefined, view: ViewOptions): void {
    if (!this.#tracker || this.#locale !== locale) {
      this.#tracker = new RowTracker(locale);
      this.#locale = locale;
      this.#tables = undefined;
      this.#incoming = undefined;
    }
    if (tables === this.#tables || tables === this.#incoming) return;
    this.#incoming = tables;
    const generation = this.#generation;
    this.#run(this.#takeIn(this.#tracker, tables ?? [], at, view), (rows) => {
      if (generation !== this.#generation) return;
      this.#tables = tables;
      this.#incoming = undefined;
      this.#rows = rows;
    });
  }

  *#takeIn(tracker: RowTracker, tables: readonly TableMetrics[], at: number, view: ViewOptions): SlicedWork<readonly TableRow[]> {
    const rows = yield* tracker.steps(tables, at);
    this.#shown = { inputs: shownInputs(rows, view), rows: sortRows(filterRows(rows, view.filter, view.laggingOnly, view.limits), view.sort) };
    this.#lagging = { inputs: laggingInputs(rows, view.limits), counts: countLagging(rows, view.limits) };
    return rows;
  }

  /** The rows to show, filtered and sorted. */
  shown(view: ViewOptions): readonly TableRow[] {
    const inputs = shownInputs(this.#rows, view);
    if (!same(inputs, this.#shown.inputs)) {
      this.#shown = { inputs, rows: sortRows(filterRows(this.#rows, view.filter, view.laggingOnly, view.limits), view.sort) };
    }
    return this.#shown.rows;
  }

  /** Lagging tables among all rows. */
  lagging(limits: LagThresholds): LaggingCounts {
    const inputs = laggingInputs(this.#rows, limits);
    if (!same(inputs, this.#lagging.inputs)) {
      this.#lagging = { inputs, counts: countLagging(this.#rows, limits) };
    }
    return this.#lagging.counts;
  }
}
