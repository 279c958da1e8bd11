/**
 * Round tick marks for the time axis. Chart.js steps from the first instant by whole units and
 * then skips labels to fit, which gives 11:34, 11:47, 12:00; an operator reads 11:30, 11:45,
 * 12:00 faster. Ticks sit on round wall-clock times of the zone: fixed steps (a second to 12
 * hours) re-align after a DST change instead of drifting by an hour; day steps are calendar days.
 */
import { formatTime } from './date-adapter.js';
import { zoneFor, type Zone } from './zoned-time.js';

/** One tick: its instant, and whether it is a day boundary (labelled with the date). */
export interface TimeTick {
  value: number;
  major: boolean;
}

const S = 1000;
const M = 60 * S;
const H = 60 * M;
const D = 24 * H;

/** Steps below a day, in ms: each a divisor of the next larger unit, so ticks stay round. */
const FIXED_STEPS = [S, 5 * S, 15 * S, 30 * S, M, 2 * M, 5 * M, 10 * M, 15 * M, 30 * M, H, 2 * H, 3 * H, 6 * H, 12 * H];
const DAY_STEPS = [1, 2, 7, 14];

/** The smallest round step that puts at most `maxCount` ticks into `span` ms. */
export function tickStep(span: number, maxCount: number): number {
  const count = Math.max(1, maxCount);
  return FIXED_STEPS.find((step) => span / step <= count) ?? (DAY_STEPS.find((days) => span / (days * D) <= count) ?? 28) * D;
}

/** `ts` rounded down to a multiple of `step` on the zone's wall clock. */
function floorWall(zone: Zone, ts: number, step: number): number {
  const wall = ts + zone.offset(ts);
  return ts - (((wall % step) + step) % step);
}

function isMidnight(zone: Zone, ts: number): boolean {
  const w = zone.wall(ts);
  return w.hour === 0 && w.minute === 0 && w.second === 0 && w.millisecond === 0;
}

/** Ticks on round times of `timeZone` (undefined: the viewer's) within [min, max], at most about `maxCount`. */
export function timeTicks(min: number, max: number, maxCount: number, timeZone?: string): { ticks: TimeTick[]; step: number } {
  const zone = zoneFor(timeZone);
  const step = tickStep(max - min, maxCount);
  const ticks: TimeTick[] = [];
  if (!(max >= min) || !Number.isFinite(min) || !Number.isFinite(max)) return { ticks, step };
  if (step < D) {
    // One step on, then back onto the round time the wall clock shows (it moved if DST changed).
    const advance = (t: number) => {
      const aligned = floorWall(zone, t + step, step);
      return aligned > t ? aligned : t + step;
    };
    let t = floorWall(zone, min, step);
    if (t < min) t = advance(t);
    for (; t <= max; t = advance(t)) ticks.push({ value: t, major: isMidnight(zone, t) });
    return { ticks, step };
  }
  const days = step / D;
  const first = zone.wall(min);
  let day = first.day + (isMidnight(zone, min) ? 0 : 1);
  for (;;) {
    const t = zone.instant({ year: first.year, month: first.month, day, hour: 0, minute: 0, second: 0, millisecond: 0 });
    if (t > max) break;
    ticks.push({ value: t, major: false });
    day += days;
  }
  return { ticks, step };
}

/** The label of a tick: the date at day boundaries and for day steps, else the time. */
export function tickLabel(tick: TimeTick, step: number, locale?: string, timeZone?: string): string {
  if (tick.major || step >= D) return formatTime(tick.value, 'day', locale, timeZone);
  return formatTime(tick.value, step < M ? 'second' : 'minute', locale, timeZone);
}
