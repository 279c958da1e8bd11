/**
 * Sorting the table: which columns sort, the order of a multi-column sort, and how a click
 * (or Shift+click for a secondary column) changes it.
 */
import type { TableRow } from './rows.js';

/** A sortable column. */
export type SortColumn = 'name' | 'events' | 'rate' | 'lag' | 'lastEvent';

/** One level of the sort. */
export interface SortLevel {
  readonly column: SortColumn;
  readonly direction: 'ascending' | 'descending';
}

/** Every sortable column, in display order. */
export const SORT_COLUMNS: readonly SortColumn[] = ['name', 'events', 'rate', 'lag', 'lastEvent'];

/** Biggest first for numbers and newest first for times (what an operator looks for); A→Z for names. */
const FIRST_DIRECTION: Record<SortColumn, SortLevel['direction']> = {
  name: 'ascending',
  events: 'descending',
  rate: 'descending',
  lag: 'descending',
  lastEvent: 'descending',
};

const flip = (d: SortLevel['direction']): SortLevel['direction'] => (d === 'ascending' ? 'descending' : 'ascending');

/**
 * The sort after the user activated `column`'s header. Without Shift the column becomes the only
 * sort (its direction flips if it already was the primary one). With Shift it is added as the
 * next level, or flips where it already is, keeping the other levels.
 */
export function nextSort(sort: readonly SortLevel[], column: SortColumn, additive: boolean): SortLevel[] {
  const index = sort.findIndex((level) => level.column === column);
  const existing = sort[index];
  if (additive) {
    if (existing === undefined) return [...sort, { column, direction: FIRST_DIRECTION[column] }];
    return sort.map((level, i) => (i === index ? { column, direction: flip(level.direction) } : level));
  }
  if (index === 0 && existing !== undefined) return [{ column, direction: flip(existing.direction) }];
  return [{ column, direction: FIRST_DIRECTION[column] }];
}

const VALUE: Record<SortColumn, (row: TableRow) => number | undefined> = {
  name: (row) => row.rank,
  events: (row) => row.events,
  rate: (row) => row.rate,
  lag: (row) => row.lag,
  lastEvent: (row) => row.lastEventAt?.getTime(),
};

/**
 * A copy of `rows` in `sort` order. Missing values (no rate yet, no last event) go last in either
 * direction; ties fall back to the name, so the order is stable from tick to tick.
 *
 * One stable sort per level, least significant first, starting from name order (the ranks are a
 * permutation, so that order costs one pass): each comparator reads one typed array and nothing else.
 */
export function sortRows(rows: readonly TableRow[], sort: readonly SortLevel[]): TableRow[] {
  const n = rows.length;
  let order = new Array<number>(n).fill(-1);
  for (let i = 0; i < n; i++) {
    const rank = rows[i]!.rank;
    // Rows not ranked together (a hand-made list) may collide: fall back to input order then.
    if (!(rank >= 0 && rank < n) || order[rank] !== -1) {
      order = rows.map((_, j) => j);
      break;
    }
    order[rank] = i;
  }
  for (let l = sort.length - 1; l >= 0; l--) {
    const { column, direction } = sort[l]!;
    const value = VALUE[column];
    const sign = direction === 'ascending' ? 1 : -1;
    const key = new Float64Array(n);
    for (let i = 0; i < n; i++) {
      const v = value(rows[i]!);
      // Missing sorts last whatever the direction: +Infinity after the sign is applied.
      key[i] = v === undefined || Number.isNaN(v) ? Infinity : v * sign;
    }
    order.sort((a, b) => {
      const d = key[a]! - key[b]!;
      // NaN only from two equal infinities (both missing): a tie.
      return d === d ? d : 0;
    });
  }
  return order.map((i) => rows[i]!);
}
