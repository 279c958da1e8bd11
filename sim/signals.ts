/**
 * The continuous behaviour of a pipeline while it runs, as pure functions of time (epoch ms):
 * its event rate (with a closed-form integral, so counters are exact at any instant), each
 * table's lag, and the buffer depth.
 */
import { climbAndDrain, EpisodeTrack, type EpisodeSpec } from './episodes.js';
import type { PipelineDef, TableDef } from './fleet.js';
import { logBetween, unit } from './random.js';

const CHANNEL_WAVE = 0x3a7e;
const CHANNEL_BURST = 0xb0057;
const CHANNEL_LAG = 0x1a6;
const CHANNEL_BUFFER = 0xb0ff;
const CHANNEL_TICK = 0x71c;

/** A cosine component of the rate: `amplitude` × base, one cycle per `period` seconds. */
interface Wave {
  amplitude: number;
  period: number;
  /** In cycles (0 to 1). */
  phase: number;
}

/**
 * The angle of `wave` at `seconds`, reduced to one turn first: Math.sin of a huge argument (epoch
 * seconds × 2π / 47) takes the slow exact reduction path and costs a hundred times more.
 */
function angle(wave: Wave, seconds: number): number {
  const cycles = seconds / wave.period + wave.phase;
  return 2 * Math.PI * (cycles - Math.floor(cycles));
}

const DAY_SECONDS = 86_400;
/** Periods (s) and relative amplitudes of the noise; incommensurate so the sum never repeats visibly. */
const NOISE = [
  [47, 0.05],
  [173, 0.07],
  [691, 0.08],
  [2531, 0.08],
  [9377, 0.1],
] as const;

function burstSpec(base: number): EpisodeSpec {
  return {
    windowMs: 30 * 60_000,
    probability: 0.35,
    peak: (u) => base * (0.3 + 1.2 * u),
    durationMs: (_, u) => (60 + 360 * u) * 1000,
  };
}

/**
 * Events per second of one pipeline as if it ran all the time: a daily curve, cosine noise and
 * occasional raised-cosine traffic bursts, all of which integrate in closed form.
 */
export class RateCurve {
  readonly #base: number;
  readonly #waves: Wave[];
  readonly #bursts: EpisodeTrack;
  readonly #originSeconds: number;
  /** The wave terms of the integral at the origin, subtracted so the integral starts at 0. */
  readonly #wavesAtOrigin: number;
  readonly #firstWindow: number;
  /** prefix[k]: events of every burst in windows firstWindow … firstWindow + k - 1. */
  readonly #prefix: number[] = [0];

  constructor(seed: number, def: PipelineDef) {
    this.#base = def.baseRate;
    const peakHourUtc = 13 + 3 * unit(seed, def.index, CHANNEL_WAVE);
    this.#waves = [
      { amplitude: 0.45, period: DAY_SECONDS, phase: -peakHourUtc / 24 },
      ...NOISE.map(([period, amplitude], k) => ({
        amplitude,
        period: period * (0.8 + 0.4 * unit(seed, def.index, CHANNEL_WAVE, k)),
        phase: unit(seed, def.index, CHANNEL_WAVE, k, 1),
      })),
    ];
    this.#bursts = new EpisodeTrack(burstSpec(def.baseRate), [seed, def.index, CHANNEL_BURST]);
    this.#originSeconds = def.createdAt / 1000;
    this.#wavesAtOrigin = this.#waves.reduce(
      (total, w) => total + ((w.amplitude * w.period) / (2 * Math.PI)) * Math.sin(angle(w, this.#originSeconds)),
      0,
    );
    this.#firstWindow = this.#bursts.windowOf(def.createdAt);
  }

  /** Events per second at `t`. */
  rate(t: number): number {
    const seconds = t / 1000;
    let factor = 1;
    for (const w of this.#waves) factor += w.amplitude * Math.cos(angle(w, seconds));
    const burst = this.#bursts.progressAt(t);
    const extra = burst === undefined ? 0 : (burst.episode.peak * (1 - Math.cos(2 * Math.PI * burst.progress))) / 2;
    return this.#base * factor + extra;
  }

  /** Events from the pipeline's creation to `t`, had it run throughout (the integral of `rate`). */
  integral(t: number): number {
    const seconds = t / 1000;
    let waves = seconds - this.#originSeconds - this.#wavesAtOrigin;
    for (const w of this.#waves) waves += ((w.amplitude * w.period) / (2 * Math.PI)) * Math.sin(angle(w, seconds));
    return this.#base * waves + this.#burstsUntil(t);
  }

  #burstsUntil(t: number): number {
    const w = this.#bursts.windowOf(t);
    const k = w - this.#firstWindow;
    if (k < 0) return 0;
    while (this.#prefix.length <= k) {
      const index = this.#prefix.length - 1;
      const episode = this.#bursts.episodeIn(this.#firstWindow + index);
      this.#prefix.push((this.#prefix[index] ?? 0) + (episode === undefined ? 0 : (episode.peak * episode.durationMs) / 2000));
    }
    const episode = this.#bursts.episodeIn(w);
    let partial = 0;
    if (episode !== undefined && t > episode.start) {
      const d = episode.durationMs / 1000;
      const x = Math.min(t - episode.start, episode.durationMs) / 1000;
      partial = (episode.peak / 2) * (x - (d / (2 * Math.PI)) * Math.sin((2 * Math.PI * x) / d));
    }
    return (this.#prefix[k] ?? 0) + partial;
  }
}

/** A lag peak in seconds: mostly a few seconds, sometimes tens, rarely minutes. */
function lagPeak(u: number): number {
  if (u < 0.65) return logBetween(2, 8, u / 0.65);
  if (u < 0.94) return logBetween(8, 45, (u - 0.65) / 0.29);
  return logBetween(45, 300, (u - 0.94) / 0.06);
}

/** Share of a lag episode spent falling behind before the table catches up. */
const LAG_RISE = 0.75;
/** Share of a backlog spent filling before the buffer drains. */
const BUFFER_RISE = 0.6;

/** The replication lag of one table while its pipeline runs. */
export class TableLag {
  readonly #table: TableDef;
  readonly #episodes: EpisodeTrack;

  constructor(seed: number, pipeline: number, table: TableDef) {
    this.#table = table;
    this.#episodes = new EpisodeTrack(
      {
        windowMs: 15 * 60_000,
        probability: table.lagEpisodeProbability,
        peak: lagPeak,
        // A stalled table falls behind by at most one second per second: the climb lasts ≥ the peak.
        durationMs: (peak, u) => Math.max(30, (peak / 0.75) * (1 + 0.5 * u)) * 1000,
      },
      [seed, pipeline, table.index, CHANNEL_LAG],
    );
  }

  /** Lag at `t` in seconds, millisecond precision (0 for a disabled table). */
  at(t: number): number {
    const table = this.#table;
    if (!table.enabled) return 0;
    const period = (37 + table.index) * 1000;
    const wobble = 1 + 0.3 * Math.sin((2 * Math.PI * (t % period)) / period + table.index);
    const episode = this.#episodes.progressAt(t);
    const behind = episode === undefined ? 0 : episode.episode.peak * climbAndDrain(episode.progress, LAG_RISE);
    return Math.round((table.baseLagSeconds * wobble + behind) * 1000) / 1000;
  }

  /** Instants in [from, to] where this table's lag is at the top of an episode. */
  peaksBetween(from: number, to: number): number[] {
    return this.#table.enabled ? this.#episodes.peaksBetween(from, to, LAG_RISE) : [];
  }
}

function bufferPeak(u: number): number {
  if (u < 0.5) return 1000 + 4000 * (u / 0.5);
  if (u < 0.85) return 5000 + 3000 * ((u - 0.5) / 0.35);
  return 8000 + 1800 * ((u - 0.85) / 0.15);
}

const BUFFER_SPEC: EpisodeSpec = {
  windowMs: 20 * 60_000,
  probability: 0.3,
  peak: bufferPeak,
  durationMs: (_, u) => (120 + 480 * u) * 1000,
};

/** Events waiting in the buffer of a running pipeline: about 0.6 s of traffic, plus backlogs. */
export class BufferDepth {
  readonly #curve: RateCurve;
  readonly #backlogs: EpisodeTrack;

  constructor(seed: number, pipeline: number, curve: RateCurve) {
    this.#curve = curve;
    this.#backlogs = new EpisodeTrack(BUFFER_SPEC, [seed, pipeline, CHANNEL_BUFFER]);
  }

  /** Depth at `t`, in events. */
  at(t: number): number {
    const episode = this.#backlogs.progressAt(t);
    const backlog = episode === undefined ? 0 : episode.episode.peak * climbAndDrain(episode.progress, BUFFER_RISE);
    return Math.round(this.#curve.rate(t) * 0.6 + backlog);
  }

  /** Instants in [from, to] where a backlog is at its top. */
  peaksBetween(from: number, to: number): number[] {
    return this.#backlogs.peaksBetween(from, to, BUFFER_RISE);
  }
}

/**
 * When a table last delivered an event, given the last instant its pipeline was active: events
 * arrive on a regular grid as dense as the table is busy, so the answer never moves backwards.
 */
export function tableLastEventAt(seed: number, pipeline: number, def: PipelineDef, table: TableDef, activeAt: number): number {
  const spacing = Math.min(30_000, Math.max(1, 1000 / (table.weight * def.baseRate)));
  const offset = unit(seed, pipeline, table.index, CHANNEL_TICK) * spacing;
  return Math.floor(Math.floor((activeAt - offset) / spacing) * spacing + offset);
}
