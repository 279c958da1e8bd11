/**
 * The element's derived data, recomputed step by step only when a step's inputs changed: a poll
 * re-derives everything, a keystroke in the filter only filters and sorts, a clock tick nothing.
 */
import type { TableMetrics } from '../../schemas/index.js';
import { countLagging, filterRows, type LagThresholds } from './filter.js';
import { RowTracker, type TableRow } from './rows.js';
import { sortRows, type SortLevel } from './sort.js';

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

/** Snapshots in, rows to show out. */
export class TableModel {
  #tracker: RowTracker | undefined;
  #locale: string | undefined;
  #tables: readonly TableMetrics[] | undefined;
  #rows: readonly TableRow[] = [];
  #shown: { inputs: unknown[]; rows: readonly TableRow[] } = { inputs: [], rows: [] };
  #lagging: { inputs: unknown[]; counts: LaggingCounts } = { inputs: [], counts: { lagging: 0, critical: 0 } };

  /** Every table of the latest snapshot; `at` is when it was loaded (ms), for the rates. */
  update(tables: readonly TableMetrics[] | undefined, at: number, locale: string | undefined): readonly TableRow[] {
    if (!this.#tracker || this.#locale !== locale) {
      this.#tracker = new RowTracker(locale);
      this.#locale = locale;
      this.#tables = undefined;
    }
    if (tables !== this.#tables) {
      this.#tables = tables;
      this.#rows = this.#tracker.next(tables ?? [], at);
    }
    return this.#rows;
  }

  /** The rows to show, filtered and sorted. */
  shown({ filter, laggingOnly, limits, sort }: ViewOptions): readonly TableRow[] {
    const inputs = [this.#rows, filter, laggingOnly, limits.warning, limits.critical, sort];
    if (!same(inputs, this.#shown.inputs)) {
      this.#shown = { inputs, rows: sortRows(filterRows(this.#rows, filter, laggingOnly, limits), sort) };
    }
    return this.#shown.rows;
  }

  /** Lagging tables among all rows. */
  lagging(limits: LagThresholds): LaggingCounts {
    const inputs = [this.#rows, limits.warning, limits.critical];
    if (!same(inputs, this.#lagging.inputs)) {
      this.#lagging = { inputs, counts: countLagging(this.#rows, limits) };
    }
    return this.#lagging.counts;
  }
}
