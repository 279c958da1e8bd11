/**
 * The order the list shows, kept between answers. A sort by a figure is made once, with the
 * figures loaded at that moment, and kept while the figures change and the list is polled: rows
 * stay where the reader saw them. Pipelines that appear later join the end, ranked among
 * themselves; pipelines that disappear leave. Sorting again (a header, the `sort` property, the
 * "Sort again" button) ranks everything anew. Sorts by name and status read only the list, so
 * they are made anew with each answer.
 */
import type { FleetModel } from './list-model.js';
import { formatListSort, readsFigures, sortIndices, type ListSortLevel, type RowFigures } from './list-sort.js';

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
  #order: number[] = [];
  /** Ids that had figures when the current order ranked them. */
  #withFigures = new Set<string>();
  #arranged: Arranged = { order: [], ranked: 0 };

  /** Forgets the order, so the next {@link arrange} ranks everything with the figures of then. */
  reset(): void {
    this.#key = '';
  }

  /** The order of `model`'s pipelines for `sort`, keeping the previous one as described above. */
  arrange(model: FleetModel, sort: readonly ListSortLevel[], figures: (id: string) => RowFigures | undefined): Arranged {
    const key = formatListSort(sort);
    const byFigures = readsFigures(sort);
    if (model === this.#model && key === this.#key) return this.#arranged;
    const { pipelines } = model;
    const input = {
      statuses: pipelines.map((p) => p.status),
      nameRank: model.nameRank,
      figures: (i: number) => figures(pipelines[i]!.id),
    };
    const all = Array.from({ length: pipelines.length }, (_, i) => i);
    if (sort.length === 0) {
      this.#order = all;
    } else if (!byFigures || key !== this.#key || this.#model === undefined) {
      this.#order = sortIndices(all, sort, input);
      this.#withFigures = new Set(pipelines.flatMap((p) => (figures(p.id) ? [p.id] : [])));
    } else {
      const previous = this.#model.pipelines;
      const kept: number[] = [];
      const placed = new Uint8Array(pipelines.length);
      for (const old of this.#order) {
        const i = model.indexOf.get(previous[old]!.id);
        if (i === undefined) continue;
        kept.push(i);
        placed[i] = 1;
      }
      const newcomers = sortIndices(all.filter((i) => placed[i] === 0), sort, input);
      for (const i of newcomers) if (figures(pipelines[i]!.id)) this.#withFigures.add(pipelines[i]!.id);
      this.#order = kept.concat(newcomers);
    }
    this.#model = model;
    this.#key = key;
    let ranked = this.#order.length;
    if (byFigures) {
      ranked = 0;
      for (const i of this.#order) if (this.#withFigures.has(pipelines[i]!.id)) ranked++;
    }
    this.#arranged = { order: this.#order, ranked };
    return this.#arranged;
  }
}
