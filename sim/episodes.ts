/**
 * Episodes: rare, bounded events (a table falling behind, the buffer filling, a traffic burst)
 * placed deterministically on a grid of time windows. Each window holds at most one episode that
 * never leaves it, so the value at an instant needs only the window that contains it.
 */
import { sequence, unit } from './random.js';

/** How episodes of one kind occur. Times are milliseconds. */
export interface EpisodeSpec {
  /** Grid size; also the longest an episode may last. */
  windowMs: number;
  /** Chance that a window holds an episode. */
  probability: number;
  /** The episode's size (a lag in seconds, a depth, a rate) from a uniform draw. */
  peak(u: number): number;
  /** The episode's length for a given size, from a uniform draw; capped at the window. */
  durationMs(peak: number, u: number): number;
}

/** One episode: it starts at `start`, lasts `durationMs` and reaches `peak`. */
export interface Episode {
  start: number;
  durationMs: number;
  peak: number;
}

/**
 * The episodes of one key (say, one table's lag). Remembers the last window it drew, since
 * consecutive samples of a history mostly fall in the same window.
 */
export class EpisodeTrack {
  readonly #spec: EpisodeSpec;
  readonly #key: readonly number[];
  /** The grid's offset, so that different keys do not all change window at once. */
  readonly #phase: number;
  #cachedWindow = Number.NaN;
  #cached: Episode | undefined;

  constructor(spec: EpisodeSpec, key: readonly number[]) {
    this.#spec = spec;
    this.#key = key;
    this.#phase = Math.floor(unit(...key, 0x9a5e) * spec.windowMs);
  }

  /** Index of the window that contains `t`. */
  windowOf(t: number): number {
    return Math.floor((t - this.#phase) / this.#spec.windowMs);
  }

  /** The episode in window `w`, if that window has one. */
  episodeIn(w: number): Episode | undefined {
    if (w === this.#cachedWindow) return this.#cached;
    const spec = this.#spec;
    const draw = sequence(...this.#key, w);
    let episode: Episode | undefined;
    if (draw() < spec.probability) {
      const peak = spec.peak(draw());
      const durationMs = Math.min(Math.round(spec.durationMs(peak, draw())), spec.windowMs);
      const windowStart = w * spec.windowMs + this.#phase;
      episode = { start: windowStart + Math.floor(draw() * (spec.windowMs - durationMs)), durationMs, peak };
    }
    this.#cachedWindow = w;
    this.#cached = episode;
    return episode;
  }

  /**
   * The instants in [from, to] where an episode of this track is at its top, for an episode that
   * climbs for the fraction `rise` of its length: where a step's maximum must look.
   */
  peaksBetween(from: number, to: number, rise: number): number[] {
    const peaks: number[] = [];
    for (let w = this.windowOf(from); w <= this.windowOf(to); w++) {
      const episode = this.episodeIn(w);
      const top = episode === undefined ? Number.NaN : episode.start + Math.floor(episode.durationMs * rise);
      if (top >= from && top <= to) peaks.push(top);
    }
    return peaks;
  }

  /** The episode under way at `t`, if any, and how far through it `t` is (0 to 1). */
  progressAt(t: number): { episode: Episode; progress: number } | undefined {
    const episode = this.episodeIn(this.windowOf(t));
    if (episode === undefined || t < episode.start || t >= episode.start + episode.durationMs) return undefined;
    return { episode, progress: (t - episode.start) / episode.durationMs };
  }
}

/**
 * A sawtooth from 0 up to 1 and back: a slow climb while work piles up, then a faster drain.
 * `rise` is the fraction of the episode spent climbing.
 */
export function climbAndDrain(progress: number, rise: number): number {
  return progress < rise ? progress / rise : (1 - progress) / (1 - rise);
}
