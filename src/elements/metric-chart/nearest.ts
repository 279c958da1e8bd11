/** Binary searches on ascending instants, for the crosshair and its readout. */

/** Index of the entry of ascending `xs` nearest to `x` (read through `at`); -1 when empty. */
function nearest<T>(items: ArrayLike<T>, x: number, at: (item: T) => number): number {
  let lo = 0;
  let hi = items.length - 1;
  if (hi < 0) return -1;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (at(items[mid] as T) < x) lo = mid + 1;
    else hi = mid;
  }
  return lo > 0 && x - at(items[lo - 1] as T) < at(items[lo] as T) - x ? lo - 1 : lo;
}

/** Index of the point in ascending `data` nearest to `x`; -1 when empty. */
export function nearestIndex(data: ArrayLike<{ x: number }>, x: number): number {
  return nearest(data, x, (point) => point.x);
}

/** Index of the instant in ascending `xs` nearest to `x`; -1 when empty. */
export function nearestInstant(xs: ArrayLike<number>, x: number): number {
  return nearest(xs, x, (t) => t);
}
