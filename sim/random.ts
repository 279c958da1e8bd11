/**
 * Stateless seeded randomness. Every value is a hash of its inputs (seed, pipeline, table, time
 * window…), so the value at any instant can be recomputed on its own, in any order: that is what
 * lets live metrics and a week of history agree without storing anything.
 */

/** murmur3's 32-bit finaliser: spreads every input bit over the whole word. */
function fmix(x: number): number {
  let h = x >>> 0;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

/** Hashes integers (any safe integer, negative included) to an unsigned 32-bit integer. */
export function hash(...parts: readonly number[]): number {
  let h = 0x9e3779b9 ^ parts.length;
  for (const part of parts) {
    h = fmix(h ^ (part >>> 0));
    h = fmix(h + (Math.floor(part / 4_294_967_296) >>> 0) + 0x6d2b79f5);
  }
  return h;
}

/** A uniform number in [0, 1) determined by `parts`. */
export function unit(...parts: readonly number[]): number {
  return hash(...parts) / 4_294_967_296;
}

/** A generator of uniform numbers in [0, 1) from a 32-bit seed (mulberry32): the same seed, the same draws. */
export function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

/** A generator of uniform numbers in [0, 1) (mulberry32) seeded by `parts`, for drawing many values per key. */
export function sequence(...parts: readonly number[]): () => number {
  return mulberry32(hash(...parts));
}

/** A version-4-shaped UUID determined by `parts`, so ids are stable for a seed. */
export function uuid(...parts: readonly number[]): string {
  const hex = [0, 1, 2, 3].map((i) => hash(...parts, i).toString(16).padStart(8, '0')).join('');
  const variant = ((parseInt(hex[16] ?? '0', 16) & 0x3) | 0x8).toString(16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

/** A value between `min` and `max`, uniform on a log scale (for magnitudes: lag peaks, burst sizes). */
export function logBetween(min: number, max: number, u: number): number {
  return min * (max / min) ** u;
}

/** Picks from `items` with the given relative `weights` using the uniform draw `u`. */
export function pickWeighted<T>(items: readonly T[], weights: readonly number[], u: number): T {
  const total = weights.reduce((a, b) => a + b, 0);
  let threshold = u * total;
  for (let i = 0; i < items.length; i++) {
    threshold -= weights[i] ?? 0;
    if (threshold < 0) return items[i] as T;
  }
  return items[items.length - 1] as T;
}
