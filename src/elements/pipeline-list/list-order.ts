/**
 * The order the list shows, kept between answers. A sort by a figure is made once, with the
 * figures loaded at that moment, and kept while the figures change and the list is polled: rows
 * stay where the reader saw them. Pipelines that appear later join the end, ranked among
 * themselves; pipelines that disappear leave. Sorting again (a header, the `sort` property, the
 * "Sort again" button) ranks everything anew. Sorts by name and status read only the list, so
 * they are made anew with each answer.
 */
import type { Pipeline } from '../../schemas/index.js';
import type { FleetModel } from './list-model.js';
import { formatListSort, readsFigures, sortIndices, type ListSortLevel, type RowFigures } from './list-sort.js';

/** Where the figures come from. */
export interface FigureSource {
  /** The figures of `pipeline`, if loaded. */
  of(pipeline: Pipeline): RowFigures | undefined;
  /** The indices in `model` of the pipelines with figures. */
  loaded(model: FleetModel): Iterable<number>;
}

/** The current order and what it was made from. */
export interface Arranged {
  /** Indices into the model's pipelines, in display order. */
  readonly order: readonly number[];
  /** How many of them had figures when ranked by figures; every one for a sort that reads none. */
  readonly ranked: number;
}

/** Keeps the list's order (see the module comment). */
export class ListOrder {
  #model: FleetModel | undefined;
  #key = '';
  #arranged: Arranged = { order: [], ranked: 0 };
  /** Ids ranked on their figures by the current order. */
  #ranked = new Set<string>();

  /** Forgets the order, so the next {@link arrange} ranks everything with the figures of then. */
  reset(): void {
    this.#key = '';
  }

  /** The order of `model`'s pipelines for `sort`, keeping the previous one as described above. */
  arrange(model: FleetModel, sort: readonly ListSortLevel[], figures: FigureSource): Arranged {
    const key = formatListSort(sort);
    if (model === this.#model && key === this.#key) return this.#arranged;
    const { pipelines } = model;
    const input = {
      statuses: model.statuses,
      nameRank: model.nameRank,
      byName: model.byName,
      figures: (i: number) => figures.of(pipelines[i]!),
      withFigures: () => figures.loaded(model),
    };
    const byFigures = readsFigures(sort);
    const previous = this.#model;
    this.#model = model;
    if (sort.length === 0) {
      const all: number[] = [];
      for (let i = 0; i < pipelines.length; i++) all.push(i);
      this.#arranged = { order: all, ranked: all.length };
    } else if (!byFigures || key !== this.#key || previous === undefined) {
      const sorted = sortIndices(undefined, sort, input);
      this.#ranked = new Set(sorted.order.slice(0, sorted.ranked).map((i) => pipelines[i]!.id));
      this.#arranged = { order: sorted.order, ranked: byFigures ? sorted.ranked : pipelines.length };
    } else {
      const kept: number[] = [];
      const placed = new Uint8Array(pipelines.length);
      for (const old of this.#arranged.order) {
        const i = model.indexOf.get(previous.pipelines[old]!.id);
        if (i === undefined) continue;
        kept.push(i);
        placed[i] = 1;
      }
      const newcomers: number[] = [];
      for (let i = 0; i < pipelines.length; i++) if (placed[i] === 0) newcomers.push(i);
      const sortedNewcomers = sortIndices(newcomers, sort, input);
      for (const i of sortedNewcomers.order.slice(0, sortedNewcomers.ranked)) this.#ranked.add(pipelines[i]!.id);
      let ranked = 0;
      for (const id of this.#ranked) if (model.indexOf.has(id)) ranked++;
      this.#arranged = { order: kept.concat(sortedNewcomers.order), ranked };
    }
    this.#key = key;
    return this.#arranged;
  }
}
