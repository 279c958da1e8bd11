/**
 * Rates from cumulative counters. The history carries `error_count` as the counter's running
 * total; operators want to see bursts, which is how fast the total grows.
 */

/**
 * The per-second rate between two readings of a cumulative counter. A drop is a reset (a
 * restarted worker starts from 0): the increase since the reset is the new reading itself, as
 * Prometheus' `rate()` reads it, never a negative rate. NaN when either reading is missing or
 * no time passed.
 */
export function counterRate(previous: number, previousAt: number, value: number, at: number): number {
  const seconds = (at - previousAt) / 1000;
  if (!Number.isFinite(previous) || !Number.isFinite(value) || !(seconds > 0)) return NaN;
  const increase = value >= previous ? value - previous : value;
  return increase / seconds;
}

/**
 * Per-second rates of a counter read at instants `xs`, aligned with them. The first reading has
 * no rate (NaN). Upstream sends a missing sample as 0, so a 0 after a positive reading that the
 * counter then climbs back above is a missing sample (NaN, a gap), not a reset followed by a
 * burst; the next rate spans the gap from the last real reading.
 */
export function counterRates(xs: ArrayLike<number>, counts: ArrayLike<number>): number[] {
  const rates: number[] = new Array<number>(counts.length).fill(NaN);
  let last = -1;
  for (let i = 0; i < counts.length; i++) {
    const value = counts[i] as number;
    if (!Number.isFinite(value)) continue;
    if (last >= 0) {
      const previous = counts[last] as number;
      const next = counts[i + 1];
      if (value === 0 && previous > 0 && next !== undefined && next >= previous) continue;
      rates[i] = counterRate(previous, xs[last] as number, value, xs[i] as number);
    }
    last = i;
  }
  return rates;
}
