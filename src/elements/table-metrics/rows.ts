/**
 * Per-table rows from successive metrics snapshots. The API gives cumulative counters only, so
 * events per second is the change in `events_processed` between two snapshots over the time
 * between them; the first snapshot of a table has no rate yet.
 *
 * Built for 10,000 tables every poll: what does not change between polls (the key, the
 * lower-cased name, the name's sort rank) is carried over from the previous row of the table.
 */
import type { TableMetrics } from '../../schemas/index.js';
import { nameOrderInSteps } from './name-order.js';
import { NEXT_TASK, runToEnd, type SlicedWork } from '../shared/task-slicer.js';

/** Rows built per step. */
const STEP = 2000;

/** One table as the element shows and sorts it. */
export interface TableRow {
  /** Identity across snapshots; schema and table joined by NUL, so "a.b"+"c" ≠ "a"+"b.c". */
  readonly key: string;
  readonly schema: string;
  readonly table: string;
  /** `schema.table` lower-cased, for the text filter. */
  readonly search: string;
  /** Position of the name in locale order among the current tables; sorts names with integer compares. */
  readonly rank: number;
  readonly events: number;
  /** Events per second since the previous snapshot; undefined on the first or after a counter reset. */
  readonly rate: number | undefined;
  readonly lag: number;
  readonly lastEventAt: Date | undefined;
}

/** Turns each new snapshot into rows, remembering the previous one for rates and name order. */
export class RowTracker {
  /** The previous snapshot's rows in its order, and when it was taken. */
  #previous: readonly TableRow[] = [];
  #previousAt = Number.NEGATIVE_INFINITY;
  readonly #locale: string | undefined;

  /** `locale` orders names (numeric-aware: "t2" before "t10"). */
  constructor(locale: string | undefined) {
    this.#locale = locale;
  }

  /**
   * Rows of the snapshot taken at `at` (ms since the epoch). A snapshot no later than the
   * previous one keeps the previous rates rather than dividing by zero.
   */
  next(tables: readonly TableMetrics[], at: number): TableRow[] {
    return runToEnd(this.steps(tables, at));
  }

  /**
   * {@link next} as work that pauses between steps of a few milliseconds (see TaskSlicer): new
   * names must be ranked, which for 10,000 tables is more than one short task. Nothing changes
   * until the work has ended, so work dropped half-way leaves the tracker as it was.
   */
  *steps(tables: readonly TableMetrics[], at: number): SlicedWork<TableRow[]> {
    const elapsed = at - this.#previousAt;
    // The API lists tables in a stable order: matching by position costs two string compares
    // per table, where a lookup by name would hash a fresh string. Any difference falls back.
    const previous = this.#previous;
    const sameTables =
      tables.length === previous.length && tables.every((t, i) => t.table === previous[i]!.table && t.schema === previous[i]!.schema);
    const rows = sameTables
      ? tables.map((t, i) => this.#row(t, previous[i]!.key, previous[i]!.rank, previous[i], elapsed))
      : yield* this.#matchByName(tables, elapsed);
    // A same-instant snapshot is not a new base for rates: the next one measures from the older.
    if (elapsed > 0) {
      this.#previous = rows;
      this.#previousAt = at;
    }
    return rows;
  }

  /** Tables added, dropped or reordered: match rows by name and rank the names again. */
  *#matchByName(tables: readonly TableMetrics[], elapsed: number): SlicedWork<TableRow[]> {
    const before = new Map(this.#previous.map((row) => [row.key, row]));
    const ranks = yield* nameOrderInSteps(tables, this.#locale);
    const taken = new Set<string>();
    const rows = new Array<TableRow>(tables.length);
    for (let i = 0; i < tables.length; i++) {
      const t = tables[i]!;
      const base = `${t.schema}\u0000${t.table}`;
      // A duplicated name must still be its own row: the key is the rendering identity.
      let key = base;
      for (let n = 2; taken.has(key); n++) key = `${base}\u0000${n}`;
      taken.add(key);
      rows[i] = this.#row(t, key, ranks[i]!, before.get(key), elapsed);
      if (i % STEP === STEP - 1) yield;
    }
    // Ranking many names took several tasks: sorting and drawing the rows come in one of their own.
    if (tables.length > STEP) yield NEXT_TASK;
    return rows;
  }

  #row(t: TableMetrics, key: string, rank: number, before: TableRow | undefined, elapsed: number): TableRow {
    let rate: number | undefined;
    if (before !== undefined) {
      const delta = t.events_processed - before.events;
      rate = elapsed <= 0 ? before.rate : delta >= 0 ? (delta * 1000) / elapsed : undefined;
    }
    return {
      key,
      schema: t.schema,
      table: t.table,
      search: before?.search ?? `${t.schema}.${t.table}`.toLowerCase(),
      rank,
      events: t.events_processed,
      rate,
      lag: t.lag_seconds,
      lastEventAt: t.last_event_at,
    };
  }
}
