/**
 * "Within the scrape tolerance", made precise for tests in Node and in Chromium: a value read
 * through Prometheus was true at some instant of the window it could have been scraped in, so it
 * lies between the smallest and largest value the simulator reports over that window.
 */
import type { PipelineSim } from '../../sim/pipeline-sim.js';

/** The range a value may take over a window. */
export interface Band {
  min: number;
  max: number;
}

/** The band of `values` (at least one). */
export function bandOf(values: readonly number[]): Band {
  return { min: Math.min(...values), max: Math.max(...values) };
}

/** The band of `f` sampled every `stepMs` over [from, to], both included. */
export function bandOver(f: (t: number) => number, from: number, to: number, stepMs = 50): Band {
  const values: number[] = [];
  for (let t = from; t < to; t += stepMs) values.push(f(t));
  values.push(f(to));
  return bandOf(values);
}

/** The headline figures a metrics answer gives. */
export type Headline = 'events_processed' | 'events_per_second' | 'lag_seconds' | 'buffer_depth' | 'error_count';

/** The band of each headline figure of `p` over [from, to], as its model computes them. */
export function headlineBands(p: PipelineSim, from: number, to: number): Record<Headline, Band> {
  return {
    events_processed: bandOver((t) => p.eventsProcessed(t), from, to),
    events_per_second: bandOver((t) => p.eventsPerSecond(t), from, to),
    lag_seconds: bandOver((t) => p.lag(t), from, to),
    buffer_depth: bandOver((t) => p.bufferDepth(t), from, to),
    error_count: bandOver((t) => p.errorCount(t), from, to),
  };
}

/**
 * Throws unless `actual` lies in `band`, widened by `relative` of the band's magnitude and by
 * `absolute`. The message names the field and both sides, for a failure a person can read.
 */
export function assertInBand(label: string, actual: number, band: Band, relative = 0, absolute = 1e-9): void {
  const slack = relative * Math.max(Math.abs(band.min), Math.abs(band.max)) + absolute;
  if (!(actual >= band.min - slack && actual <= band.max + slack)) {
    throw new Error(`${label}: ${actual} is outside [${band.min}, ${band.max}] ± ${slack}`);
  }
}

/** Throws unless `actual` equals `expected` within `relative` of it (plus a float hair). */
export function assertClose(label: string, actual: number, expected: number, relative = 1e-9): void {
  assertInBand(label, actual, { min: expected, max: expected }, relative);
}

/**
 * Throws unless a history peak read through Prometheus is the largest sample it scraped over the
 * step (`scraped`: what `max_over_time` sees), and the simulator's own peak of the step (which
 * also looks between scrapes) is at least that high at the step's ends (`ends`).
 */
export function assertStepPeak(label: string, actual: number, scraped: readonly number[], ends: readonly number[], peak: number): void {
  assertClose(label, actual, Math.max(...scraped));
  const floor = Math.max(...ends);
  if (!(peak >= floor)) throw new Error(`${label}: the simulator's step peak ${peak} is below a sample at its ends, ${floor}`);
}
