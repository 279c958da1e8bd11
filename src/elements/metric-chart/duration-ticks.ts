/**
 * Round ticks for an axis of durations in seconds. A linear scale steps by 1, 2 or 5 × 10ⁿ, which
 * on seconds gives 50 s, 1m 40s, 2m 30s; an operator reads 30 s, 1 min, 2 min faster. Steps under
 * 10 s stay decimal (0.5 s, 2 s).
 */

/** One tick as Chart.js takes it. */
export interface ValueTick {
  value: number;
}

/** Steps in seconds from 10 s up: each divides a round minute, hour or day. */
const DURATION_STEPS = [10, 15, 30, 60, 120, 300, 600, 900, 1800, 3600, 7200, 10_800, 21_600, 43_200, 86_400, 172_800, 604_800];
const DECIMAL_STEPS = [0.001, 0.002, 0.005, 0.01, 0.02, 0.05, 0.1, 0.2, 0.5, 1, 2, 5];

/** The smallest round step that puts at most `maxCount` intervals into [0, `max`] seconds. */
export function durationStep(max: number, maxCount: number): number {
  const count = Math.max(1, maxCount);
  return [...DECIMAL_STEPS, ...DURATION_STEPS].find((step) => max / step <= count) ?? 30 * 86_400;
}

/** Ticks on round durations from `min` to at least `max`, at most about `maxCount` intervals. */
export function durationTicks(min: number, max: number, maxCount: number): { ticks: ValueTick[]; max: number } {
  const top = Math.max(max, min, 0);
  const step = durationStep(top - Math.min(min, 0), maxCount);
  const first = Math.floor(Math.min(min, 0) / step) * step;
  const last = Math.ceil(top / step) * step || step;
  const ticks: ValueTick[] = [];
  // Multiplied, not accumulated, so 0.1 steps do not drift to 0.30000000000000004.
  for (let i = 0; first + i * step <= last + step / 1e6; i++) ticks.push({ value: Number((first + i * step).toPrecision(12)) });
  return { ticks, max: last };
}
