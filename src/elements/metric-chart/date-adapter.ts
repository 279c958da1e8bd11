/**
 * A Chart.js date adapter on `Intl` alone, instead of a date library (chartjs-adapter-date-fns
 * adds ~14 kB gzip). Labels are formatted in the viewer's time zone (or `timeZone`) and locale.
 * Fixed-length units (ms … hour) are epoch arithmetic, so an hour axis across a DST change
 * neither repeats nor skips a real hour; day and longer units are calendar arithmetic on the
 * zone's wall clock, so "next day" is the next midnight whether that is 23, 24 or 25 h away.
 */
import { _adapters, type DateAdapter, type TimeUnit } from 'chart.js';
import { dateTimeFormat } from '../../format/intl.js';
import { zoneFor, type WallFields, type Zone } from './zoned-time.js';

/** Options of the adapter, given per chart as the time scale's `adapters.date`. */
export interface IntlDateAdapterOptions {
  /** Marks a scale as ours; scales without it go to whatever adapter was installed before. */
  pmIntl: true;
  /** BCP 47 locale; undefined means the browser's. */
  locale?: string | undefined;
  /** IANA time zone; undefined means the viewer's. */
  timeZone?: string | undefined;
}

/** A label style: one per Chart.js time unit plus `datetime`, the full instant (table rows). */
export type TimeFormat = TimeUnit | 'datetime';

const PATTERNS: Record<Exclude<TimeFormat, 'quarter'>, Intl.DateTimeFormatOptions> = {
  // The zone name tells the two 01:30s of an autumn DST change apart.
  datetime: { dateStyle: 'medium', timeStyle: 'long' },
  millisecond: { hour: 'numeric', minute: '2-digit', second: '2-digit', fractionalSecondDigits: 3 },
  second: { timeStyle: 'medium' },
  minute: { timeStyle: 'short' },
  hour: { timeStyle: 'short' },
  day: { month: 'short', day: 'numeric' },
  week: { month: 'short', day: 'numeric' },
  month: { month: 'short', year: 'numeric' },
  year: { year: 'numeric' },
};

const FIXED_MS: Partial<Record<TimeUnit, number>> = { millisecond: 1, second: 1000, minute: 60_000, hour: 3_600_000 };
const DAY_MS = 86_400_000;
function formatter(pattern: Intl.DateTimeFormatOptions, locale: string | undefined, timeZone: string | undefined): Intl.DateTimeFormat {
  const zone = timeZone && zoneFor(timeZone) !== zoneFor(undefined) ? timeZone : undefined;
  return dateTimeFormat(locale, { ...pattern, timeZone: zone });
}

/** Formats `ts` in `format`'s style, e.g. `datetime` → "May 3, 2024, 2:05:00 PM GMT+2" (en-US). */
export function formatTime(ts: number, format: TimeFormat, locale?: string, timeZone?: string): string {
  if (format === 'quarter') {
    const wall = zoneFor(timeZone).wall(ts);
    return `Q${Math.ceil(wall.month / 3)} ${wall.year}`;
  }
  return formatter(PATTERNS[format] ?? PATTERNS.datetime, locale, timeZone).format(ts);
}

function startOf(zone: Zone, ts: number, unit: TimeUnit | 'isoWeek', weekday?: number | boolean): number {
  const fixed = FIXED_MS[unit as TimeUnit];
  if (fixed !== undefined) {
    // Floor on the wall clock, so hours start at :00 in zones offset by 30 or 45 minutes too.
    const shifted = ts + zone.offset(ts);
    return ts - (((shifted % fixed) + fixed) % fixed);
  }
  const w = zone.wall(ts);
  const day: WallFields = { year: w.year, month: w.month, day: w.day, hour: 0, minute: 0, second: 0, millisecond: 0 };
  if (unit === 'week' || unit === 'isoWeek') {
    const first = unit === 'isoWeek' && typeof weekday === 'number' ? weekday % 7 : 1;
    day.day -= (w.weekday - first + 7) % 7;
  } else if (unit === 'month') {
    day.day = 1;
  } else if (unit === 'quarter') {
    day.month = w.month - ((w.month - 1) % 3);
    day.day = 1;
  } else if (unit === 'year') {
    day.month = 1;
    day.day = 1;
  }
  return zone.instant(day);
}

function add(zone: Zone, ts: number, amount: number, unit: TimeUnit): number {
  const fixed = FIXED_MS[unit];
  if (fixed !== undefined) return ts + amount * fixed;
  const w = zone.wall(ts);
  const fields: WallFields = { ...w };
  if (unit === 'day' || unit === 'week') {
    fields.day += amount * (unit === 'week' ? 7 : 1);
  } else {
    const months = amount * (unit === 'year' ? 12 : unit === 'quarter' ? 3 : 1);
    const lastDay = new Date(Date.UTC(w.year, w.month - 1 + months + 1, 0)).getUTCDate();
    fields.month += months;
    fields.day = Math.min(w.day, lastDay);
  }
  return zone.instant(fields);
}

function diff(zone: Zone, a: number, b: number, unit: TimeUnit): number {
  const fixed = FIXED_MS[unit];
  if (fixed !== undefined) return Math.trunc((a - b) / fixed);
  if (unit === 'day' || unit === 'week') {
    const days = (a + zone.offset(a) - (b + zone.offset(b))) / DAY_MS;
    return Math.trunc(unit === 'week' ? days / 7 : days);
  }
  const wa = zone.wall(a);
  const wb = zone.wall(b);
  const rest = (w: typeof wa) => (((w.day * 24 + w.hour) * 60 + w.minute) * 60 + w.second) * 1000 + w.millisecond;
  let months = (wa.year - wb.year) * 12 + wa.month - wb.month;
  if (months > 0 && rest(wa) < rest(wb)) months--;
  else if (months < 0 && rest(wa) > rest(wb)) months++;
  return Math.trunc(months / (unit === 'year' ? 12 : unit === 'quarter' ? 3 : 1));
}

type Members = Omit<DateAdapter, 'options'>;
type AdapterClass = { prototype: DateAdapter };

const ours = (adapter: DateAdapter): adapter is DateAdapter<IntlDateAdapterOptions> =>
  (adapter.options as Partial<IntlDateAdapterOptions> | undefined)?.pmIntl === true;
const zoneOf = (adapter: DateAdapter<IntlDateAdapterOptions>) => zoneFor(adapter.options.timeZone);

function members(previous: Members): Members {
  return {
    init(chartOptions) {
      if (!ours(this)) previous.init.call(this, chartOptions);
    },
    formats() {
      if (!ours(this)) return previous.formats.call(this);
      return Object.fromEntries([...Object.keys(PATTERNS), 'quarter'].map((k) => [k, k])) as Record<TimeFormat, string>;
    },
    parse(value, format) {
      if (!ours(this)) return previous.parse.call(this, value, format);
      const ts = value instanceof Date ? value.getTime() : typeof value === 'string' ? Date.parse(value) : value;
      return typeof ts === 'number' && Number.isFinite(ts) ? ts : null;
    },
    format(ts, format) {
      if (!ours(this)) return previous.format.call(this, ts, format);
      return formatTime(ts, format as TimeFormat, this.options.locale, this.options.timeZone);
    },
    add(ts, amount, unit) {
      return ours(this) ? add(zoneOf(this), ts, amount, unit) : previous.add.call(this, ts, amount, unit);
    },
    diff(a, b, unit) {
      return ours(this) ? diff(zoneOf(this), a, b, unit) : previous.diff.call(this, a, b, unit);
    },
    startOf(ts, unit, weekday) {
      return ours(this) ? startOf(zoneOf(this), ts, unit, weekday) : previous.startOf.call(this, ts, unit, weekday);
    },
    endOf(ts, unit) {
      if (!ours(this)) return previous.endOf.call(this, ts, unit);
      const zone = zoneOf(this);
      return add(zone, startOf(zone, ts, unit), 1, unit) - 1;
    },
  };
}

let installed: Members | undefined;

/**
 * Installs the adapter into Chart.js, which has one global adapter class. Scales marked with
 * `pmIntl` use it; every other scale on the page keeps the adapter installed before (such as
 * date-fns), so an embedder's own charts are untouched. Idempotent, and re-installs itself
 * if another adapter was loaded later and replaced it.
 */
export function installIntlDateAdapter(): void {
  const proto = (_adapters._date as unknown as AdapterClass).prototype;
  if (installed !== undefined && proto.format === installed.format) return;
  const previous: Members = {
    init: proto.init,
    formats: proto.formats,
    parse: proto.parse,
    format: proto.format,
    add: proto.add,
    diff: proto.diff,
    startOf: proto.startOf,
    endOf: proto.endOf,
  };
  installed = members(previous);
  _adapters._date.override(installed);
}

/** The `adapters.date` options that route a time scale to this adapter. */
export function intlAdapterOptions(locale: string | undefined, timeZone: string | undefined): IntlDateAdapterOptions {
  return { pmIntl: true, locale, timeZone };
}
