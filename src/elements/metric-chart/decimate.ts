/**
 * Min-max decimation: a line through 10,080 samples on an 800-pixel plot draws ~12 samples per
 * pixel column, and all the eye can see of them is the vertical stroke from the column's lowest
 * to its highest point. Keeping those two, in time order (plus the first gap, so the line still
 * breaks), draws the same pixels, spikes included, from a sixth of the points. Chart.js' own
 * min-max plugin also keeps where the line enters and leaves each column; those values lie
 * within the stroke, so they add points but no pixels.
 */

/** First index in ascending `xs` whose value is ≥ `x` (or > `x` when `strict`); `xs.length` when none is. */
function bound(xs: ArrayLike<number>, x: number, strict: boolean): number {
  let lo = 0;
  let hi = xs.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    const v = xs[mid] as number;
    if (v < x || (strict && v === x)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The index range to draw for the window [from, to]: the samples inside plus one either side, so the line enters and leaves the plot. */
export function visibleSpan(xs: ArrayLike<number>, from: number, to: number): { lo: number; hi: number } {
  const n = xs.length;
  const lo = Math.max(0, bound(xs, from, false) - 1);
  const hi = Math.min(n - 1, bound(xs, to, true));
  return { lo, hi };
}

/**
 * Indices (ascending) of the samples to draw of the series `ys` over ascending instants `xs`,
 * for a window [`from`, `to`] split into `columns` equal columns (one per pixel). Per column it
 * keeps the lowest and the highest finite sample and the first non-finite one (a gap). When the
 * window holds no more than two samples per column, every sample in it is kept.
 */
export function decimateMinMax(
  xs: ArrayLike<number>,
  ys: ArrayLike<number>,
  columns: number,
  from: number = xs[0] ?? 0,
  to: number = xs[xs.length - 1] ?? 0,
): number[] {
  const { lo, hi } = visibleSpan(xs, from, to);
  const kept: number[] = [];
  if (hi < lo) return kept;
  const cols = Math.max(1, Math.floor(columns));
  if (hi - lo + 1 <= 2 * cols || !(to > from)) {
    for (let i = lo; i <= hi; i++) kept.push(i);
    return kept;
  }
  const perMs = cols / (to - from);
  let column = -2;
  let min = -1;
  let max = -1;
  let gap = -1;
  let low = Infinity;
  let high = -Infinity;
  const flush = () => {
    // Three candidates in index order without allocating; -1 means none.
    let a = min;
    let b = max;
    let c = gap;
    if (a > b) [a, b] = [b, a];
    if (b > c) [b, c] = [c, b];
    if (a > b) [a, b] = [b, a];
    if (a >= 0) kept.push(a);
    if (b >= 0 && b !== a) kept.push(b);
    if (c >= 0 && c !== b) kept.push(c);
  };
  for (let i = lo; i <= hi; i++) {
    const x = xs[i] as number;
    // Samples just outside the window get their own columns (-1 and cols).
    const c = x < from ? -1 : x > to ? cols : Math.min(cols - 1, Math.floor((x - from) * perMs));
    if (c !== column) {
      flush();
      column = c;
      min = max = gap = -1;
      low = Infinity;
      high = -Infinity;
    }
    const y = ys[i] as number;
    if (y === y && y !== Infinity && y !== -Infinity) {
      if (y < low) {
        low = y;
        min = i;
      }
      if (y > high) {
        high = y;
        max = i;
      }
    } else if (gap < 0) gap = i;
  }
  flush();
  return kept;
}

/**
 * Indices (ascending) that keep the lowest and highest sample per column of every series at once: the union of {@link decimateMinMax} per series, so rows of a table line up
 * across series and each row is a real sample.
 */
export function decimateShared(
  xs: ArrayLike<number>,
  series: readonly ArrayLike<number>[],
  columns: number,
  from?: number,
  to?: number,
): number[] {
  const marks = new Uint8Array(xs.length);
  for (const ys of series) for (const i of decimateMinMax(xs, ys, columns, from, to)) marks[i] = 1;
  const kept: number[] = [];
  for (let i = 0; i < marks.length; i++) if (marks[i] === 1) kept.push(i);
  return kept;
}
