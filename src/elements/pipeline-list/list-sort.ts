/**
 * Sorting the list: its columns, how a header click changes the sort, the `sort` attribute, and the
 * order itself. Figures change every poll, and only the rows on screen have them: re-ranking on each
 * answer would move rows under the reader's eyes and pointer, so an order is kept until the user
 * sorts again (see ListOrder); rows without figures when it was made follow the others, by name.
 */
import type { PipelineStatus } from '../../schemas/index.js';
import { FILTER_STATUSES } from './list-filter.js';

/** A sortable column. */
export type ListSortColumn = 'name' | 'status' | 'events' | 'lag' | 'errors';

/** One level of the sort. */
export interface ListSortLevel {
  readonly column: ListSortColumn;
  readonly direction: 'ascending' | 'descending';
}

/** Every sortable column, in display order. */
export const LIST_SORT_COLUMNS: readonly ListSortColumn[] = ['name', 'status', 'events', 'lag', 'errors'];

/** The figures of a pipeline the sort reads; absent until its metrics were loaded. */
export interface RowFigures {
  readonly eventsPerSecond: number;
  readonly lagSeconds: number;
  /** Errors since the previous snapshot; 0 on the first. */
  readonly newErrors: number;
  readonly errorCount: number;
}

/** Biggest first for figures (what an operator looks for); A→Z for names, lifecycle order for statuses. */
const FIRST_DIRECTION: Record<ListSortColumn, ListSortLevel['direction']> = {
  name: 'ascending',
  status: 'ascending',
  events: 'descending',
  lag: 'descending',
  errors: 'descending',
};

const flip = (d: ListSortLevel['direction']): ListSortLevel['direction'] => (d === 'ascending' ? 'descending' : 'ascending');

/**
 * The sort after the user activated `column`'s header: without Shift the column becomes the only
 * level (flipping if it already was the first); with Shift it is added as the next level, or flips.
 */
export function nextListSort(sort: readonly ListSortLevel[], column: ListSortColumn, additive: boolean): ListSortLevel[] {
  const index = sort.findIndex((level) => level.column === column);
  const existing = sort[index];
  if (additive) {
    if (existing === undefined) return [...sort, { column, direction: FIRST_DIRECTION[column] }];
    return sort.map((level, i) => (i === index ? { column, direction: flip(level.direction) } : level));
  }
  if (index === 0 && existing !== undefined) return [{ column, direction: flip(existing.direction) }];
  return [{ column, direction: FIRST_DIRECTION[column] }];
}

/**
 * Reads the `sort` attribute: comma-separated levels, each a column and optionally `asc` or `desc`
 * (`"lag desc, name"`); unknown columns are skipped, a column without direction takes its first one.
 */
export function parseListSort(text: string | null): ListSortLevel[] {
  const levels: ListSortLevel[] = [];
  for (const part of (text ?? '').split(',')) {
    const [column = '', direction = ''] = part.trim().toLowerCase().split(/\s+/);
    const known = LIST_SORT_COLUMNS.find((c) => c === column);
    if (!known || levels.some((l) => l.column === known)) continue;
    const dir = direction.startsWith('asc') ? 'ascending' : direction.startsWith('desc') ? 'descending' : FIRST_DIRECTION[known];
    levels.push({ column: known, direction: dir });
  }
  return levels;
}

/** The `sort` attribute's text for `sort`. */
export function formatListSort(sort: readonly ListSortLevel[]): string {
  return sort.map((l) => `${l.column} ${l.direction === 'ascending' ? 'asc' : 'desc'}`).join(', ');
}

const STATUS_RANK = new Map<PipelineStatus, number>(FILTER_STATUSES.map((status, i) => [status, i]));

/** What ranking needs of every pipeline, by index. */
export interface SortInput {
  readonly statuses: readonly PipelineStatus[];
  readonly nameRank: Uint32Array;
  /** The indices in name order. */
  readonly byName: Uint32Array;
  /** The figures of pipeline `i`, if loaded. */
  figures(i: number): RowFigures | undefined;
  /** The indices of the pipelines with figures (a few screenfuls, where the fleet is thousands). */
  withFigures(): Iterable<number>;
}

/** An order, and how many of its first indices were ranked on a key (the rest follow by name). */
export interface SortedIndices {
  readonly order: number[];
  readonly ranked: number;
}

const FIGURE: Partial<Record<ListSortColumn, (f: RowFigures) => number>> = {
  events: (f) => f.eventsPerSecond,
  lag: (f) => f.lagSeconds,
  errors: (f) => f.newErrors,
};

/**
 * `indices` (every pipeline when undefined) in `sort` order. A missing figure sorts last in either
 * direction; ties fall back to the name, then to the server's order, so the same input always
 * gives the same order.
 *
 * A sort by figures alone ranks only the pipelines that have some (on a fleet of 10,000, the few
 * screenfuls loaded) and appends the others in name order, which the model keeps ready: no
 * comparison for them. Any other sort starts from name order and sorts stably on its keys alone,
 * so ties need no comparison of their own. Either way one pass over the fleet, since a sort is
 * rare enough that this code runs unoptimised.
 */
export function sortIndices(indices: readonly number[] | undefined, sort: readonly ListSortLevel[], input: SortInput): SortedIndices {
  const n = input.statuses.length;
  let member: Uint8Array | undefined;
  if (indices !== undefined) {
    member = new Uint8Array(n);
    for (let k = 0; k < indices.length; k++) member[indices[k]!] = 1;
  }
  const figuresOnly = sort.every((l) => FIGURE[l.column] !== undefined);
  const candidates = figuresOnly ? [...input.withFigures()].filter((i) => member === undefined || member[i] === 1) : undefined;
  const keyOf = sort.map(({ column, direction }) => {
    const sign = direction === 'ascending' ? 1 : -1;
    const figure = FIGURE[column];
    return (i: number): number => {
      let v: number | undefined;
      if (column === 'name') v = input.nameRank[i];
      else if (column === 'status') v = STATUS_RANK.get(input.statuses[i]!);
      else {
        const f = input.figures(i);
        v = f && figure ? figure(f) : undefined;
      }
      // Missing sorts last whatever the direction: +Infinity after the sign is applied.
      return v === undefined || Number.isNaN(v) ? Infinity : v * sign;
    };
  });
  /** The keys of the ranked, level by level: pipeline i's key at level l is keys[l * n + i]. */
  const keys = new Float64Array(sort.length * n);
  const ranked: number[] = [];
  const rank = (i: number): boolean => {
    let any = false;
    for (let l = 0; l < keyOf.length; l++) {
      const key = keyOf[l]!(i);
      keys[l * n + i] = key;
      if (key !== Infinity) any = true;
    }
    if (any) ranked.push(i);
    return any;
  };
  // Indexed loops over the fleet: iterators are slow in code that runs too rarely to be optimised.
  const { byName } = input;
  const unranked: number[] = [];
  if (candidates) {
    // In name order already: the stable sort below keeps ties by name.
    candidates.sort((a, b) => input.nameRank[a]! - input.nameRank[b]!);
    const placed = new Uint8Array(n);
    for (const i of candidates) if (rank(i)) placed[i] = 1;
    for (let r = 0; r < n; r++) {
      const i = byName[r]!;
      if (placed[i] === 0 && (member === undefined || member[i] === 1)) unranked.push(i);
    }
  } else {
    for (let r = 0; r < n; r++) {
      const i = byName[r]!;
      if ((member === undefined || member[i] === 1) && !rank(i)) unranked.push(i);
    }
  }
  ranked.sort((a, b) => {
    for (let l = 0; l < keyOf.length; l++) {
      const d = keys[l * n + a]! - keys[l * n + b]!;
      // NaN only from two missing figures: a tie at this level.
      if (d === d && d !== 0) return d;
    }
    return 0;
  });
  const count = ranked.length;
  for (let u = 0; u < unranked.length; u++) ranked.push(unranked[u]!);
  return { order: ranked, ranked: count };
}

/** Whether `sort` reads figures that come from the metrics rather than from the list. */
export const readsFigures = (sort: readonly ListSortLevel[]): boolean => sort.some((l) => FIGURE[l.column] !== undefined);
