/**
 * Keys for the rendered rows that recycle DOM. As the list scrolls or an answer moves rows, a
 * pipeline keeps its key while its row stays rendered (its DOM moves with it, focus too), and those
 * coming into view take the keys of those that left, in the order those rows stood. When the user
 * sorts, filters or searches, the list starts again from its top and every row is refilled where
 * it stands, staying pipelines included: moving a row disconnects and connects its alerts badge,
 * dearer than new text. Either way Lit updates rows in place instead of building new ones, and
 * sorting 10,000 pipelines costs text and attribute changes, not new elements to style and lay out.
 * A row holding focus is never handed on: its pipeline's name must not change under the keyboard.
 */
export class RowSlots {
  /** The key of each rendered pipeline, in display order. */
  #keys = new Map<string, number>();
  #next = 0;

  /**
   * The keys of `ids` (the rows to render, in order). `focused`: the pipeline whose row holds focus.
   * `refill`: the user sorted, filtered or searched.
   */
  assign(ids: readonly string[], focused: string | undefined, refill: boolean): number[] {
    const kept = focused === undefined ? undefined : this.#keys.get(focused);
    const wanted = new Set(ids);
    const free: number[] = [];
    for (const [id, key] of this.#keys) if (key !== kept && (refill || !wanted.has(id))) free.push(key);
    let taken = 0;
    const keys = new Map<string, number>();
    const out = ids.map((id) => {
      const own = refill && id !== focused ? undefined : this.#keys.get(id);
      const key = own ?? free[taken++] ?? this.#next++;
      keys.set(id, key);
      return key;
    });
    this.#keys = keys;
    return out;
  }
}
