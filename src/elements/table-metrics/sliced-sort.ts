/**
 * A stable sort that can pause: sorting 10,000 names in one go took most of a task's 50 ms on a
 * busy machine, with nothing in between for input or frames. Bottom-up merge sort over indices:
 * runs of {@link RUN} sorted natively, then merged pass by pass, pausing every {@link RUN}
 * elements placed.
 */
import type { SlicedWork } from '../shared/task-slicer.js';

/** Elements sorted natively at a time, and merged between two pauses. */
export const RUN = 1024;

/**
 * `0 … count - 1` in `compare` order, equal elements in index order. Yields between pieces of
 * about {@link RUN} elements.
 */
export function* sortIndices(count: number, compare: (a: number, b: number) => number): SlicedWork<Uint32Array> {
  let from = new Uint32Array(count);
  for (let i = 0; i < count; i++) from[i] = i;
  // Typed-array sort is stable (ES2019), so each run keeps index order among equals.
  for (let start = 0; start < count; start += RUN) {
    from.subarray(start, Math.min(start + RUN, count)).sort(compare);
    yield;
  }
  let to = new Uint32Array(count);
  for (let width = RUN; width < count; width *= 2) {
    for (let left = 0; left < count; left += 2 * width) {
      const middle = Math.min(left + width, count);
      const end = Math.min(left + 2 * width, count);
      let i = left;
      let j = middle;
      let k = left;
      while (i < middle && j < end) {
        // `<= 0` takes from the left run on ties: stable.
        to[k++] = compare(from[i]!, from[j]!) <= 0 ? from[i++]! : from[j++]!;
        if ((k & (RUN - 1)) === 0) yield;
      }
      while (i < middle) to[k++] = from[i++]!;
      while (j < end) to[k++] = from[j++]!;
    }
    [from, to] = [to, from];
    yield;
  }
  return from;
}
