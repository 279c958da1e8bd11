/**
 * Turns what the store delivers into what the chart must do: a new history replaces the columns
 * (a full redraw); a newer live snapshot between history refetches is appended in place (an
 * append from the first new row). The element takes the pending work once per update.
 */
import type { MetricsHistory, PipelineMetrics } from '../../schemas/index.js';
import { appendSnapshot, columnsFromHistory, type ChartColumns } from './columns.js';

/** What the chart has to catch up on: everything, rows from an index on, or nothing. */
export type ChartWork = 'all' | number | undefined;

/** The columns a chart draws and the drawing they still owe. */
export class HistoryFeed {
  /** The samples to show; undefined until a history has arrived. */
  columns: ChartColumns | undefined;
  #history: MetricsHistory | undefined;
  #liveAt = -Infinity;
  #work: ChartWork;

  /** The instant of the newest sample, if any. */
  get latest(): number | undefined {
    return this.columns?.x[this.columns.x.length - 1];
  }

  /** Takes `history` if it is not the one already shown; undefined (still loading) keeps the old. */
  setHistory(history: MetricsHistory | undefined): void {
    if (history === undefined || history === this.#history) return;
    this.#history = history;
    this.columns = columnsFromHistory(history.data_points);
    this.#work = 'all';
  }

  /**
   * Appends a live snapshot loaded at `at` (ms) unless it was seen already or is not newer than
   * the newest sample. `expectedMs` is the longest silence that is not a gap.
   */
  addSnapshot(metrics: PipelineMetrics | undefined, at: number | undefined, expectedMs: number): void {
    const columns = this.columns;
    if (!columns || !metrics || at === undefined || at <= this.#liveAt) return;
    this.#liveAt = at;
    const from = columns.x.length;
    if (appendSnapshot(columns, metrics, at, expectedMs) > 0 && this.#work === undefined) this.#work = from;
  }

  /** The pending work, cleared. */
  take(): ChartWork {
    const work = this.#work;
    this.#work = undefined;
    return work;
  }
}
