/**
 * Wall clocks of a time zone: what a clock in that zone reads at an instant, and which instant
 * it reads a given time. Calendar arithmetic (start of day, next month) goes through these, so
 * a day across a DST change is 23 or 25 hours long and midnight stays midnight.
 */
import { dateTimeFormat } from '../../format/intl.js';

/** Calendar fields of a wall clock; `month` is 1–12, `weekday` 0 (Sunday) – 6. */
export interface WallTime {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
  millisecond: number;
  weekday: number;
}

/** The wall fields that name an instant; out-of-range fields roll over (day 32 → next month). */
export type WallFields = Omit<WallTime, 'weekday'>;

/** A time zone as the date adapter needs it. */
export interface Zone {
  /** What a clock in this zone reads at `ts` (ms since the epoch). */
  wall(ts: number): WallTime;
  /**
   * The instant a clock in this zone reads `fields`. A time skipped by a DST change resolves to
   * the instant after the gap, a time that occurs twice to the earlier one (as `new Date()` does).
   */
  instant(fields: WallFields): number;
  /** The zone's offset from UTC at `ts`, in ms (wall clock minus UTC). */
  offset(ts: number): number;
}

const DAY_MS = 86_400_000;

/** The viewer's own zone, straight from `Date`, which applies the system's DST rules. */
const localZone: Zone = {
  wall(ts) {
    const d = new Date(ts);
    return {
      year: d.getFullYear(),
      month: d.getMonth() + 1,
      day: d.getDate(),
      hour: d.getHours(),
      minute: d.getMinutes(),
      second: d.getSeconds(),
      millisecond: d.getMilliseconds(),
      weekday: d.getDay(),
    };
  },
  instant: (f) => new Date(f.year, f.month - 1, f.day, f.hour, f.minute, f.second, f.millisecond).getTime(),
  offset: (ts) => -new Date(ts).getTimezoneOffset() * 60_000,
};

/** A named IANA zone read through `Intl`, for a zone other than the viewer's. */
class IanaZone implements Zone {
  readonly #parts: Intl.DateTimeFormat;

  constructor(timeZone: string) {
    this.#parts = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
  }

  wall(ts: number): WallTime {
    const fields: Record<string, number> = {};
    for (const part of this.#parts.formatToParts(ts)) if (part.type !== 'literal') fields[part.type] = Number(part.value);
    const year = fields.year ?? NaN;
    const month = fields.month ?? NaN;
    const day = fields.day ?? NaN;
    return {
      year,
      month,
      day,
      hour: fields.hour ?? NaN,
      minute: fields.minute ?? NaN,
      second: fields.second ?? NaN,
      millisecond: ((ts % 1000) + 1000) % 1000,
      weekday: new Date(Date.UTC(year, month - 1, day)).getUTCDay(),
    };
  }

  offset(ts: number): number {
    const w = this.wall(ts);
    return Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second, w.millisecond) - ts;
  }

  instant(f: WallFields): number {
    const asUtc = Date.UTC(f.year, f.month - 1, f.day, f.hour, f.minute, f.second, f.millisecond);
    // The offsets a day either side bracket any DST change at this wall time.
    const before = asUtc - this.offset(asUtc - DAY_MS);
    const after = asUtc - this.offset(asUtc + DAY_MS);
    const reads = (ts: number) => this.offset(ts) === asUtc - ts;
    const okBefore = reads(before);
    const okAfter = reads(after);
    if (okBefore && okAfter) return Math.min(before, after);
    if (okBefore) return before;
    if (okAfter) return after;
    return Math.max(before, after);
  }
}

const zones = new Map<string, Zone>();

/** The `time-zone` value that means the viewer's own zone. */
export const LOCAL = 'local';

/** `timeZone` as the formatters take it: undefined for the viewer's (`local`, blank or unknown). */
export function knownZone(timeZone: string | undefined): string | undefined {
  return timeZone === undefined || zoneFor(timeZone) === localZone ? undefined : timeZone;
}

/** The name of the zone `timeZone` resolves to, as an axis states it: "UTC", "Europe/Berlin". */
export function zoneName(timeZone: string | undefined): string {
  return knownZone(timeZone) ?? dateTimeFormat(undefined, {}).resolvedOptions().timeZone;
}

/**
 * The zone named `timeZone` (IANA, e.g. `Europe/Berlin`), or the viewer's own when it is
 * undefined or not a zone the browser knows, so a typo degrades to local time, not an error.
 */
export function zoneFor(timeZone: string | undefined): Zone {
  if (timeZone === undefined || timeZone === '' || timeZone === LOCAL) return localZone;
  let zone = zones.get(timeZone);
  if (zone === undefined) {
    try {
      zone = new IanaZone(timeZone);
    } catch (error) {
      if (!(error instanceof RangeError)) throw error;
      zone = localZone;
    }
    zones.set(timeZone, zone);
  }
  return zone;
}
